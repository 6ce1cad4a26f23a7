package org.pana.app.cli;

import org.pana.tools.load.ApiBenchmark;
import org.pana.tools.load.Mix;

/** {@code bench api}: a load test of a real server on a fresh temporary data directory. */
record BenchApiCommand(Launcher launcher) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    String database = invocation.database().orElse(null);
    ApiBenchmark.run(
        new ApiBenchmark.Settings(
            invocation.clients().orElse(ApiBenchmark.Settings.DEFAULT_CLIENTS),
            invocation.seconds().orElse(ApiBenchmark.Settings.DEFAULT_SECONDS),
            invocation.warmUp().orElse(null),
            invocation.records().orElse(ApiBenchmark.Settings.DEFAULT_PEOPLE),
            database,
            invocation.mix().orElse(Mix.DAY)),
        () -> BenchServer.start(launcher.application(), database),
        terminal.out());
    return 0;
  }
}
