package org.pana.store.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.pana.vault.FileCipher;

/**
 * Files kept encrypted in one directory, each named by its record id (never by anything a user
 * typed), sealed with the vault's streaming AEAD and bound to its id, so that files cannot be
 * swapped. A file is written to a temporary name, forced to disk and then moved into place.
 */
public final class EncryptedFiles {

  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String SUFFIX = ".pana";

  /** Names of search index files (Lucene's: {@code _0.cfs}, {@code segments_2}). */
  public static final Pattern INDEX_FILE =
      Pattern.compile("[A-Za-z0-9_]{1,64}(\\.[a-z0-9]{1,16})?");

  private final Path directory;
  private final String purpose;
  private final Supplier<FileCipher> cipher;
  private final Pattern names;

  /** Files named by record ids. */
  public EncryptedFiles(Path directory, String purpose, Supplier<FileCipher> cipher) {
    this(directory, purpose, cipher, ID);
  }

  /** Files whose names match {@code names} (never anything a user typed). */
  public EncryptedFiles(
      Path directory, String purpose, Supplier<FileCipher> cipher, Pattern names) {
    this.directory = directory;
    this.purpose = purpose;
    this.cipher = cipher;
    this.names = names;
  }

  /**
   * Encrypts {@code plain} into the file for {@code id}, reading at most {@code limit} bytes.
   *
   * @return the SHA-256 (hex) and size of the plain bytes
   * @throws TooLarge when the stream holds more than {@code limit} bytes (nothing is kept)
   */
  public Written write(String id, InputStream plain, long limit) {
    Path target = file(id);
    Path temporary = target.resolveSibling(target.getFileName() + ".partial");
    try {
      PrivateFiles.createFolders(directory);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (FileChannel channel =
          PrivateFiles.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        try (OutputStream sealed =
                cipher.get().encrypting(Channels.newOutputStream(channel), purpose, id);
            DigestInputStream in = new DigestInputStream(plain, sha)) {
          byte[] buffer = new byte[1 << 16];
          int read;
          while ((read = in.read(buffer)) != -1) {
            size += read;
            if (size > limit) {
              throw new TooLarge(limit);
            }
            sealed.write(buffer, 0, read);
          }
        }
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      return new Written(HexFormat.of().formatHex(sha.digest()), size);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store a file", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // best effort: a partial file is ciphertext and is never listed
      }
    }
  }

  /** The plain bytes of {@code id}; reading fails if the file was altered or truncated. */
  public InputStream open(String id) {
    try {
      return cipher.get().decrypting(Files.newInputStream(file(id)), purpose, id);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open a stored file", e);
    }
  }

  /** The stored (encrypted) bytes, for backups. */
  public byte[] sealedBytes(String id) {
    try {
      return Files.readAllBytes(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read a stored file", e);
    }
  }

  /** Puts stored (encrypted) bytes back under {@code id}, from a backup. */
  public void restoreSealed(String id, byte[] sealed) {
    try {
      PrivateFiles.createFolders(directory);
      Path target = file(id);
      try (FileChannel channel =
          PrivateFiles.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(sealed));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restore a stored file", e);
    }
  }

  /** The ids of every stored file. */
  public List<String> ids() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (var files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .filter(n -> names.matcher(n).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list stored files", e);
    }
  }

  public void delete(String id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete a stored file", e);
    }
  }

  private Path file(String id) {
    if (id == null || !names.matcher(id).matches()) {
      throw new IllegalArgumentException("not a file name this store keeps");
    }
    return directory.resolve(id + SUFFIX);
  }

  /**
   * What was written.
   *
   * @param sha256 hex SHA-256 of the plain bytes
   * @param size number of plain bytes
   */
  public record Written(String sha256, long size) {}

  /** The upload exceeded the limit. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(long limit) {
      super("The file is larger than " + limit / (1024 * 1024) + " MiB.");
    }
  }
}
