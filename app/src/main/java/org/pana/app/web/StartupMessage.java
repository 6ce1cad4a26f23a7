package org.pana.app.web;

import org.pana.app.config.PanaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the volunteer where to point the browser once the server is up. */
@Component
public class StartupMessage {

  private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

  private final PanaSettings settings;

  public StartupMessage(PanaSettings settings) {
    this.settings = settings;
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
    }
  }
}
