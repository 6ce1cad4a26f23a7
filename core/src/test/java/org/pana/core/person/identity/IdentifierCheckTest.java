package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.core.date.PartialDate;
import org.pana.core.person.Sex;

class IdentifierCheckTest {

  // Synthetic, DOMAIN.md §2.4: male, born 1982-03-15.
  private static final IdentifierCheck MALE_1982 =
      IdentifierCheck.of(IdentifierType.CN_RESIDENT_ID, "654026198203150012");

  @ParameterizedTest(name = "[{index}] recorded {0}, {1}: {2} mismatch(es)")
  @CsvSource({
    "1982-03-15, MALE,    0",
    "1982~,      MALE,    0",
    "1983~,      MALE,    0",
    "1982-03,    UNKNOWN, 0",
    "1982,       OTHER,   0",
    "1983,       MALE,    1",
    "1982-04,    MALE,    1",
    "1982,       FEMALE,  1",
    "1983,       FEMALE,  2",
  })
  void comparesWithTheRecordedBirthDateAndSex(String recordedDate, Sex recordedSex, int count) {
    List<String> mismatches =
        MALE_1982.mismatchesWith(PartialDate.parse(recordedDate), recordedSex);

    assertThat(mismatches).hasSize(count);
  }

  @Test
  void birthDateMismatchIsPlainEnglishWithoutTheNumber() {
    List<String> mismatches = MALE_1982.mismatchesWith(PartialDate.parse("1983"), null);

    assertThat(mismatches)
        .containsExactly(
            "The birth date in the Chinese resident ID number does not match the recorded birth"
                + " date; check both.");
  }

  @Test
  void sexMismatchNamesBothSides() {
    List<String> mismatches = MALE_1982.mismatchesWith(null, Sex.FEMALE);

    assertThat(mismatches)
        .containsExactly(
            "The Chinese resident ID number says the person is male but the record says female;"
                + " check both.");
  }

  @Test
  void nothingToCompareWhenTheNumberEncodesNothing() {
    IdentifierCheck passport = IdentifierCheck.of(IdentifierType.PASSPORT, "E12345678");

    assertThat(passport.mismatchesWith(PartialDate.parse("1983"), Sex.FEMALE)).isEmpty();
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> errors = new ArrayList<>(List.of("An error."));
    IdentifierCheck check =
        new IdentifierCheck(IdentifierType.OTHER, "x", errors, List.of(), null, null, null);

    errors.clear();

    assertThat(check.errors()).containsExactly("An error.");
    assertThat(check.valid()).isFalse();
    assertThatThrownBy(() -> check.warnings().add("more"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
