package org.pana.store.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pana.store.files.EncryptedFiles;
import org.pana.store.jdbc.Database;
import org.pana.vault.FileCipher;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads Pana's backup format.
 *
 * <pre>
 * "PANA-BACKUP\n"                       12 bytes
 * header length, header (JSON, UTF-8)   4-byte big-endian length, at most 1 MiB
 * vault length, vault file              4-byte big-endian length, at most 4 MiB
 * tables                                Tink streaming AEAD (AES-256-GCM-HKDF, 1 MiB segments)
 * </pre>
 *
 * The tables are JSON lines, one row each, ending with a line that counts them. The stream is bound
 * (as associated data) to the SHA-256 of everything before it, so a changed header or vault file
 * fails like a changed, reordered or truncated table segment: the backup is refused and nothing is
 * restored. Identifying values inside the rows are still sealed by the vault as in the database.
 */
public final class Backups {

  static final byte[] MAGIC = "PANA-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
  static final int MAX_HEADER = 1 << 20;
  static final int MAX_VAULT = 4 << 20;
  static final String PURPOSE = "backup";

  /** Every table, parents before children, so that a restore inserts in this order. */
  public static final List<String> TABLES =
      List.of(
          "record",
          "revision",
          "record_link",
          "record_share",
          "account",
          "account_organisation",
          "api_token",
          "calendar_feed",
          "audit_entry",
          "audit_checkpoint");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Backups() {}

  /** The number of schema migrations applied: a backup restores only into the same schema. */
  public static int schema(Database database) {
    return database
        .jdbc()
        .sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
        .query(Integer.class)
        .single();
  }

  /** Writes a backup of every table and the vault file to {@code out}; returns the row count. */
  public static long write(
      Database database,
      BackupHeader header,
      byte[] vaultFile,
      FileCipher files,
      EncryptedFiles evidence,
      OutputStream out)
      throws IOException {
    byte[] headerBytes = JSON.writeValueAsBytes(header);
    DataOutputStream data = new DataOutputStream(out);
    data.write(MAGIC);
    data.writeInt(headerBytes.length);
    data.write(headerBytes);
    data.writeInt(vaultFile.length);
    data.write(vaultFile);
    data.flush();
    long[] rows = {0};
    try (OutputStream sealed =
        files.encrypting(nonClosing(out), PURPOSE, bound(headerBytes, vaultFile))) {
      database
          .transactions()
          .executeWithoutResult(
              status -> {
                for (String table : TABLES) {
                  database
                      .jdbc()
                      .sql("SELECT * FROM " + table)
                      .query(
                          rs -> {
                            ResultSetMetaData meta = rs.getMetaData();
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("table", table);
                            Map<String, Object> values = new LinkedHashMap<>();
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                              values.put(
                                  meta.getColumnName(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                            }
                            row.put("values", values);
                            writeLine(sealed, row);
                            rows[0]++;
                          });
                }
              });
      long fileCount = 0;
      for (String id : evidence.ids()) {
        // Already sealed under the vault's file key and bound to its id; copied as stored.
        writeLine(
            sealed,
            Map.of(
                "file",
                id,
                "sealed",
                Base64.getEncoder().encodeToString(evidence.sealedBytes(id))));
        fileCount++;
      }
      writeLine(sealed, Map.of("end", true, "rows", rows[0], "files", fileCount));
    }
    out.flush();
    return rows[0];
  }

  /**
   * Reads the clear part of a backup and checks it is one.
   *
   * @throws BackupRefused saying what is wrong
   */
  public static Opened open(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    try {
      byte[] magic = data.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new BackupRefused("This is not a Pana backup file.");
      }
      byte[] headerBytes = block(data, MAX_HEADER, "header");
      BackupHeader header;
      try {
        header = JSON.readValue(headerBytes, BackupHeader.class);
      } catch (JacksonException e) {
        throw new BackupRefused("The backup's header is damaged.", e);
      }
      if (!BackupHeader.FORMAT.equals(header.format())) {
        throw new BackupRefused(
            "This backup has format "
                + header.format()
                + "; this Pana reads "
                + BackupHeader.FORMAT
                + ".");
      }
      byte[] vault = block(data, MAX_VAULT, "vault file");
      return new Opened(header, vault, in, bound(headerBytes, vault));
    } catch (EOFException e) {
      throw new BackupRefused("The backup file is truncated.", e);
    }
  }

  /**
   * Restores every row into an empty, migrated database, in one transaction: all rows land, or (for
   * any damage) none.
   *
   * @return the number of rows restored
   * @throws BackupRefused when the tables do not authenticate, are truncated or malformed
   */
  public static long restore(
      Opened opened, FileCipher files, Database database, EncryptedFiles evidence) {
    if (opened.header().schema() != schema(database)) {
      throw new BackupRefused(
          "This backup was written by a Pana with schema "
              + opened.header().schema()
              + "; this one has schema "
              + schema(database)
              + ". Restore it with the same version of Pana.");
    }
    long existing =
        database.jdbc().sql("SELECT COUNT(*) FROM record").query(Long.class).single()
            + database.jdbc().sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    if (existing > 0) {
      throw new BackupRefused("The database is not empty; restore only into a new data directory.");
    }
    return database
        .transactions()
        .execute(
            status -> {
              List<String> restoredFiles = new ArrayList<>();
              try (InputStream plain = files.decrypting(opened.rest(), PURPOSE, opened.boundTo())) {
                return insertAll(plain, database, evidence, restoredFiles);
              } catch (IOException | RuntimeException e) {
                restoredFiles.forEach(evidence::delete);
                if (e instanceof BackupRefused refused) {
                  throw refused;
                }
                throw new BackupRefused(
                    "The backup is damaged, truncated or altered; nothing was restored.", e);
              }
            });
  }

  private static long insertAll(
      InputStream plain, Database database, EncryptedFiles evidence, List<String> restoredFiles)
      throws IOException {
    LineReader lines = new LineReader(plain);
    long rows = 0;
    Map<String, List<String>> columns = new LinkedHashMap<>();
    for (String table : TABLES) {
      columns.put(table, null);
    }
    String line;
    while ((line = lines.next()) != null) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JacksonException e) {
        throw new BackupRefused("The backup holds a malformed row.", e);
      }
      if (node.has("file")) {
        String id = node.path("file").asString("");
        byte[] sealedFile;
        try {
          sealedFile = Base64.getDecoder().decode(node.path("sealed").asString(""));
          evidence.restoreSealed(id, sealedFile);
        } catch (IllegalArgumentException e) {
          throw new BackupRefused("The backup holds a malformed file entry.", e);
        }
        restoredFiles.add(id);
        continue;
      }
      if (node.has("end")) {
        if (node.path("rows").asLong(-1) != rows
            || node.path("files").asLong(-1) != restoredFiles.size()
            || lines.next() != null) {
          throw new BackupRefused("The backup's row count does not match; nothing was restored.");
        }
        return rows;
      }
      String table = node.path("table").asString("");
      JsonNode values = node.path("values");
      if (!columns.containsKey(table) || !values.isObject()) {
        throw new BackupRefused("The backup holds a row for an unknown table.");
      }
      List<String> names = new ArrayList<>(values.propertyNames());
      for (String name : names) {
        if (!name.matches("[a-z_]{1,40}")) {
          throw new BackupRefused("The backup holds an unknown column.");
        }
      }
      List<Object> params = new ArrayList<>();
      for (String name : names) {
        params.add(value(values.get(name)));
      }
      database
          .jdbc()
          .sql(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", names)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(names.size(), "?"))
                  + ")")
          .params(params.toArray())
          .update();
      rows++;
    }
    throw new BackupRefused("The backup ends early (no closing line); nothing was restored.");
  }

  private static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isString()) {
      return node.asString();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    throw new BackupRefused("The backup holds a value of an unexpected type.");
  }

  private static byte[] block(DataInputStream data, int max, String what) throws IOException {
    int length = data.readInt();
    if (length < 0 || length > max) {
      throw new BackupRefused("The backup's " + what + " has an impossible length.");
    }
    byte[] bytes = data.readNBytes(length);
    if (bytes.length != length) {
      throw new BackupRefused("The backup file is truncated.");
    }
    return bytes;
  }

  private static void writeLine(OutputStream out, Object row) {
    try {
      out.write(JSON.writeValueAsBytes(row));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stream's associated data: the SHA-256 of the header and the vault file. */
  private static String bound(byte[] header, byte[] vault) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(MAGIC);
      sha.update(header);
      sha.update(vault);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * A backup whose clear part was read: the header, the vault file, and the encrypted rest.
   *
   * @param header what it is and whose copies it holds
   * @param vaultFile the vault file as it was
   * @param rest the encrypted tables, still unread
   * @param boundTo the associated data the tables were sealed with
   */
  public record Opened(BackupHeader header, byte[] vaultFile, InputStream rest, String boundTo) {}

  /** UTF-8 lines of at most 64 MiB each (a row is never near that; a forged file may try). */
  private static final class LineReader {
    private static final int MAX_LINE = 64 << 20;
    private final InputStream in;

    LineReader(InputStream in) {
      this.in = new BufferedInputStream(in, 1 << 16);
    }

    String next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          return line.toString(StandardCharsets.UTF_8);
        }
        if (line.size() >= MAX_LINE) {
          throw new BackupRefused("The backup holds an impossibly long row.");
        }
        line.write(b);
      }
      return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }
  }
}
