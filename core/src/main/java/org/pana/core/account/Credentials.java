package org.pana.core.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pana.core.problem.ValidationFailed;

/** The rules for login names and passphrases. */
public final class Credentials {

  /** NIST SP 800-63B and OWASP ASVS: at least 8, up to at least 64; Pana allows 128. */
  public static final int MIN_PASSPHRASE = 8;

  public static final int MAX_PASSPHRASE = 128;

  private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._-]{3,64}");

  private Credentials() {}

  /**
   * The canonical form of a login name: NFKC, trimmed, lower case. Letters of any script, digits,
   * dot, dash and underscore; 3 to 64 characters.
   *
   * @throws ValidationFailed saying what is wrong
   */
  public static String login(String name) {
    if (name == null || name.isBlank()) {
      throw new ValidationFailed("login", "required", "A login name is required.");
    }
    String canonical =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (!LOGIN.matcher(canonical).matches()) {
      throw new ValidationFailed(
          "login",
          "format",
          "A login name has 3 to 64 letters, digits, dots, dashes or underscores.");
    }
    return canonical;
  }

  /**
   * Checks a new passphrase: 8 to 128 characters, any characters (pasting from a password manager
   * is fine), not only spaces.
   *
   * @throws ValidationFailed saying what is wrong, never echoing the passphrase
   */
  public static void checkNewPassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw new ValidationFailed(
          "passphrase",
          "too-short",
          "A passphrase needs at least " + MIN_PASSPHRASE + " characters (15 or more is better).");
    }
    if (passphrase.length > MAX_PASSPHRASE) {
      throw new ValidationFailed(
          "passphrase", "too-long", "A passphrase has at most " + MAX_PASSPHRASE + " characters.");
    }
    if (new String(passphrase).isBlank()) {
      throw new ValidationFailed("passphrase", "blank", "A passphrase cannot be only spaces.");
    }
  }
}
