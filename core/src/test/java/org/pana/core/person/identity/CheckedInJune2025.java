package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Numbers of one identifier type, checked on a fixed day (1 June 2025) so that "future" holds. */
record CheckedInJune2025(IdentifierType type) {

  private static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  IdentifierCheck check(String raw) {
    return IdentifierCheck.of(type, raw, JUNE_2025);
  }

  /**
   * The number is invalid for one reason, said by an error that starts with {@code expectedError}
   * and never repeats the number (errors may end up in logs).
   */
  void assertRefusedOnce(String number, String expectedError) {
    IdentifierCheck check = check(number);

    assertThat(check.valid()).isFalse();
    assertThat(check.errors()).hasSize(1);
    assertThat(check.errors().get(0)).startsWith(expectedError);
    if (!number.isEmpty()) {
      assertThat(String.join(" ", check.errors())).doesNotContain(number);
    }
  }
}
