package org.pana.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Pana server on a data directory of its own, started and stopped by the test itself, so
 * that a test can restart it (the vault locked, nobody logged in) the way a volunteer's laptop or a
 * team server restarts. Tests that need only one long-running server extend {@link RunningPana}.
 */
public final class PanaServer implements AutoCloseable {

  private final Path dataDir;
  private final List<String> properties;
  private ConfigurableApplicationContext context;

  private PanaServer(Path dataDir, List<String> properties) {
    this.dataDir = dataDir;
    this.properties = properties;
  }

  /** Starts a server on a new, empty data directory. */
  public static PanaServer fresh(String... extraProperties) {
    try {
      return on(Files.createTempDirectory("pana-server-"), extraProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a server on {@code dataDir}. */
  public static PanaServer on(Path dataDir, String... extraProperties) {
    List<String> properties = new ArrayList<>(List.of(extraProperties));
    PanaServer server = new PanaServer(dataDir, properties);
    server.start();
    return server;
  }

  private void start() {
    List<String> all = new ArrayList<>();
    all.add("pana.data-dir=" + dataDir);
    all.add("server.port=0");
    // Tests end with open keep-alive connections; a graceful stop would wait 30 s for them.
    all.add("server.shutdown=immediate");
    all.addAll(properties);
    context = new SpringApplicationBuilder(Pana.class).properties(all.toArray(String[]::new)).run();
  }

  /** Stops the server and starts it again on the same data directory and settings. */
  public PanaServer restart() {
    context.close();
    start();
    return this;
  }

  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  public Path dataDir() {
    return dataDir;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A browser-like client without a login (it keeps cookies). */
  public WebClient browser() {
    return WebClient.withCookies(port());
  }

  /** A script's client sending {@code token} on every request, without cookies. */
  public WebClient script(String token) {
    return WebClient.withToken(port(), token);
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }
}
