package org.pana.tools.load;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints a line of progress every five seconds until closed; closing waits for a line being
 * printed, so that nothing is printed after the results.
 */
final class Ticker implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("bench-progress").daemon().factory());

  Ticker(PrintStream out, Supplier<String> line) {
    timer.scheduleAtFixedRate(() -> out.println(line.get()), 5, 5, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
