package org.pana.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for long commands: redrawn in place at a terminal, a line per tenth otherwise (so
 * logs stay short).
 */
public final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final long total;
  private final String what;
  private final boolean terminal;
  private int lastTenth = -1;
  private long lastDraw;

  @SuppressForbidden(reason = "a bar is drawn in place only on the terminal itself")
  public Progress(PrintStream out, long total, String what) {
    this.out = out;
    this.total = total;
    this.what = what;
    this.terminal = System.console() != null && out == System.out;
  }

  /** {@code done} of the total are done. */
  public void at(long done) {
    int tenth = total == 0 ? 10 : (int) Math.min(10, done * 10 / total);
    if (terminal) {
      long now = System.nanoTime();
      if (now - lastDraw > 100_000_000L || done >= total) {
        lastDraw = now;
        out.print("\r" + bar(done));
        out.flush();
      }
    } else if (tenth > lastTenth) {
      lastTenth = tenth;
      out.println(bar(done));
    }
  }

  /** Ends the bar's line. */
  public void done() {
    if (terminal) {
      out.println();
    }
  }

  String bar(long done) {
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    return String.format(
        Locale.ROOT,
        "[%s%s] %,d of %,d %s (%d%%)",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        total,
        what,
        total == 0 ? 100 : Math.min(100, done * 100 / total));
  }
}
