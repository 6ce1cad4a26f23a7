package org.pana.core.person.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pana.core.date.PartialDate;
import org.pana.core.person.Sex;

/**
 * What checking an identity number found: its normalised form, errors (the number cannot be right),
 * warnings (it may be right but deserves a second look), and what the number encodes.
 *
 * <p>Messages are plain English and never contain the number.
 *
 * @param type the kind of number checked
 * @param normalized the number as we store it (spaces removed, case folded where the kind says so);
 *     best effort when there are errors
 * @param errors reasons the number cannot be valid; empty when it is valid
 * @param cautions reasons to look again at a number that passed the checks, with their codes
 * @param derivedBirthDate the birth date encoded in the number, or {@code null}
 * @param derivedSex the sex encoded in the number, or {@code null}
 * @param region a human-readable place encoded in the number, in English, or {@code null}
 * @param regionOfIssue the same for a page to word in its reader's language, or {@code null}
 */
public record IdentifierCheck(
    IdentifierType type,
    String normalized,
    List<String> errors,
    List<IdentifierWarning> cautions,
    LocalDate derivedBirthDate,
    Sex derivedSex,
    String region,
    IdentifierRegion regionOfIssue) {

  public IdentifierCheck {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normalized, "normalized");
    errors = List.copyOf(errors);
    cautions = List.copyOf(cautions);
  }

  /** A check whose region, if any, is only words. */
  public IdentifierCheck(
      IdentifierType type,
      String normalized,
      List<String> errors,
      List<IdentifierWarning> cautions,
      LocalDate derivedBirthDate,
      Sex derivedSex,
      String region) {
    this(type, normalized, errors, cautions, derivedBirthDate, derivedSex, region, null);
  }

  /** The reasons to look again at a number that passed the checks, in plain English. */
  public List<String> warnings() {
    return cautions.stream().map(IdentifierWarning::text).toList();
  }

  /** Checks {@code raw} as a number of the given kind, judging "in the future" by today. */
  public static IdentifierCheck of(IdentifierType type, String raw) {
    return of(type, raw, Clock.systemDefaultZone());
  }

  /** Checks {@code raw} as a number of the given kind, judging "in the future" by {@code clock}. */
  public static IdentifierCheck of(IdentifierType type, String raw, Clock clock) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(clock, "clock");
    String text = raw == null ? "" : raw;
    return switch (type) {
      case CN_RESIDENT_ID -> ChineseResidentId.check(text, clock);
      case KZ_IIN -> KazakhIin.check(text, clock);
      case PASSPORT, CERTIFICATE, OTHER -> FreeFormIdentifier.check(type, text);
    };
  }

  /** True when no error was found. Warnings do not make a number invalid. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * Warnings for where the number disagrees with what the record says about the person. A birth
   * date disagrees when {@link PartialDate#isConsistentWith} rejects the encoded day (so an
   * approximate recorded date tolerates some slack); sex disagrees only when both sides are male or
   * female. Missing values on either side are not a disagreement.
   */
  public List<String> mismatchesWith(PartialDate recordedBirthDate, Sex recordedSex) {
    return mismatches(recordedBirthDate, recordedSex).stream()
        .map(IdentifierWarning::text)
        .toList();
  }

  /** {@link #mismatchesWith}, with the code of each. */
  public List<IdentifierWarning> mismatches(PartialDate recordedBirthDate, Sex recordedSex) {
    List<IdentifierWarning> mismatches = new ArrayList<>();
    if (derivedBirthDate != null
        && recordedBirthDate != null
        && !recordedBirthDate.isConsistentWith(derivedBirthDate)) {
      mismatches.add(
          new IdentifierWarning(
              "birth_date_mismatch",
              type,
              List.of(),
              "The birth date in the "
                  + type.label()
                  + " does not match the recorded birth date; check both."));
    }
    if (isMaleOrFemale(derivedSex) && isMaleOrFemale(recordedSex) && derivedSex != recordedSex) {
      mismatches.add(
          new IdentifierWarning(
              "sex_mismatch",
              type,
              List.of(derivedSex, recordedSex),
              "The "
                  + type.label()
                  + " says the person is "
                  + derivedSex.code()
                  + " but the record says "
                  + recordedSex.code()
                  + "; check both."));
    }
    return List.copyOf(mismatches);
  }

  private static boolean isMaleOrFemale(Sex sex) {
    return sex == Sex.MALE || sex == Sex.FEMALE;
  }
}
