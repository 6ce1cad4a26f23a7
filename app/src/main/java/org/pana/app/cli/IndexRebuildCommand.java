package org.pana.app.cli;

import java.util.Locale;
import org.pana.app.search.PersonSearch;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code index rebuild}: the person search index anew from the records, with a progress bar. */
final class IndexRebuildCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    Launcher.accounts(casebook, terminal).administrator(invocation);
    PersonSearch search = casebook.getBean(PersonSearch.class);
    Progress progress = new Progress(terminal.out(), search.total(), "people indexed");
    long started = System.nanoTime();
    long count = search.rebuild(progress::at);
    search.seal();
    progress.done();
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "Rebuilt the person index: %,d people in %.1f s.%n",
            count,
            (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
