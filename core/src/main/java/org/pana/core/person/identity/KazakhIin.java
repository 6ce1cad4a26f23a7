package org.pana.core.person.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pana.core.person.Sex;

/**
 * Kazakhstan individual identification numbers (ЖСН / ИИН): YYMMDD birth date, a century and sex
 * digit (1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s; odd male, even female), a 4-digit
 * serial and a check digit.
 *
 * <p>The check digit is Σ dᵢ·i (i = 1..11) mod 11; when that is 10 it is computed again with the
 * weights 3 4 5 6 7 8 9 10 11 1 2, and when that is 10 too, no number is issued with those first 11
 * digits.
 */
final class KazakhIin {

  static final int LENGTH = 12;

  /** The first year of the earliest century the 7th digit can give (1 and 2: the 1800s). */
  static final int FIRST_YEAR = 1800;

  /** What {@link #checkDigit} returns for 11 digits that no issued number starts with. */
  static final int NEVER_ISSUED = -1;

  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String LABEL = IdentifierType.KZ_IIN.label();

  private KazakhIin() {}

  static IdentifierCheck check(String raw, Clock clock) {
    String normalized = raw.strip().replaceAll("\\s+", "");
    List<String> errors = new ArrayList<>();
    if (!hasValidShape(normalized, errors)) {
      return result(normalized, errors, null, null);
    }
    int checkDigit = checkDigit(normalized.substring(0, 11));
    if (checkDigit == NEVER_ISSUED) {
      errors.add(
          "No "
              + LABEL
              + " is issued with these first 11 digits; one of them is probably mistyped.");
    } else if (checkDigit != normalized.charAt(11) - '0') {
      errors.add(
          "The check digit (the last one) does not match the other 11 digits; one of them is"
              + " probably mistyped.");
    }
    int centuryAndSex = normalized.charAt(6) - '0';
    if (centuryAndSex < 1 || centuryAndSex > 6) {
      errors.add(
          "The 7th digit (century and sex) must be 1 to 6 in a " + LABEL + "; check the number.");
      return result(normalized, errors, null, null);
    }
    Sex sex = centuryAndSex % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    LocalDate birthDate = birthDate(normalized, centuryAndSex, clock, errors);
    return result(normalized, errors, birthDate, sex);
  }

  /** The check digit for the first 11 digits, or {@link #NEVER_ISSUED}. */
  static int checkDigit(String first11) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (first11.charAt(i) - '0') * (i + 1);
    }
    if (sum % 11 != 10) {
      return sum % 11;
    }
    sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (first11.charAt(i) - '0') * SECOND_WEIGHTS[i];
    }
    return sum % 11 == 10 ? NEVER_ISSUED : sum % 11;
  }

  private static boolean hasValidShape(String normalized, List<String> errors) {
    if (normalized.isEmpty()) {
      errors.add("The " + LABEL + " is empty.");
    } else if (!DIGITS.matcher(normalized).matches()) {
      errors.add("A " + LABEL + " has only digits; this one has other characters.");
    } else if (normalized.length() != LENGTH) {
      errors.add("A " + LABEL + " has 12 digits; this one has " + normalized.length() + ".");
    }
    return errors.isEmpty();
  }

  private static LocalDate birthDate(
      String normalized, int centuryAndSex, Clock clock, List<String> errors) {
    int century = FIRST_YEAR + 100 * ((centuryAndSex - 1) / 2);
    int year = century + Integer.parseInt(normalized.substring(0, 2));
    int month = Integer.parseInt(normalized.substring(2, 4));
    int day = Integer.parseInt(normalized.substring(4, 6));
    return BirthDatePart.read(year, month, day, "the first 6 digits", FIRST_YEAR, clock, errors);
  }

  private static IdentifierCheck result(
      String normalized, List<String> errors, LocalDate birthDate, Sex sex) {
    return new IdentifierCheck(
        IdentifierType.KZ_IIN, normalized, errors, List.of(), birthDate, sex, null);
  }
}
