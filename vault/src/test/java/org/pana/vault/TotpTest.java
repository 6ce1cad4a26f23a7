package org.pana.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TOTP against the RFC 6238 test vector, drift, and Base32. */
class TotpTest {

  /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private final Totp totp = new Totp();

  @Test
  void matchesTheRfc6238TestVector() {
    // At T = 59 s the 8-digit code is 94287082; its last 6 digits are 287082.
    assertThat(totp.codeAt(RFC_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(totp.matchingStep(RFC_SEED, "287082", Instant.ofEpochSecond(59))).hasValue(1);
  }

  @Test
  void allowsOneStepOfDriftAndNoMore() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    String previous = totp.codeAt(RFC_SEED, now.minusSeconds(30));
    String tooOld = totp.codeAt(RFC_SEED, now.minusSeconds(90));

    assertThat(totp.matchingStep(RFC_SEED, previous, now)).isPresent();
    assertThat(totp.matchingStep(RFC_SEED, tooOld, now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, "12345", now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
  }

  @Test
  void encodesBase32AsAuthenticatorAppsExpect() {
    // RFC 4648 test vector: "foobar" is MZXW6YTBOI (without padding).
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32(Totp.newSecret())).hasSize(32);
    assertThat(Totp.address("Pana", "aru", RFC_SEED))
        .startsWith("otpauth://totp/Pana:aru?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  }
}
