package org.pana.app.cli;

import org.pana.app.acting.Author;
import org.pana.app.acting.PanaUser;
import org.pana.app.demo.DemoData;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code demo}: loads the fictional demo casebook as an administrator, once. */
final class DemoCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    PanaUser user = Launcher.accounts(casebook, terminal).demoUser(invocation);
    DemoData.Summary summary = Author.actingAs(user, () -> casebook.getBean(DemoData.class).load());
    Launcher.signCheckpoint(casebook);
    terminal.out().println(summary.describe());
    return 0;
  }
}
