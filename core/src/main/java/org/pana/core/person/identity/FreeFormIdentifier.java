package org.pana.core.person.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pana.core.problem.Invisibles;

/** Numbers without a checkable structure: passports of any country, certificates, others. */
final class FreeFormIdentifier {

  static final int MAX_LENGTH = 64;

  // Tabs and line breaks count as spacing (numbers get pasted from spreadsheets and scans);
  // whatever control characters remain after collapsing them are rejected.
  private static final Pattern SPACING = Pattern.compile("\\s+");

  private FreeFormIdentifier() {}

  static IdentifierCheck check(IdentifierType type, String raw) {
    String normalized = SPACING.matcher(raw.strip()).replaceAll(" ");
    if (type == IdentifierType.PASSPORT) {
      // Passport numbers are printed in capitals in the machine-readable zone.
      normalized = normalized.toUpperCase(Locale.ROOT);
    }
    List<String> errors = new ArrayList<>();
    if (normalized.isEmpty()) {
      errors.add("The " + type.label() + " is empty.");
    }
    if (normalized.length() > MAX_LENGTH) {
      errors.add(
          "The "
              + type.label()
              + " is longer than "
              + MAX_LENGTH
              + " characters; enter only the number.");
    }
    if (normalized.chars().anyMatch(Character::isISOControl)) {
      errors.add("The " + type.label() + " contains invisible control characters; type it again.");
    } else if (Invisibles.hasUnpairedSurrogate(normalized)
        || Invisibles.hasHiddenFormatting(normalized)
        || (!normalized.isEmpty() && Invisibles.onlyInvisible(normalized))) {
      errors.add(
          "The "
              + type.label()
              + " contains invisible or broken characters (such as zero-width spaces); type it"
              + " again.");
    }
    return new IdentifierCheck(type, normalized, errors, List.of(), null, null, null);
  }
}
