package org.pana.app.cli;

/** {@code serve}: the web UI and API, until the process is stopped. */
record ServeCommand(Launcher launcher) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    launcher.serve(invocation);
    return SERVING;
  }
}
