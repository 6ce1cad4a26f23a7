package org.pana.core.person.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pana.core.person.Sex;

/**
 * Chinese Resident Identity Card numbers (second generation, 18 characters): 6-digit GB/T 2260
 * region code, YYYYMMDD birth date, 3-digit order code (odd for men, even for women) and an ISO
 * 7064 MOD 11-2 check character.
 *
 * <p>The region code is where the hukou was registered when the card was issued, not necessarily
 * the birthplace, so a code created after the birth year is normal; one retired before the birth
 * year is not.
 */
final class ChineseResidentId {

  static final int LENGTH = 18;
  static final int FIRST_YEAR = 1900;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern FIRST_GENERATION = Pattern.compile("\\d{15}");
  private static final String LABEL = IdentifierType.CN_RESIDENT_ID.label();

  private ChineseResidentId() {}

  static IdentifierCheck check(String raw, Clock clock) {
    String normalized = normalize(raw);
    List<String> errors = new ArrayList<>();
    List<IdentifierWarning> warnings = new ArrayList<>();
    if (!hasValidShape(normalized, errors)) {
      return result(normalized, errors, warnings, null, null, null);
    }
    if (checkCharacter(normalized.substring(0, 17)) != normalized.charAt(17)) {
      errors.add(
          "The check character (the last one) does not match the other 17 digits; one of them is"
              + " probably mistyped.");
    }
    LocalDate birthDate = birthDate(normalized, clock, errors);
    Sex sex = (normalized.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    IdentifierRegion region = region(normalized.substring(0, 6), birthDate, errors, warnings);
    return result(normalized, errors, warnings, birthDate, sex, region);
  }

  static String normalize(String raw) {
    return raw.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static boolean hasValidShape(String normalized, List<String> errors) {
    if (normalized.isEmpty()) {
      errors.add("The " + LABEL + " is empty.");
    } else if (FIRST_GENERATION.matcher(normalized).matches()) {
      errors.add(
          "15-digit numbers from first-generation cards are not supported yet; please record the"
              + " 18-character number from a newer card or document.");
    } else if (normalized.length() != LENGTH) {
      errors.add("A " + LABEL + " has 18 characters; this one has " + normalized.length() + ".");
    } else if (!SHAPE.matcher(normalized).matches()) {
      errors.add(
          "A " + LABEL + " is 17 digits followed by a digit or X; this one has other characters.");
    }
    return errors.isEmpty();
  }

  private static LocalDate birthDate(String normalized, Clock clock, List<String> errors) {
    int year = Integer.parseInt(normalized.substring(6, 10));
    int month = Integer.parseInt(normalized.substring(10, 12));
    int day = Integer.parseInt(normalized.substring(12, 14));
    return BirthDatePart.read(year, month, day, "characters 7 to 14", FIRST_YEAR, clock, errors);
  }

  private static IdentifierRegion region(
      String code, LocalDate birthDate, List<String> errors, List<IdentifierWarning> warnings) {
    if (!ChineseProvinces.isProvinceCode(code.substring(0, 2))) {
      errors.add(
          "The first two digits are not a Chinese province-level region code; check the number.");
      return null;
    }
    if (!code.startsWith("65")) {
      return null;
    }
    List<XinjiangRegionCodes.Entry> names = XinjiangRegionCodes.lookup(code);
    if (names.isEmpty()) {
      errors.add(
          "The region code (the first 6 digits) is not a Xinjiang code we know of; check the"
              + " number.");
      return null;
    }
    XinjiangRegionCodes.Entry entry = names.get(names.size() - 1);
    if (birthDate != null) {
      int birthYear = birthDate.getYear();
      entry = nameInUseFrom(names, birthYear);
      if (entry == null) {
        entry = names.get(names.size() - 1);
        warnings.add(
            new IdentifierWarning(
                "region_retired",
                IdentifierType.CN_RESIDENT_ID,
                List.of(entry.validTo(), birthYear),
                "The region code was retired in "
                    + entry.validTo()
                    + ", before the birth year "
                    + birthYear
                    + "; check the number."));
      }
    }
    return describe(entry, birthDate);
  }

  /**
   * The name the code had in {@code year}, or else the first name it got later (a card issued years
   * after the birth carries the code current at issue); {@code null} when the code was retired
   * before {@code year}.
   */
  private static XinjiangRegionCodes.Entry nameInUseFrom(
      List<XinjiangRegionCodes.Entry> names, int year) {
    XinjiangRegionCodes.Entry later = null;
    for (XinjiangRegionCodes.Entry name : names) {
      if (name.validIn(year)) {
        return name;
      }
      if (later == null && name.validFrom() != null && name.validFrom() > year) {
        later = name;
      }
    }
    return later;
  }

  /** E.g. Zhaosu County, Ili Kazakh Autonomous Prefecture, code 654026, since 2001. */
  private static IdentifierRegion describe(XinjiangRegionCodes.Entry entry, LocalDate birthDate) {
    StringBuilder text = new StringBuilder(entry.name());
    String prefectureCode = entry.code().substring(0, 4) + "00";
    boolean isCounty = !entry.code().endsWith("00");
    // 6590 is a bookkeeping group ("administered directly"), not a place worth naming.
    if (isCounty && !prefectureCode.equals("659000")) {
      XinjiangRegionCodes.Entry prefecture = prefectureOf(prefectureCode, entry, birthDate);
      if (prefecture != null) {
        text.append(", ").append(prefecture.name());
      }
    }
    return new IdentifierRegion(text.toString(), entry.code(), entry.validFrom(), entry.validTo());
  }

  private static XinjiangRegionCodes.Entry prefectureOf(
      String prefectureCode, XinjiangRegionCodes.Entry county, LocalDate birthDate) {
    List<XinjiangRegionCodes.Entry> names = XinjiangRegionCodes.lookup(prefectureCode);
    if (names.isEmpty()) {
      return null;
    }
    // Name the prefecture as it was while the county's code was in use.
    Integer year = county.validFrom() != null ? county.validFrom() : county.validTo();
    if (year == null && birthDate != null) {
      year = birthDate.getYear();
    }
    if (year != null) {
      for (XinjiangRegionCodes.Entry name : names) {
        if (name.validIn(year)) {
          return name;
        }
      }
    }
    return names.get(names.size() - 1);
  }

  private static IdentifierCheck result(
      String normalized,
      List<String> errors,
      List<IdentifierWarning> warnings,
      LocalDate birthDate,
      Sex sex,
      IdentifierRegion region) {
    return new IdentifierCheck(
        IdentifierType.CN_RESIDENT_ID,
        normalized,
        errors,
        warnings,
        birthDate,
        sex,
        region == null ? null : region.english(),
        region);
  }
}
