package org.pana.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The vault's keys, their wrapped copies, and what becomes of them on change and erase. */
class VaultTest {

  private static final char[] FIRST = "correct horse battery".toCharArray();
  private static final char[] SECOND = "another long passphrase".toCharArray();
  private static final byte[] SECRET = "Нұрлан · 努尔兰 · نۇرلان".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void theCreatorsPassphraseOpensTheSameKeysAgain() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    byte[] sealed = vault.create("admin", FIRST).cipher().encrypt(SECRET, "record", "body", "r1");

    FieldCipher reopened = vault.unlock("admin", FIRST).cipher();

    assertThat(reopened.decrypt(sealed, "record", "body", "r1")).isEqualTo(SECRET);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Нұрлан");
  }

  @Test
  void theVaultFileRevealsNoKeyAndRecordsTheArgon2idCost() throws Exception {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    vault.create("admin", FIRST);

    String stored = Files.readString(dir.resolve("vault.json"));
    Argon2idParameters cost = vault.costOf("admin");

    assertThat(stored).contains("\"argon2id\"").contains("pana-vault/1").doesNotContain("keyValue");
    assertThat(cost.memoryKiB()).isGreaterThanOrEqualTo(46 * 1024);
    assertThat(cost.iterations()).isEqualTo(1);
    assertThat(cost.parallelism()).isEqualTo(1);
    assertThat(cost.salt()).hasSize(16);
  }

  @Test
  void aStrongerStoredCostIsHonouredOnUnlock() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    var stronger = Argon2idParameters.withCost(64 * 1024, 2, 1, new SecureRandom());
    byte[] sealed =
        vault.create("admin", FIRST, stronger).cipher().encrypt(SECRET, "record", "body", "r1");

    assertThat(vault.costOf("admin").memoryKiB()).isEqualTo(64 * 1024);
    assertThat(vault.unlock("admin", FIRST).cipher().decrypt(sealed, "record", "body", "r1"))
        .isEqualTo(SECRET);
  }

  @Test
  void aWrongPassphraseOrAccountIsRefusedCleanly() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    vault.create("admin", FIRST);

    assertThatThrownBy(() -> vault.unlock("admin", SECOND))
        .isInstanceOf(VaultException.WrongPassphrase.class)
        .hasMessageNotContaining(new String(SECOND));
    assertThatThrownBy(() -> vault.unlock("nobody", FIRST))
        .isInstanceOf(VaultException.UnknownAccount.class);
  }

  @Test
  void aValueMovedToAnotherRowOrColumnDoesNotDecrypt() {
    FieldCipher cipher = Vault.at(dir.resolve("vault.json")).create("admin", FIRST).cipher();
    byte[] sealed = cipher.encrypt(SECRET, "record", "body", "r1");

    assertThatThrownBy(() -> cipher.decrypt(sealed, "record", "body", "r2"))
        .isInstanceOf(VaultException.Damaged.class);
    assertThatThrownBy(() -> cipher.decrypt(sealed, "revision", "body", "r1"))
        .isInstanceOf(VaultException.Damaged.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed, "record", "body", "r1"))
        .isInstanceOf(VaultException.Damaged.class);
  }

  @Test
  void blindIndexValuesAreStableWithinAVaultAndDifferBetweenVaults() {
    Vault vault = Vault.at(dir.resolve("one.json"));
    FieldCipher one = vault.create("admin", FIRST).cipher();
    FieldCipher other = Vault.at(dir.resolve("two.json")).create("admin", FIRST).cipher();

    assertThat(one.blind("nurlan"))
        .isEqualTo(vault.unlock("admin", FIRST).cipher().blind("nurlan"));
    assertThat(one.blind("nurlan")).isNotEqualTo(one.blind("nurlam")).hasSize(64);
    assertThat(one.blind("nurlan")).isNotEqualTo(other.blind("nurlan"));
  }

  @Test
  void aSecondAccountOpensTheSameKeysWithItsOwnPassphrase() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    Vault.Unlocked admin = vault.create("admin", FIRST);
    byte[] sealed = admin.cipher().encrypt(SECRET, "record", "body", "r1");

    admin.addHolder("volunteer", SECOND);

    assertThat(vault.holders()).containsExactly("admin", "volunteer");
    assertThat(vault.unlock("volunteer", SECOND).cipher().decrypt(sealed, "record", "body", "r1"))
        .isEqualTo(SECRET);
    assertThatThrownBy(() -> vault.unlock("volunteer", FIRST))
        .isInstanceOf(VaultException.WrongPassphrase.class);
  }

  @Test
  void changingAPassphraseRewrapsOnlyThatAccountsCopy() throws Exception {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    Vault.Unlocked admin = vault.create("admin", FIRST);
    admin.addHolder("volunteer", SECOND);
    byte[] sealed = admin.cipher().encrypt(SECRET, "record", "body", "r1");
    String adminCopyBefore = copyOf("admin");

    vault
        .unlock("volunteer", SECOND)
        .changePassphrase("volunteer", "a brand new one".toCharArray());

    assertThat(copyOf("admin")).isEqualTo(adminCopyBefore);
    assertThatThrownBy(() -> vault.unlock("volunteer", SECOND))
        .isInstanceOf(VaultException.WrongPassphrase.class);
    assertThat(
            vault
                .unlock("volunteer", "a brand new one".toCharArray())
                .cipher()
                .decrypt(sealed, "record", "body", "r1"))
        .isEqualTo(SECRET);
  }

  @Test
  void anAlteredCopyIsRefused() throws Exception {
    Path file = dir.resolve("vault.json");
    Vault vault = Vault.at(file);
    vault.create("admin", FIRST);
    String stored = Files.readString(file);
    int at = stored.indexOf("\"fieldKeys\":\"") + 20;
    char flipped = stored.charAt(at) == 'A' ? 'B' : 'A';
    Files.writeString(file, stored.substring(0, at) + flipped + stored.substring(at + 1));

    assertThatThrownBy(() -> vault.unlock("admin", FIRST))
        .isInstanceOf(VaultException.WrongPassphrase.class);

    Files.writeString(file, "{\"format\":\"something else\",\"copies\":[]}");
    assertThatThrownBy(() -> vault.unlock("admin", FIRST))
        .isInstanceOf(VaultException.Damaged.class);
    Files.writeString(file, "not json at all");
    assertThatThrownBy(() -> vault.unlock("admin", FIRST))
        .isInstanceOf(VaultException.Damaged.class);
  }

  @Test
  void eraseMakesTheKeysUnrecoverable() {
    Path file = dir.resolve("vault.json");
    Vault vault = Vault.at(file);
    vault.create("admin", FIRST).addHolder("volunteer", SECOND);

    vault.erase();

    assertThat(file).doesNotExist();
    assertThat(dir.resolve("vault.json.new")).doesNotExist();
    assertThatThrownBy(() -> vault.unlock("admin", FIRST))
        .isInstanceOf(VaultException.NoVault.class);
  }

  @Test
  void aVaultIsNeverCreatedOverAnother() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    vault.create("admin", FIRST);

    assertThatThrownBy(() -> vault.create("admin", SECOND))
        .isInstanceOf(IllegalStateException.class);
    assertThat(vault.unlock("admin", FIRST)).isNotNull();
  }

  @Test
  void costsBelowTheMinimumAreRefused() {
    assertThatThrownBy(() -> Argon2idParameters.withCost(19 * 1024, 1, 1, new SecureRandom()))
        .isInstanceOf(VaultException.Damaged.class);
  }

  @Test
  void aTokenCopyOpensTheKeysWithItsSecretAndNothingElse() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    Vault.Unlocked admin = vault.create("admin", FIRST);
    byte[] sealed = admin.cipher().encrypt(SECRET, "record", "body", "r1");
    byte[] token = new byte[32];
    new SecureRandom().nextBytes(token);

    admin.addSecretHolder("token:1", token);

    assertThat(
            vault
                .unlockWithSecret("token:1", token)
                .cipher()
                .decrypt(sealed, "record", "body", "r1"))
        .isEqualTo(SECRET);
    byte[] other = token.clone();
    other[0] ^= 1;
    assertThatThrownBy(() -> vault.unlockWithSecret("token:1", other))
        .isInstanceOf(VaultException.WrongPassphrase.class);
    assertThatThrownBy(() -> vault.unlockWithSecret("token:1", new byte[8]))
        .isInstanceOf(VaultException.WrongPassphrase.class);
    assertThatThrownBy(() -> vault.unlock("token:1", FIRST))
        .isInstanceOf(VaultException.WrongPassphrase.class);
    assertThatThrownBy(() -> vault.unlockWithSecret("admin", token))
        .isInstanceOf(VaultException.WrongPassphrase.class);

    vault.unlock("admin", FIRST).removeHolder("token:1");
    assertThatThrownBy(() -> vault.unlockWithSecret("token:1", token))
        .isInstanceOf(VaultException.UnknownAccount.class);
  }

  @Test
  void auditSignaturesVerifyWithoutAPassphraseAndFailWhenAltered() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    byte[] data = "checkpoint 64 abc".getBytes(StandardCharsets.UTF_8);
    byte[] signature = vault.create("admin", FIRST).sign(data);

    assertThat(vault.verifySignature(data, signature)).isTrue();
    assertThat(
            vault.verifySignature("checkpoint 64 abd".getBytes(StandardCharsets.UTF_8), signature))
        .isFalse();
    byte[] forged = signature.clone();
    forged[3] ^= 1;
    assertThat(vault.verifySignature(data, forged)).isFalse();
    assertThat(Vault.at(dir.resolve("other.json")).create("x", FIRST).sign(data))
        .satisfies(foreign -> assertThat(vault.verifySignature(data, foreign)).isFalse());
  }

  @Test
  void aVerifyingKeyReplacedInTheFileIsToldApartByTheOpenedKeys() throws Exception {
    Path file = dir.resolve("vault.json");
    Vault vault = Vault.at(file);
    Vault.Unlocked keys = vault.create("admin", FIRST);
    String fingerprint = vault.verifyKeyFingerprint();
    byte[] data = "checkpoint 64 abc".getBytes(StandardCharsets.UTF_8);
    byte[] signature = keys.sign(data);
    assertThat(fingerprint).matches("[0-9a-f]{64}");
    assertThat(keys.ownsFileVerifyKey()).isTrue();

    // Someone with the disk puts their own public key into the file.
    Vault forger = Vault.at(dir.resolve("forger.json"));
    Vault.Unlocked forged = forger.create("forger", SECOND);
    JsonMapper json = JsonMapper.builder().build();
    var tree = (tools.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
    tree.put(
        "auditVerifyKey",
        json.readTree(dir.resolve("forger.json").toFile()).get("auditVerifyKey").asString());
    Files.write(file, json.writeValueAsBytes(tree));

    Vault.Unlocked reopened = vault.unlock("admin", FIRST);
    assertThat(vault.verifyKeyFingerprint()).isNotEqualTo(fingerprint);
    assertThat(vault.verifySignature(data, forged.sign(data))).isTrue();
    assertThat(reopened.ownsFileVerifyKey()).isFalse();
    assertThat(reopened.verifyOwn(data, forged.sign(data))).isFalse();
    assertThat(reopened.verifyOwn(data, signature)).isTrue();
  }

  @Test
  void theVaultFileIsItsOwnersOnly() throws Exception {
    Path file = dir.resolve("vault.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        file.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Vault vault = Vault.at(file);
    vault.create("admin", FIRST).addHolder("second", SECOND);

    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void filesRoundTripAndAnyChangeOrTruncationIsDetected() throws Exception {
    FileCipher files = Vault.at(dir.resolve("vault.json")).create("admin", FIRST).files();
    byte[] original = new byte[3 * 1024 * 1024 + 17];
    new SecureRandom().nextBytes(original);
    var sink = new java.io.ByteArrayOutputStream();
    try (var out = files.encrypting(sink, "evidence", "e1")) {
      out.write(original);
    }
    byte[] sealed = sink.toByteArray();

    assertThat(read(files, sealed, "evidence", "e1")).isEqualTo(original);
    byte[] altered = sealed.clone();
    altered[altered.length / 2] ^= 1;
    assertThatThrownBy(() -> read(files, altered, "evidence", "e1"))
        .isInstanceOf(java.io.IOException.class);
    byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 100);
    assertThatThrownBy(() -> read(files, truncated, "evidence", "e1"))
        .isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> read(files, sealed, "evidence", "e2"))
        .isInstanceOf(java.io.IOException.class);
  }

  private static byte[] read(FileCipher files, byte[] sealed, String purpose, String name)
      throws java.io.IOException {
    try (var in = files.decrypting(new java.io.ByteArrayInputStream(sealed), purpose, name)) {
      return in.readAllBytes();
    }
  }

  /** One account's stored copy, as JSON text. */
  private String copyOf(String account) throws Exception {
    var copies = JsonMapper.builder().build().readTree(dir.resolve("vault.json")).get("copies");
    for (var copy : copies) {
      if (copy.get("holder").asString().equals(account)) {
        return copy.toString();
      }
    }
    throw new AssertionError("no copy for " + account);
  }
}
