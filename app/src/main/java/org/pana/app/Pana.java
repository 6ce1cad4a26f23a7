package org.pana.app;

import java.io.InputStream;
import java.io.PrintStream;
import org.pana.app.cli.Commands;
import org.pana.app.cli.Invocation;
import org.pana.app.cli.PanaCommand;
import org.pana.app.cli.SuppressForbidden;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Pana's entry point: {@code java -jar pana.jar [command] [--data-dir DIR] [options]}; see {@link
 * Invocation#USAGE}. Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
 * Each command is a class of its own in {@link org.pana.app.cli}, found through {@link Commands}.
 */
@SpringBootApplication
public class Pana {

  /** What {@link #run} returns when the web server is up and the JVM should keep running. */
  static final int SERVING = PanaCommand.SERVING;

  @SuppressForbidden(reason = "the command line talks to the terminal")
  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err);
    if (code != SERVING) {
      System.exit(code);
    }
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return new Commands(Pana.class).run(args, in, out, err);
  }
}
