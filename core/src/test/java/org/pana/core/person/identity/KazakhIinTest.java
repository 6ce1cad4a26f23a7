package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.core.person.Sex;

/**
 * 820315300013, 820315400013 (DOMAIN.md §2.5) and 061211600012 (kz-iin-validator README) are
 * published examples; every other number here is synthetic, its check digit computed for the test.
 */
class KazakhIinTest {

  private static final CheckedInJune2025 NUMBERS = new CheckedInJune2025(IdentifierType.KZ_IIN);

  private static IdentifierCheck check(String raw) {
    return NUMBERS.check(raw);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "820315300013,   1982-03-15, MALE,   first weights",
    "820315400013,   1982-03-15, FEMALE, second weights (first sum is 10)",
    "061211600012,   2006-12-11, FEMALE, second weights",
    "820315200017,   1882-03-15, FEMALE, 1800s",
    "820315300407,   1982-03-15, MALE,   second weights",
    "' 820315 300013 ', 1982-03-15, MALE, spaces are removed"
  })
  void validNumbersYieldBirthDateAndSex(String number, LocalDate birthDate, Sex sex, String why) {
    IdentifierCheck check = check(number);

    assertThat(check.errors()).as(why).isEmpty();
    assertThat(check.normalized()).isEqualTo(number.replace(" ", ""));
    assertThat(check.derivedBirthDate()).isEqualTo(birthDate);
    assertThat(check.derivedSex()).isEqualTo(sex);
    assertThat(check.region()).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # number      | expected error (start)
          820315300014  | The check digit (the last one) does not match
          820315000014  | The 7th digit (century and sex) must be 1 to 6
          820315700019  | The 7th digit (century and sex) must be 1 to 6
          82031530001   | A Kazakhstan IIN has 12 digits; this one has 11.
          82031530001A  | A Kazakhstan IIN has only digits
          ''            | The Kazakhstan IIN is empty.
          820230300011  | The birth date part (the first 6 digits) is not a real date.
          990101600012  | The birth date part (the first 6 digits) is in the future.
          820315300470  | No Kazakhstan IIN is issued with these first 11 digits
          """)
  void invalidNumbersSayWhyWithoutEchoingTheNumber(String number, String expectedError) {
    NUMBERS.assertRefusedOnce(number, expectedError);
  }

  @Test
  void neverIssuedPrefixHasNoCheckDigit() {
    // Both weightings give 10 for these 11 digits, found by search for this test.
    assertThat(KazakhIin.checkDigit("82031530047")).isEqualTo(KazakhIin.NEVER_ISSUED);
  }
}
