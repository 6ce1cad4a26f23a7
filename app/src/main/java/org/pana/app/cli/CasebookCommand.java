package org.pana.app.cli;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command that works on an opened casebook (no web server): {@link Launcher#opening} opens it
 * before and closes it after.
 */
interface CasebookCommand {

  /**
   * Runs the command on the opened {@code casebook}.
   *
   * @return the exit code
   */
  int run(Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook);
}
