package org.pana.app.account;

import org.pana.app.config.PanaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the volunteer where to point the browser once the server is up, and, until the first
 * administrator exists, the one-time setup token the setup page asks for.
 */
@Component
public class StartupMessage {

  private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

  private final PanaSettings settings;
  private final FirstRun firstRun;

  public StartupMessage(PanaSettings settings, FirstRun firstRun) {
    this.settings = settings;
    this.firstRun = firstRun;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      int port = web.getWebServer().getPort();
      LOG.info(
          "Pana is running at http://{}:{}/ (data directory {}, database {})",
          settings.bindAddress(),
          port,
          settings.dataDir(),
          settings.database().isSqlite() ? "SQLite" : "PostgreSQL");
      if (firstRun.needsSetup()) {
        LOG.info(
            "No accounts yet. Open http://{}:{}/setup and enter this one-time setup token: {}"
                + " (or stop Pana and run: pana user add --name NAME --admin)",
            settings.bindAddress(),
            port,
            firstRun.setupToken());
      } else {
        LOG.info("The vault is locked until the first login.");
      }
    }
  }
}
