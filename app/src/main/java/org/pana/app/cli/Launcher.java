package org.pana.app.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.config.StartupCosts;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.Logins;
import org.pana.core.audit.AuditLog;
import org.pana.core.organisation.Organisations;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Pana's Spring application for a command: the web server for {@code serve}, or the casebook
 * without a web server (and without log noise) for a one-shot command.
 */
final class Launcher {

  /**
   * Commands that must not run beside a server on the same casebook: they load records or rewrite
   * the index the server keeps.
   */
  private static final Set<Invocation.Command> EXCLUSIVE =
      EnumSet.of(
          Invocation.Command.DEMO, Invocation.Command.INDEX_REBUILD, Invocation.Command.SEED);

  private final Class<?> application;

  Launcher(Class<?> application) {
    this.application = application;
  }

  /** The Spring Boot application class, for commands that start a server of their own. */
  Class<?> application() {
    return application;
  }

  /** Starts the web UI and API; the server keeps the JVM running. */
  ConfigurableApplicationContext serve(Invocation invocation) {
    return start(invocation, WebApplicationType.SERVLET);
  }

  /** Opens the casebook for a one-shot command: no web server, no log output. */
  ConfigurableApplicationContext open(Invocation invocation) {
    return start(invocation, WebApplicationType.NONE);
  }

  /** {@code command}, run on the casebook opened for it. */
  PanaCommand opening(CasebookCommand command) {
    return (invocation, terminal) -> {
      try (ConfigurableApplicationContext casebook = open(invocation)) {
        return command.run(invocation, terminal, casebook);
      }
    };
  }

  /** A command that opened the vault signs the audit log's end before it exits. */
  static void signCheckpoint(ConfigurableApplicationContext context) {
    context.getBean(AuditLog.class).checkpoint();
  }

  /** Account commands reading passphrases from {@code terminal}. */
  static AccountCommands accounts(ConfigurableApplicationContext context, Terminal terminal) {
    return new AccountCommands(
        context.getBean(FirstRun.class),
        context.getBean(Accounts.class),
        context.getBean(Logins.class),
        context.getBean(ApiTokens.class),
        context.getBean(Organisations.class),
        PassphraseInput.of(terminal.in()));
  }

  /** Whether the start-up breakdown was asked for: its logger at debug, as a system property. */
  private static boolean startupBreakdown() {
    String level = System.getProperty("logging.level." + StartupCosts.LOGGER, "");
    return level.equalsIgnoreCase("debug") || level.equalsIgnoreCase("trace");
  }

  private ConfigurableApplicationContext start(Invocation invocation, WebApplicationType type) {
    // Passed as Spring command-line properties so that they win over every other source.
    List<String> properties = new ArrayList<>();
    invocation.dataDir().ifPresent(dir -> properties.add("--pana.data-dir=" + dir));
    invocation.port().ifPresent(port -> properties.add("--server.port=" + port));
    invocation.database().ifPresent(url -> properties.add("--pana.db=" + url));
    if (EXCLUSIVE.contains(invocation.command())) {
      properties.add("--pana.exclusive=true");
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setWebApplicationType(type);
    if (type == WebApplicationType.SERVLET && startupBreakdown()) {
      // scripts/startup-time --debug: record Spring's steps for StartupCosts to name the slowest
      spring.setApplicationStartup(new BufferingApplicationStartup(StartupCosts.RECORDER_CAPACITY));
    }
    if (type == WebApplicationType.NONE) {
      // A one-shot command reports success or its one-line reason itself; no log noise.
      properties.add("--logging.level.root=OFF");
      spring.setLogStartupInfo(false);
      spring.setBannerMode(Banner.Mode.OFF);
    }
    return spring.run(properties.toArray(String[]::new));
  }
}
