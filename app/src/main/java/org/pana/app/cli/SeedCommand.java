package org.pana.app.cli;

import java.util.List;
import org.pana.app.acting.Author;
import org.pana.app.acting.ChangeReason;
import org.pana.app.acting.PanaUser;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.People;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.tools.seed.LargeCasebook;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code seed}: fills a casebook with generated fictional people, in an organisation of their own,
 * through the casebook's use cases, to measure Pana on a large casebook.
 */
final class SeedCommand implements CasebookCommand {

  private static final String REASON = ChangeReason.SEED.stored();

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    PanaUser administrator = Launcher.accounts(casebook, terminal).demoUser(invocation);
    People people = casebook.getBean(People.class);
    RecordStore store = casebook.getBean(RecordStore.class);
    Author.actingAs(
        administrator,
        () -> {
          String organisation =
              casebook
                  .getBean(Organisations.class)
                  .record(
                      new OrganisationDraft(
                          "Generated people (fictional)", List.of(), List.of(), null),
                      new Change(administrator.login(), REASON))
                  .value()
                  .id();
          Change change = new Change(administrator.login(), REASON, organisation);
          LargeCasebook.seed(
              invocation.records().orElse(100_000),
              invocation.seed().orElse(1L),
              organisation,
              batch ->
                  store.inTransaction(
                      () -> {
                        batch.forEach(draft -> people.record(draft, change));
                        return batch.size();
                      }),
              terminal.out());
          return organisation;
        });
    Launcher.signCheckpoint(casebook);
    return 0;
  }
}
