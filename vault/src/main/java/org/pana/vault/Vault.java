package org.pana.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vault: one random set of keys (field encryption and blind index) kept only wrapped, once per
 * account, under a key derived from that account's passphrase with Argon2id.
 *
 * <p>Every change of the vault file is written to a temporary file, forced to disk and moved into
 * place atomically, so a crash leaves either the old or the new file, never half of one.
 */
public final class Vault {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Path file;
  private final SecureRandom random;

  private Vault(Path file, SecureRandom random) {
    this.file = file;
    this.random = random;
  }

  /** The vault kept in {@code file}. */
  public static Vault at(Path file) {
    return new Vault(file, new SecureRandom());
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /**
   * Creates the vault with new random keys and the first account's copy.
   *
   * @throws IllegalStateException when a vault already exists there
   */
  public Unlocked create(String account, char[] passphrase, Argon2idParameters cost) {
    if (exists()) {
      throw new IllegalStateException("A vault already exists at " + file + ".");
    }
    try {
      KeysetHandle fieldKeys = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      KeysetHandle blindKeys =
          KeysetHandle.generateNew(
              HmacParameters.builder()
                  .setKeySizeBytes(32)
                  .setTagSizeBytes(32)
                  .setHashType(HmacParameters.HashType.SHA256)
                  .setVariant(HmacParameters.Variant.NO_PREFIX)
                  .build());
      Unlocked unlocked = new Unlocked(fieldKeys, blindKeys);
      write(new VaultFile(VaultFile.FORMAT, List.of(wrap(unlocked, account, passphrase, cost))));
      return unlocked;
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("Could not create the vault keys.", e);
    }
  }

  /** Creates the vault at the default cost. */
  public Unlocked create(String account, char[] passphrase) {
    return create(account, passphrase, Argon2idParameters.fresh(random));
  }

  /** Opens the account's copy of the keys with its passphrase. */
  public Unlocked unlock(String account, char[] passphrase) {
    VaultFile.Copy copy = copyOf(read(), account);
    Argon2idParameters cost = cost(copy.kdf());
    byte[] wrappingKey = cost.derive(passphrase);
    try {
      Aead wrapping = new AesGcmJce(wrappingKey);
      KeysetHandle fieldKeys =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              decode(copy.fieldKeys()), wrapping, context(account, "field"));
      KeysetHandle blindKeys =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              decode(copy.blindKeys()), wrapping, context(account, "blind"));
      return new Unlocked(fieldKeys, blindKeys);
    } catch (GeneralSecurityException e) {
      throw new VaultException.WrongPassphrase();
    } finally {
      Arrays.fill(wrappingKey, (byte) 0);
    }
  }

  /** The accounts that hold a copy of the keys. */
  public List<String> accounts() {
    return read().copies().stream().map(VaultFile.Copy::account).toList();
  }

  /** The key-derivation cost stored for an account's copy. */
  public Argon2idParameters costOf(String account) {
    return cost(copyOf(read(), account).kdf());
  }

  /**
   * Destroys every wrapped copy of the keys: the data they encrypt becomes unreadable at once. The
   * file is overwritten with random bytes and forced to disk before it is deleted; on SSDs and
   * copy-on-write file systems the overwrite is best effort, the deletion of the only copies is
   * what counts.
   */
  public void erase() {
    if (!exists()) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long size = channel.size();
      byte[] noise = new byte[(int) Math.min(size, 1 << 20)];
      random.nextBytes(noise);
      for (long written = 0; written < size; written += noise.length) {
        channel.write(ByteBuffer.wrap(noise, 0, (int) Math.min(noise.length, size - written)));
      }
      channel.force(true);
    } catch (IOException e) {
      // Overwriting failed; deleting the copies below is still the erase.
    }
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the vault file " + file, e);
    }
  }

  private VaultFile.Copy wrap(
      Unlocked keys, String account, char[] passphrase, Argon2idParameters cost)
      throws GeneralSecurityException {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException("An account name is required.");
    }
    byte[] wrappingKey = cost.derive(passphrase);
    try {
      Aead wrapping = new AesGcmJce(wrappingKey);
      Base64.Encoder base64 = Base64.getEncoder();
      return new VaultFile.Copy(
          account,
          new VaultFile.Kdf(
              "argon2id",
              cost.memoryKiB(),
              cost.iterations(),
              cost.parallelism(),
              base64.encodeToString(cost.salt())),
          base64.encodeToString(
              TinkProtoKeysetFormat.serializeEncryptedKeyset(
                  keys.fieldKeys, wrapping, context(account, "field"))),
          base64.encodeToString(
              TinkProtoKeysetFormat.serializeEncryptedKeyset(
                  keys.blindKeys, wrapping, context(account, "blind"))));
    } finally {
      Arrays.fill(wrappingKey, (byte) 0);
    }
  }

  /** Binds each wrapped keyset to its account and purpose, so copies cannot be swapped. */
  private static byte[] context(String account, String purpose) {
    return (VaultFile.FORMAT + "|" + purpose + "|" + account).getBytes(StandardCharsets.UTF_8);
  }

  private static Argon2idParameters cost(VaultFile.Kdf kdf) {
    if (kdf == null || !"argon2id".equals(kdf.algorithm())) {
      throw new VaultException.Damaged("The vault file names an unknown key derivation.");
    }
    return new Argon2idParameters(
        kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), decode(kdf.salt()));
  }

  private static VaultFile.Copy copyOf(VaultFile vault, String account) {
    return vault.copies().stream()
        .filter(c -> c.account().equals(account))
        .findFirst()
        .orElseThrow(() -> new VaultException.UnknownAccount(account));
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new VaultException.Damaged("The vault file is damaged (bad encoding).", e);
    }
  }

  private VaultFile read() {
    if (!exists()) {
      throw new VaultException.NoVault(file.toString());
    }
    try {
      VaultFile vault = JSON.readValue(Files.readAllBytes(file), VaultFile.class);
      if (!VaultFile.FORMAT.equals(vault.format()) || vault.copies() == null) {
        throw new VaultException.Damaged("The vault file is not a " + VaultFile.FORMAT + " file.");
      }
      return vault;
    } catch (JacksonException e) {
      throw new VaultException.Damaged("The vault file is damaged (not readable).", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the vault file " + file, e);
    }
  }

  private void write(VaultFile vault) {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(vault)));
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the vault file " + file, e);
    }
  }

  /** The keys, opened: what the store uses while the vault is unlocked. */
  public final class Unlocked {

    private final KeysetHandle fieldKeys;
    private final KeysetHandle blindKeys;
    private final FieldCipher cipher;

    private Unlocked(KeysetHandle fieldKeys, KeysetHandle blindKeys)
        throws GeneralSecurityException {
      this.fieldKeys = fieldKeys;
      this.blindKeys = blindKeys;
      this.cipher =
          new FieldCipher(
              fieldKeys.getPrimitive(RegistryConfiguration.get(), Aead.class),
              blindKeys.getPrimitive(RegistryConfiguration.get(), Mac.class));
    }

    public FieldCipher cipher() {
      return cipher;
    }

    /** Adds a copy of the keys for another account (a new volunteer on this vault). */
    public void addAccount(String account, char[] passphrase) {
      VaultFile vault = read();
      if (vault.copies().stream().anyMatch(c -> c.account().equals(account))) {
        throw new IllegalArgumentException("Account " + account + " already has a key copy.");
      }
      List<VaultFile.Copy> copies = new ArrayList<>(vault.copies());
      try {
        copies.add(wrap(this, account, passphrase, Argon2idParameters.fresh(random)));
      } catch (GeneralSecurityException e) {
        throw new VaultException.Damaged("Could not wrap the keys.", e);
      }
      write(new VaultFile(VaultFile.FORMAT, copies));
    }

    /** Rewraps only this account's copy under a new passphrase (and a fresh salt). */
    public void changePassphrase(String account, char[] newPassphrase) {
      VaultFile vault = read();
      copyOf(vault, account);
      List<VaultFile.Copy> copies = new ArrayList<>();
      for (VaultFile.Copy copy : vault.copies()) {
        if (copy.account().equals(account)) {
          try {
            copy = wrap(this, account, newPassphrase, Argon2idParameters.fresh(random));
          } catch (GeneralSecurityException e) {
            throw new VaultException.Damaged("Could not wrap the keys.", e);
          }
        }
        copies.add(copy);
      }
      write(new VaultFile(VaultFile.FORMAT, copies));
    }

    /** Removes an account's copy; the last copy cannot be removed (use {@link #erase()}). */
    public void removeAccount(String account) {
      VaultFile vault = read();
      copyOf(vault, account);
      if (vault.copies().size() == 1) {
        throw new IllegalStateException("The last key copy cannot be removed; erase the vault.");
      }
      write(
          new VaultFile(
              VaultFile.FORMAT,
              vault.copies().stream().filter(c -> !c.account().equals(account)).toList()));
    }
  }
}
