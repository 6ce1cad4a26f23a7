package org.pana.app.cli;

/**
 * One command of Pana's command line ({@code serve}, {@code user add}, {@code backup}, …): one
 * small class each, found through {@link Commands}. A command reads its options from the {@link
 * Invocation}, prints to the terminal, and returns the exit code.
 */
public interface PanaCommand {

  /** What {@link #run} returns when the web server is up and the JVM should keep running. */
  int SERVING = -1;

  /**
   * Runs the command.
   *
   * @return 0 on success, 1 on a failure already reported on {@code terminal.err()}, 3 for a broken
   *     audit chain, or {@link #SERVING}
   * @throws Invocation.UsageError when the command line makes no sense (exit code 2)
   */
  int run(Invocation invocation, Terminal terminal);
}
