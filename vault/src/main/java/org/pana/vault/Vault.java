package org.pana.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vault: one random set of keys (field encryption, blind index, files, audit signing) kept only
 * wrapped, once per holder. A holder is an account, whose wrapping key comes from its passphrase
 * through Argon2id, or an API token, whose 256 random bits go through HKDF. Opening a holder's copy
 * is also the check of its passphrase or token: there is no separate password hash to steal.
 *
 * <p>Every change of the vault file is written to a temporary file, forced to disk and moved into
 * place atomically, so a crash leaves either the old or the new file, never half of one.
 */
public final class Vault {

  /** The shortest token secret accepted for an HKDF-wrapped copy. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
      StreamingAeadConfig.register();
      SignatureConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Path file;
  private final SecureRandom random;
  private volatile Verifier verifier;

  private Vault(Path file, SecureRandom random) {
    this.file = file;
    this.random = random;
  }

  /** The vault kept in {@code file}. */
  public static Vault at(Path file) {
    return new Vault(file, new SecureRandom());
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /**
   * Creates the vault with new random keys and the first holder's copy.
   *
   * @throws IllegalStateException when a vault already exists there
   */
  public Unlocked create(String holder, char[] passphrase, Argon2idParameters cost) {
    if (exists()) {
      throw new IllegalStateException("A vault already exists at " + file + ".");
    }
    try {
      Keys keys =
          new Keys(
              KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
              KeysetHandle.generateNew(
                  HmacParameters.builder()
                      .setKeySizeBytes(32)
                      .setTagSizeBytes(32)
                      .setHashType(HmacParameters.HashType.SHA256)
                      .setVariant(HmacParameters.Variant.NO_PREFIX)
                      .build()),
              KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB),
              KeysetHandle.generateNew(
                  Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX)));
      String verifyKey =
          Base64.getEncoder()
              .encodeToString(
                  TinkProtoKeysetFormat.serializeKeysetWithoutSecret(
                      keys.signing.getPublicKeysetHandle()));
      Unlocked unlocked = new Unlocked(keys);
      write(
          new VaultFile(
              VaultFile.FORMAT,
              verifyKey,
              List.of(wrap(keys, holder, argon2Kdf(cost), passphraseKey(cost, passphrase)))));
      return unlocked;
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("Could not create the vault keys.", e);
    }
  }

  /** Creates the vault at the default cost. */
  public Unlocked create(String holder, char[] passphrase) {
    return create(holder, passphrase, Argon2idParameters.fresh(random));
  }

  /** Opens the holder's copy of the keys with its passphrase. */
  public Unlocked unlock(String holder, char[] passphrase) {
    VaultFile.Copy copy = copyOf(read(), holder);
    if (!VaultFile.Kdf.ARGON2ID.equals(copy.kdf().algorithm())) {
      throw new VaultException.WrongPassphrase();
    }
    return open(copy, passphraseKey(cost(copy.kdf()), passphrase));
  }

  /** Opens the holder's copy of the keys with its random secret (an API token). */
  public Unlocked unlockWithSecret(String holder, byte[] secret) {
    VaultFile.Copy copy = copyOf(read(), holder);
    if (!VaultFile.Kdf.HKDF.equals(copy.kdf().algorithm())) {
      throw new VaultException.WrongPassphrase();
    }
    return open(copy, secretKey(copy.kdf(), secret));
  }

  /**
   * Spends the time and memory of an unlock without opening anything, so that a login for a name
   * that does not exist takes as long as one with a wrong passphrase.
   */
  public void decoyUnlock(char[] passphrase) {
    byte[] key = Argon2idParameters.fresh(random).derive(passphrase);
    Arrays.fill(key, (byte) 0);
  }

  /** Who holds a copy of the keys. */
  public List<String> holders() {
    return read().copies().stream().map(VaultFile.Copy::holder).toList();
  }

  /** The key-derivation cost stored for a holder's passphrase copy. */
  public Argon2idParameters costOf(String holder) {
    return cost(copyOf(read(), holder).kdf());
  }

  /**
   * Whether {@code signature} is the vault's audit signature of {@code data}. Needs no passphrase:
   * the public key is stored in the clear.
   */
  public boolean verifySignature(byte[] data, byte[] signature) {
    try {
      verifier().verify(signature, data);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The audit verifier for the public key now in the vault file. `audit verify` checks one
   * signature per hundred entries, so the parsed key is kept while the file's key stays the same.
   */
  private PublicKeyVerify verifier() throws GeneralSecurityException {
    String key = read().auditVerifyKey();
    Verifier cached = verifier;
    if (cached == null || !cached.key().equals(key)) {
      cached =
          new Verifier(
              key,
              TinkProtoKeysetFormat.parseKeysetWithoutSecret(decode(key))
                  .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class));
      verifier = cached;
    }
    return cached.primitive();
  }

  private record Verifier(String key, PublicKeyVerify primitive) {}

  /**
   * The fingerprint of the audit verifying key now in the vault file: the SHA-256 (hex) of its raw
   * Ed25519 public keys. People compare it (its start) with one they wrote down.
   */
  public String verifyKeyFingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      KeysetHandle keys = TinkProtoKeysetFormat.parseKeysetWithoutSecret(decode(fileVerifyKey()));
      for (int i = 0; i < keys.size(); i++) {
        if (keys.getAt(i).getKey() instanceof Ed25519PublicKey key) {
          sha.update(key.getPublicKeyBytes().toByteArray());
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("The vault file's verifying key is damaged.", e);
    }
  }

  private String fileVerifyKey() {
    String key = read().auditVerifyKey();
    if (key == null) {
      throw new VaultException.Damaged("The vault file has no audit verifying key.");
    }
    return key;
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

  private Unlocked open(VaultFile.Copy copy, byte[] wrappingKey) {
    try {
      Aead wrapping = new AesGcmJce(wrappingKey);
      String holder = copy.holder();
      return new Unlocked(
          new Keys(
              unwrap(copy.fieldKeys(), wrapping, holder, "field"),
              unwrap(copy.blindKeys(), wrapping, holder, "blind"),
              unwrap(copy.fileKeys(), wrapping, holder, "file"),
              unwrap(copy.signingKeys(), wrapping, holder, "signing")));
    } catch (GeneralSecurityException e) {
      throw new VaultException.WrongPassphrase();
    } finally {
      Arrays.fill(wrappingKey, (byte) 0);
    }
  }

  private static KeysetHandle unwrap(String wrapped, Aead wrapping, String holder, String purpose)
      throws GeneralSecurityException {
    if (wrapped == null) {
      throw new VaultException.Damaged("The vault file lacks a " + purpose + " keyset.");
    }
    return TinkProtoKeysetFormat.parseEncryptedKeyset(
        decode(wrapped), wrapping, context(holder, purpose));
  }

  private VaultFile.Copy wrap(Keys keys, String holder, VaultFile.Kdf kdf, byte[] wrappingKey)
      throws GeneralSecurityException {
    if (holder == null || holder.isBlank()) {
      throw new IllegalArgumentException("A holder name is required.");
    }
    try {
      Aead wrapping = new AesGcmJce(wrappingKey);
      return new VaultFile.Copy(
          holder,
          kdf,
          wrapped(keys.field, wrapping, holder, "field"),
          wrapped(keys.blind, wrapping, holder, "blind"),
          wrapped(keys.files, wrapping, holder, "file"),
          wrapped(keys.signing, wrapping, holder, "signing"));
    } finally {
      Arrays.fill(wrappingKey, (byte) 0);
    }
  }

  private static String wrapped(KeysetHandle keys, Aead wrapping, String holder, String purpose)
      throws GeneralSecurityException {
    return Base64.getEncoder()
        .encodeToString(
            TinkProtoKeysetFormat.serializeEncryptedKeyset(
                keys, wrapping, context(holder, purpose)));
  }

  private static VaultFile.Kdf argon2Kdf(Argon2idParameters cost) {
    return new VaultFile.Kdf(
        VaultFile.Kdf.ARGON2ID,
        cost.memoryKiB(),
        cost.iterations(),
        cost.parallelism(),
        Base64.getEncoder().encodeToString(cost.salt()));
  }

  private static byte[] passphraseKey(Argon2idParameters cost, char[] passphrase) {
    return cost.derive(passphrase);
  }

  private static byte[] secretKey(VaultFile.Kdf kdf, byte[] secret) {
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new VaultException.WrongPassphrase();
    }
    try {
      return Hkdf.computeHkdf(
          "HMACSHA256",
          secret,
          decode(kdf.salt()),
          "pana-vault/1 token wrapping key".getBytes(StandardCharsets.UTF_8),
          Argon2idParameters.KEY_BYTES);
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("Could not derive a token wrapping key.", e);
    }
  }

  /** Binds each wrapped keyset to its holder and purpose, so copies cannot be swapped. */
  private static byte[] context(String holder, String purpose) {
    return (VaultFile.FORMAT + "|" + purpose + "|" + holder).getBytes(StandardCharsets.UTF_8);
  }

  private static Argon2idParameters cost(VaultFile.Kdf kdf) {
    if (kdf == null || !VaultFile.Kdf.ARGON2ID.equals(kdf.algorithm())) {
      throw new VaultException.Damaged("The vault file names an unknown key derivation.");
    }
    return new Argon2idParameters(
        kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), decode(kdf.salt()));
  }

  private static VaultFile.Copy copyOf(VaultFile vault, String holder) {
    return vault.copies().stream()
        .filter(c -> c.holder().equals(holder))
        .findFirst()
        .orElseThrow(() -> new VaultException.UnknownAccount(holder));
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
      // Owner-only from the first byte (Java has no umask): the copies are wrapped, but the file
      // still ties this machine to the group.
      Files.deleteIfExists(temporary);
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              ownerOnly(temporary))) {
        channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(vault)));
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the vault file " + file, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  /** The vault file's bytes as stored (for backups: its copies are only openable by a holder). */
  public byte[] fileBytes() {
    read();
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the vault file " + file, e);
    }
  }

  private record Keys(
      KeysetHandle field, KeysetHandle blind, KeysetHandle files, KeysetHandle signing) {}

  /** The keys, opened: what the store uses while the vault is unlocked. */
  public final class Unlocked {

    private final Keys keys;
    private final FieldCipher cipher;
    private final FileCipher fileCipher;
    private final PublicKeySign signer;
    private final PublicKeyVerify ownVerifier;

    private Unlocked(Keys keys) throws GeneralSecurityException {
      this.keys = keys;
      this.cipher =
          new FieldCipher(
              keys.field.getPrimitive(RegistryConfiguration.get(), Aead.class),
              keys.blind.getPrimitive(RegistryConfiguration.get(), Mac.class));
      this.fileCipher =
          new FileCipher(keys.files.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
      this.signer = keys.signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
      this.ownVerifier =
          keys.signing
              .getPublicKeysetHandle()
              .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }

    public FieldCipher cipher() {
      return cipher;
    }

    public FileCipher files() {
      return fileCipher;
    }

    /**
     * Whether the verifying key in the vault file is exactly the public half of this vault's own
     * signing key, which only a passphrase or token opens. A key replaced (or joined by another) in
     * the file would let whoever did it sign anything.
     */
    public boolean ownsFileVerifyKey() {
      try {
        KeysetHandle file = TinkProtoKeysetFormat.parseKeysetWithoutSecret(decode(fileVerifyKey()));
        KeysetHandle own = keys.signing.getPublicKeysetHandle();
        return file.size() == 1
            && own.size() == 1
            && own.getAt(0).getKey().equalsKey(file.getAt(0).getKey());
      } catch (GeneralSecurityException | VaultException e) {
        return false;
      }
    }

    /** Whether {@code signature} is this vault's own signature of {@code data}. */
    public boolean verifyOwn(byte[] data, byte[] signature) {
      try {
        ownVerifier.verify(signature, data);
        return true;
      } catch (GeneralSecurityException e) {
        return false;
      }
    }

    /** The vault's Ed25519 signature of {@code data} (for audit checkpoints). */
    public byte[] sign(byte[] data) {
      try {
        return signer.sign(data);
      } catch (GeneralSecurityException e) {
        throw new VaultException.Damaged("Signing failed.", e);
      }
    }

    /** Adds a copy of the keys for another account (a new volunteer on this vault). */
    public void addHolder(String holder, char[] passphrase) {
      Argon2idParameters cost = Argon2idParameters.fresh(random);
      add(holder, argon2Kdf(cost), passphraseKey(cost, passphrase));
    }

    /** Adds a copy opened by a random secret of at least {@link #MIN_SECRET_BYTES} (a token). */
    public void addSecretHolder(String holder, byte[] secret) {
      byte[] salt = new byte[Argon2idParameters.SALT_BYTES];
      random.nextBytes(salt);
      VaultFile.Kdf kdf =
          new VaultFile.Kdf(VaultFile.Kdf.HKDF, 0, 0, 0, Base64.getEncoder().encodeToString(salt));
      if (secret == null || secret.length < MIN_SECRET_BYTES) {
        throw new IllegalArgumentException(
            "A token secret needs at least " + MIN_SECRET_BYTES + " random bytes.");
      }
      add(holder, kdf, secretKey(kdf, secret));
    }

    private void add(String holder, VaultFile.Kdf kdf, byte[] wrappingKey) {
      VaultFile vault = read();
      if (vault.copies().stream().anyMatch(c -> c.holder().equals(holder))) {
        throw new IllegalArgumentException(holder + " already has a key copy.");
      }
      List<VaultFile.Copy> copies = new ArrayList<>(vault.copies());
      try {
        copies.add(wrap(keys, holder, kdf, wrappingKey));
      } catch (GeneralSecurityException e) {
        throw new VaultException.Damaged("Could not wrap the keys.", e);
      }
      write(vault.withCopies(copies));
    }

    /** Rewraps only this holder's copy under a new passphrase (and a fresh salt). */
    public void changePassphrase(String holder, char[] newPassphrase) {
      VaultFile vault = read();
      copyOf(vault, holder);
      List<VaultFile.Copy> copies = new ArrayList<>();
      for (VaultFile.Copy copy : vault.copies()) {
        if (copy.holder().equals(holder)) {
          Argon2idParameters cost = Argon2idParameters.fresh(random);
          try {
            copy = wrap(keys, holder, argon2Kdf(cost), passphraseKey(cost, newPassphrase));
          } catch (GeneralSecurityException e) {
            throw new VaultException.Damaged("Could not wrap the keys.", e);
          }
        }
        copies.add(copy);
      }
      write(vault.withCopies(copies));
    }

    /** Removes a holder's copy; the last copy cannot be removed (use {@link #erase()}). */
    public void removeHolder(String holder) {
      VaultFile vault = read();
      if (vault.copies().stream().noneMatch(c -> c.holder().equals(holder))) {
        return;
      }
      if (vault.copies().size() == 1) {
        throw new IllegalStateException("The last key copy cannot be removed; erase the vault.");
      }
      write(
          vault.withCopies(
              vault.copies().stream().filter(c -> !c.holder().equals(holder)).toList()));
    }
  }
}
