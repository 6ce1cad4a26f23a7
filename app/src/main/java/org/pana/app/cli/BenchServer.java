package org.pana.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pana.app.account.Accounts;
import org.pana.app.account.FirstRun;
import org.pana.app.acting.PanaUser;
import org.pana.app.config.PanaSettings;
import org.pana.app.login.ApiTokens;
import org.pana.core.account.Account;
import org.pana.core.account.Role;
import org.pana.tools.load.BenchTarget;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Pana server in this JVM for {@code pana bench api}: a fresh temporary data directory
 * (deleted at the end), SQLite unless a PostgreSQL URL is given, a random free port on 127.0.0.1,
 * and an immediate shutdown (the clients' keep-alive connections would hold a graceful one).
 */
final class BenchServer implements BenchTarget {

  private final Path dataDir;
  private final ConfigurableApplicationContext context;
  private PanaUser administrator;

  private BenchServer(Path dataDir, ConfigurableApplicationContext context) {
    this.dataDir = dataDir;
    this.context = context;
  }

  /**
   * Starts the server.
   *
   * @param application the Spring Boot application class
   * @param database a PostgreSQL URL (an empty database), or null for SQLite
   */
  static BenchServer start(Class<?> application, String database) {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("pana-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary data directory", e);
    }
    List<String> properties = new ArrayList<>();
    properties.add("--pana.data-dir=" + dataDir);
    properties.add("--server.address=127.0.0.1");
    properties.add("--server.port=0");
    properties.add("--server.shutdown=immediate");
    properties.add("--logging.level.org.pana=WARN");
    if (database != null) {
      properties.add("--pana.db=" + database);
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setBannerMode(Banner.Mode.OFF);
    spring.setLogStartupInfo(false);
    try {
      return new BenchServer(dataDir, spring.run(properties.toArray(String[]::new)));
    } catch (RuntimeException e) {
      delete(dataDir);
      throw e;
    }
  }

  @Override
  public URI base() {
    return URI.create(
        "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  @Override
  public String database() {
    var settings = context.getBean(PanaSettings.class).database();
    return settings.isSqlite()
        ? "SQLite in a fresh data directory"
        : "PostgreSQL " + settings.describe() + " (vault in a fresh data directory)";
  }

  @Override
  public String firstAdministrator(String login, char[] passphrase) {
    administrator =
        PanaUser.of(context.getBean(FirstRun.class).createFirstAdmin(login, passphrase));
    return context.getBean(ApiTokens.class).create(administrator, "load benchmark");
  }

  @Override
  public String addAccount(String login, Role role, String organisation, char[] passphrase) {
    if (administrator == null) {
      throw new IllegalStateException("the first administrator adds the accounts");
    }
    Account account =
        context
            .getBean(Accounts.class)
            .add(administrator, login, role, Set.of(organisation), passphrase);
    return context.getBean(ApiTokens.class).create(PanaUser.of(account), "load benchmark");
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      delete(dataDir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary directory holds only encrypted fictional data; say nothing.
    }
  }
}
