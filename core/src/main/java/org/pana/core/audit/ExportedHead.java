package org.pana.core.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A head written down or sent away earlier ({@code audit head} prints it as {@code
 * SEQUENCE:HASH:KEY}), to check the trail against: it must still hold that entry with that hash,
 * under that verifying key. This is what finds a data directory rolled back as a whole, which
 * nothing inside it can show.
 *
 * @param sequence the entry, when given
 * @param hash the start of its hash (at least 16 hex digits), lower case
 * @param key the start of the verifying key's fingerprint, when given
 */
public record ExportedHead(Optional<Long> sequence, String hash, Optional<String> key) {

  /**
   * How many hex digits of a hash or fingerprint {@code audit head} prints, and the least taken.
   */
  public static final int DIGITS = 16;

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + DIGITS + ",64}");

  /**
   * Reads {@code HASH}, {@code SEQUENCE:HASH} or {@code SEQUENCE:HASH:KEY}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static ExportedHead parse(String text) {
    String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", -1);
    if (parts.length > 3) {
      throw new IllegalArgumentException(
          "--head takes HASH, SEQUENCE:HASH or SEQUENCE:HASH:KEY as printed by audit head");
    }
    Optional<Long> sequence = Optional.empty();
    String hash = parts[0];
    if (parts.length > 1) {
      try {
        sequence = Optional.of(Long.parseLong(parts[0]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--head: the entry number before the first colon is not a number: " + parts[0]);
      }
      if (sequence.get() < 1) {
        throw new IllegalArgumentException("--head: entries are numbered from 1");
      }
      hash = parts[1];
    }
    if (!HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException(
          "--head: the hash must be " + DIGITS + " to 64 hex digits, as printed by audit head");
    }
    Optional<String> key = Optional.empty();
    if (parts.length == 3) {
      if (!HEX.matcher(parts[2]).matches()) {
        throw new IllegalArgumentException(
            "--head: the key fingerprint must be " + DIGITS + " to 64 hex digits");
      }
      key = Optional.of(parts[2]);
    }
    return new ExportedHead(sequence, hash, key);
  }

  /** The short form {@code audit head} prints: {@code SEQUENCE:HASH:KEY}, 16 hex digits each. */
  public static String format(long sequence, String hash, String keyFingerprint) {
    return sequence
        + ":"
        + hash.substring(0, DIGITS)
        + ":"
        + keyFingerprint.substring(0, Math.min(DIGITS, keyFingerprint.length()));
  }

  /** Whether {@code entry} is the one this head names. */
  boolean matches(AuditEntry entry) {
    return entry.hash().startsWith(hash) && sequence.map(s -> s == entry.sequence()).orElse(true);
  }

  /** For messages: as given, shortened. */
  String describe() {
    return sequence.map(s -> s + ":").orElse("") + hash;
  }
}
