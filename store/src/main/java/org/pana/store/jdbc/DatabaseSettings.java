package org.pana.store.jdbc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the records live: an SQLite file (the laptop default) or a PostgreSQL server.
 *
 * @param jdbcUrl the JDBC URL
 * @param user database user (PostgreSQL only)
 * @param password database password (PostgreSQL only)
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** The embedded default: one SQLite file. */
  public static DatabaseSettings sqlite(Path file) {
    return new DatabaseSettings("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
  }

  /**
   * A PostgreSQL server, from either {@code postgresql://user:password@host:port/db} (as {@code
   * psql} takes it) or a {@code jdbc:postgresql:} URL.
   */
  public static DatabaseSettings postgresql(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseSettings(url, null, null);
    }
    if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
      throw new IllegalArgumentException(
          "A PostgreSQL URL looks like postgresql://user:password@host:5432/pana");
    }
    URI uri = URI.create(url);
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseSettings(
        "jdbc:postgresql://" + host + port + uri.getRawPath() + query, user, password);
  }

  public boolean isSqlite() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The SQLite database file. */
  Path sqliteFile() {
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    return Path.of(query < 0 ? file : file.substring(0, query));
  }

  /** The URL without user or password, for messages and logs. */
  public String describe() {
    return isSqlite() ? jdbcUrl : jdbcUrl.replaceAll("password=[^&]*", "password=***");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + "]";
  }
}
