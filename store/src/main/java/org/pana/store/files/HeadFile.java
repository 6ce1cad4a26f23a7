package org.pana.store.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.pana.core.audit.AuditHead;
import org.pana.core.audit.HeadCopy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's signed head as a small JSON file beside the vault ({@code audit-head.json}),
 * out of reach of anyone who can only edit the database. Written like the vault file: to a
 * temporary file, forced to disk, then moved into place, owner-only.
 */
public final class HeadFile implements HeadCopy {

  static final String FORMAT = "pana-audit-head/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;

  public HeadFile(Path file) {
    this.file = file;
  }

  @Override
  public Optional<AuditHead> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
      if (!FORMAT.equals(stored.format()) || stored.hash() == null || stored.signature() == null) {
        return Optional.of(AuditHead.unreadable());
      }
      return Optional.of(
          new AuditHead(
              stored.sequence(),
              stored.hash(),
              Instant.parse(stored.signedAt()),
              stored.signature()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the audit head " + file, e);
    } catch (RuntimeException e) {
      // Not JSON, or not a head: counts as a forged one.
      return Optional.of(AuditHead.unreadable());
    }
  }

  @Override
  public synchronized void write(AuditHead head, boolean fresh) {
    if (!fresh) {
      Optional<AuditHead> kept = read();
      if (kept.isPresent() && kept.get().sequence() >= head.sequence()) {
        return;
      }
    }
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    try {
      PrivateFiles.createFolders(file.toAbsolutePath().getParent());
      try (FileChannel channel =
          PrivateFiles.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(
            ByteBuffer.wrap(
                JSON.writeValueAsBytes(
                    new Stored(
                        FORMAT,
                        head.sequence(),
                        head.hash(),
                        head.signedAt().toString(),
                        head.signature()))));
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the audit head " + file, e);
    }
  }

  @Override
  public boolean kept() {
    return true;
  }

  @Override
  public String where() {
    return file.getFileName().toString();
  }

  /** Deletes the head (with the vault it belongs to, at a crypto-erase). */
  public void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the audit head " + file, e);
    }
  }

  /** The file as stored. */
  record Stored(String format, long sequence, String hash, String signedAt, String signature) {}
}
