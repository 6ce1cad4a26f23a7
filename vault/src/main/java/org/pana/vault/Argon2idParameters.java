package org.pana.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * How a passphrase becomes a wrapping key: Argon2id with the cost stored beside each wrapped copy,
 * so that the cost can grow for new copies while old ones still open.
 *
 * @param memoryKiB memory in KiB (at least 46 MiB, the OWASP minimum for t=1)
 * @param iterations passes over memory
 * @param parallelism lanes
 * @param salt 16 random bytes, new for every wrap
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism, byte[] salt) {

  /** OWASP's first recommended setting: m=46 MiB, t=1, p=1. */
  public static final int MIN_MEMORY_KIB = 46 * 1024;

  static final int SALT_BYTES = 16;
  static final int KEY_BYTES = 32;

  public Argon2idParameters {
    if (memoryKiB < MIN_MEMORY_KIB || iterations < 1 || parallelism < 1) {
      throw new VaultException.Damaged(
          "Argon2id parameters below the minimum (m >= 46 MiB, t >= 1, p >= 1).");
    }
    if (salt == null || salt.length != SALT_BYTES) {
      throw new VaultException.Damaged("An Argon2id salt must be 16 bytes.");
    }
    salt = salt.clone();
  }

  /** The default cost with a fresh random salt. */
  public static Argon2idParameters fresh(SecureRandom random) {
    return withCost(MIN_MEMORY_KIB, 1, 1, random);
  }

  /** A given cost with a fresh random salt. */
  public static Argon2idParameters withCost(
      int memoryKiB, int iterations, int parallelism, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new Argon2idParameters(memoryKiB, iterations, parallelism, salt);
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  /** Derives the 32-byte wrapping key from the passphrase. */
  byte[] derive(char[] passphrase) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKiB)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build());
    byte[] key = new byte[KEY_BYTES];
    generator.generateBytes(passphrase, key);
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Argon2idParameters p
        && p.memoryKiB == memoryKiB
        && p.iterations == iterations
        && p.parallelism == parallelism
        && Arrays.equals(p.salt, salt);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * memoryKiB + iterations) + parallelism) + Arrays.hashCode(salt);
  }

  @Override
  public String toString() {
    return "Argon2id[m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
  }
}
