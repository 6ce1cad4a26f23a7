package org.pana.app.cli;

import org.pana.tools.search.SearchBenchmark;

/** {@code bench search}: the person index on synthetic fictional people, in memory. */
final class BenchSearchCommand implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    SearchBenchmark.run(
        invocation.records().orElse(100_000),
        invocation.seed().orElse(1L),
        invocation.count().orElse(0),
        terminal.out());
    return 0;
  }
}
