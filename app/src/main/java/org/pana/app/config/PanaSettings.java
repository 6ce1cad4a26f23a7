package org.pana.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.pana.store.jdbc.DatabaseSettings;

/**
 * Pana's configuration, read once at start-up and checked: unsafe or impossible combinations stop
 * the start with a clear message.
 *
 * @param dataDir where the SQLite file and (later) evidence files and the index live
 * @param database the database: the SQLite file in the data directory unless a PostgreSQL URL is
 *     given
 * @param bindAddress the address the web server listens on (127.0.0.1 by default)
 * @param allowedHosts the Host header values accepted (DNS-rebinding protection)
 */
public record PanaSettings(
    Path dataDir, DatabaseSettings database, String bindAddress, Set<String> allowedHosts) {

  /** The host names a browser on this machine uses for a loopback server. */
  public static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  /**
   * Builds and checks the settings.
   *
   * @param dataDir the configured data directory, or null for {@code ~/.pana}
   * @param postgresUrl a PostgreSQL URL, or null for the embedded SQLite file
   * @param bindAddress the listen address, or null for 127.0.0.1
   * @param extraHosts further Host header names to accept (e.g. the name of a TLS proxy)
   */
  public static PanaSettings of(
      String dataDir, String postgresUrl, String bindAddress, Set<String> extraHosts) {
    Path dir =
        dataDir == null || dataDir.isBlank()
            ? Path.of(System.getProperty("user.home"), ".pana")
            : Path.of(dataDir);
    DatabaseSettings database =
        postgresUrl == null || postgresUrl.isBlank()
            ? DatabaseSettings.sqlite(dir.resolve("pana.db"))
            : DatabaseSettings.postgresql(postgresUrl.strip());
    String address = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
    if (!isLoopback(address)) {
      throw new IllegalStateException(
          "Pana listens only on this machine (127.0.0.1) until accounts and TLS are configured;"
              + " put a TLS proxy in front instead of binding "
              + address);
    }
    var hosts = new HashSet<>(LOOPBACK_HOSTS);
    extraHosts.stream()
        .map(PanaSettings::hostName)
        .filter(h -> h != null && !h.isEmpty())
        .forEach(hosts::add);
    return new PanaSettings(dir.toAbsolutePath(), database, address, Set.copyOf(hosts));
  }

  /**
   * Whether Pana runs on a laptop (SQLite) rather than as a team server (PostgreSQL): on a laptop
   * logout and idle time lock the vault, anyone logged in may lock it, and failed logins are slowed
   * down less.
   */
  public boolean laptop() {
    return database.isSqlite();
  }

  /**
   * The vault file that belongs to this database: {@code vault.json} for the SQLite file, and one
   * named after the server, port and database for PostgreSQL, so that pointing a data directory at
   * another database never mixes up, or replaces, another database's keys.
   */
  public Path vaultFile() {
    if (database.isSqlite()) {
      return dataDir.resolve("vault.json");
    }
    String where = database.jdbcUrl().replaceFirst("\\?.*$", "");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(where.getBytes(StandardCharsets.UTF_8));
      return dataDir.resolve("vault-pg-" + HexFormat.of().formatHex(digest, 0, 6) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The lock file of this casebook (see {@code CasebookLock}): {@code pana.lock} beside {@code
   * vault.json}, {@code pana-pg-<hash>.lock} beside {@code vault-pg-<hash>.json}.
   */
  public Path lockFile() {
    String vault = vaultFile().getFileName().toString();
    return dataDir.resolve(
        "pana" + vault.substring("vault".length(), vault.length() - ".json".length()) + ".lock");
  }

  /**
   * Where the sealed person index of a vault file's database lives: one index per database, named
   * like the vault file, {@code index} beside {@code vault.json} and {@code index-pg-<hash>} beside
   * {@code vault-pg-<hash>.json}.
   */
  public static Path indexFolder(Path vaultFile) {
    String vault = vaultFile.getFileName().toString();
    return vaultFile.resolveSibling(
        vault.equals("vault.json")
            ? "index"
            : "index" + vault.substring("vault".length(), vault.length() - ".json".length()));
  }

  /**
   * Where the signed head of a vault file's audit trail is kept: {@code audit-head.json} beside
   * {@code vault.json}, {@code audit-head-pg-<hash>.json} beside {@code vault-pg-<hash>.json}.
   */
  public static Path auditHeadFile(Path vaultFile) {
    String vault = vaultFile.getFileName().toString();
    return vaultFile.resolveSibling("audit-head" + vault.substring("vault".length()));
  }

  /**
   * The host part of a Host header or a configured name, lower case and without the port: the form
   * in which names are compared.
   */
  public static String hostName(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String host = header.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? null : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
