package org.pana.vault;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as authenticator
 * apps show them, for the optional second step of a login. The secret is kept sealed by the vault,
 * so it can only be checked after the passphrase has opened the keys.
 */
public final class Totp {

  static final Duration STEP = Duration.ofSeconds(30);
  private static final String ALGORITHM = "HmacSHA1";

  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(STEP, 6, ALGORITHM);

  /** A new random 160-bit secret. */
  public static byte[] newSecret() {
    byte[] secret = new byte[20];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  /**
   * The secret in Base32 (RFC 4648, no padding), as authenticator apps take it. Twenty bytes give
   * exactly 32 characters.
   */
  public static String base32(byte[] secret) {
    return new Base32().encodeAsString(secret).replace("=", "");
  }

  /**
   * The secret from its Base32 text.
   *
   * @throws IllegalArgumentException when it is not Base32
   */
  public static byte[] fromBase32(String text) {
    Base32 base32 = new Base32();
    String clean = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (clean.isEmpty() || !base32.isInAlphabet(clean)) {
      throw new IllegalArgumentException("not Base32");
    }
    return base32.decode(clean);
  }

  /** The {@code otpauth://} address an authenticator app imports. */
  public static String address(String issuer, String account, byte[] secret) {
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + base32(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits=6&period=30";
  }

  /**
   * The time step a code matches, allowing one step of clock drift either way, or empty when it
   * matches none. Callers refuse a step not later than the last one used, so a code works once.
   */
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null || !code.strip().matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    int wanted = Integer.parseInt(code.strip());
    SecretKeySpec key = new SecretKeySpec(secret, ALGORITHM);
    long step = now.getEpochSecond() / STEP.getSeconds();
    try {
      for (long candidate = step - 1; candidate <= step + 1; candidate++) {
        if (generator.generateOneTimePassword(
                key, Instant.ofEpochSecond(candidate * STEP.getSeconds()))
            == wanted) {
          return OptionalLong.of(candidate);
        }
      }
    } catch (InvalidKeyException e) {
      throw new VaultException.Damaged("The one-time password secret is not usable.", e);
    }
    return OptionalLong.empty();
  }

  /** The code for {@code at} (for tests and for showing the first code at set-up). */
  public String codeAt(byte[] secret, Instant at) {
    try {
      return String.format(
          Locale.ROOT,
          "%06d",
          generator.generateOneTimePassword(new SecretKeySpec(secret, ALGORITHM), at));
    } catch (InvalidKeyException e) {
      throw new VaultException.Damaged("The one-time password secret is not usable.", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
