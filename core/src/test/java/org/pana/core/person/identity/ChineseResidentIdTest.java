package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.core.person.Sex;

/**
 * All numbers are synthetic (check characters computed, no real people). The first three and
 * 360426199101010071 come from DOMAIN.md §2.4; the others were computed for these tests.
 */
class ChineseResidentIdTest {

  private static final CheckedInJune2025 NUMBERS =
      new CheckedInJune2025(IdentifierType.CN_RESIDENT_ID);

  private static IdentifierCheck check(String raw) {
    return NUMBERS.check(raw);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # number           | birth date | sex
          654026198203150012 | 1982-03-15 | MALE
          654126198203150018 | 1982-03-15 | MALE
          652426198203150020 | 1982-03-15 | FEMALE
          650107199001010019 | 1990-01-01 | MALE
          650000198203150023 | 1982-03-15 | FEMALE
          65900119820315001X | 1982-03-15 | MALE
          360426199101010071 | 1991-01-01 | MALE
          310115198203150017 | 1982-03-15 | MALE
          """)
  void validNumbersYieldBirthDateAndSex(String number, LocalDate birthDate, Sex sex) {
    IdentifierCheck check = check(number);

    assertThat(check.errors()).isEmpty();
    assertThat(check.warnings()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.normalized()).isEqualTo(number);
    assertThat(check.derivedBirthDate()).isEqualTo(birthDate);
    assertThat(check.derivedSex()).isEqualTo(sex);
  }

  // The region is the code's name in the birth year, or the first name it got later; English
  // where a checked name exists, else Hanzi; the prefecture is named as it was at that time.
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "654026198203150012 | Zhaosu County, Ili Kazakh Autonomous Prefecture (654026, since 2001)",
        "654126198203150018 | Zhaosu County, Ili Prefecture (654126, 1984-2001)",
        "652426198203150020 | Zhaosu County, Ili Kazakh Autonomous Prefecture (652426, until 1984)",
        "654004198203150014 | Khorgas (Horgos), Ili Kazakh Autonomous Prefecture"
            + " (654004, since 2014)",
        "650107199001010019 | 南山矿区, Urumqi (650107, 1983-1998)",
        "650107201001010019 | 达坂城区, Urumqi (650107, since 2002)",
        "65900119820315001X | 石河子市 (659001, since 1986)",
        "650000198203150023 | Xinjiang Uyghur Autonomous Region (650000)",
        "360426199101010071 | ",
        "310115198203150017 | ",
      })
  void xinjiangNumbersNameTheirRegion(String number, String region) {
    IdentifierCheck check = check(number);

    assertThat(check.valid()).isTrue();
    assertThat(check.region()).isEqualTo(region);
  }

  @Test
  void normalisesSpacesAndLowerCaseX() {
    IdentifierCheck check = check("  659001 19820315 001x ");

    assertThat(check.normalized()).isEqualTo("65900119820315001X");
    assertThat(check.valid()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # number             | expected error (start)
          654026198203150013   | The check character (the last one) does not match
          65402619820315001    | A Chinese resident ID number has 18 characters; this one has 17.
          6540261982031500123  | A Chinese resident ID number has 18 characters; this one has 19.
          65402619820315A012   | A Chinese resident ID number is 17 digits followed by a digit or X
          ''                   | The Chinese resident ID number is empty.
          654026198202300015   | The birth date part (characters 7 to 14) is not a real date.
          654026209901010018   | The birth date part (characters 7 to 14) is in the future.
          654026189912310010   | The birth date part (characters 7 to 14) is before 1900.
          994026198203150010   | The first two digits are not a Chinese province-level region code
          659999198203150014   | The region code (the first 6 digits) is not a Xinjiang code
          654026820315001      | 15-digit numbers from first-generation cards are not supported yet
          """)
  void invalidNumbersSayWhyWithoutEchoingTheNumber(String number, String expectedError) {
    NUMBERS.assertRefusedOnce(number, expectedError);
  }

  @Test
  void warnsWhenTheRegionCodeWasRetiredBeforeTheBirthYear() {
    // Synthetic: 652426 (old Zhaosu code, until 1984) with a 1990 birth date.
    IdentifierCheck check = check("652426199001010016");

    assertThat(check.valid()).isTrue();
    assertThat(check.warnings())
        .containsExactly(
            "The region code was retired in 1984, before the birth year 1990; check the number.");
  }

  @Test
  void defaultClockAcceptsAPastBirthDate() {
    assertThat(IdentifierCheck.of(IdentifierType.CN_RESIDENT_ID, "654026198203150012").valid())
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "36042619910101007, 1",
    "65402619820315001, 2",
    "65402619820315008, X",
  })
  void checkCharacterFollowsIso7064Mod11Dash2(String first17, char expected) {
    assertThat(ChineseResidentId.checkCharacter(first17)).isEqualTo(expected);
  }
}
