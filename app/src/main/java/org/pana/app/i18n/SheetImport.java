package org.pana.app.i18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A translator's sheet read back into a bundle ({@code pana messages import}): every row checked
 * with the rules of {@link BundleCheck}, and the bundle rewritten only when no row breaks one. The
 * new bundle keeps the old one's lines wherever a value did not change, its keys in the English
 * file's order, and its header comment, whose review state then says that a translator corrected
 * it, when and how many keys.
 */
public final class SheetImport {

  private SheetImport() {}

  /**
   * What the sheet gives.
   *
   * @param problems what is wrong, by line; nothing may be written unless it is empty
   * @param warnings what to look at, which does not stop the import
   * @param text the new bundle's text (null when refused)
   * @param changed how many keys have a new value
   * @param reviewState the header's new review state, when a key changed
   */
  public record Outcome(
      List<SheetProblem> problems,
      List<SheetProblem> warnings,
      String text,
      int changed,
      Optional<String> reviewState) {

    public Outcome {
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    /** Whether a problem forbids writing anything. */
    public boolean refused() {
      return !problems.isEmpty();
    }
  }

  /**
   * Reads {@code sheet}, the CSV a translator edited, for {@code bundle} in {@code language}.
   *
   * @param current the text of the bundle file it corrects as it is now, if there is one (else the
   *     jar's)
   * @param today the day of the correction, for the review state
   */
  public static Outcome of(
      Bundle bundle, String language, String sheet, Optional<String> current, LocalDate today) {
    BundleFile english = bundle.english();
    BundleCheck check = BundleCheck.of(bundle, language, english);
    TranslationSheet.Read read = TranslationSheet.read(sheet, check.languageName());
    List<SheetProblem> problems = new ArrayList<>(read.problems());
    List<SheetProblem> warnings = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (TranslationSheet.Row row : read.rows()) {
      Integer first = lines.putIfAbsent(row.key(), row.line());
      if (first != null) {
        problems.add(
            new SheetProblem(row.line(), row.key(), "given twice (first on line " + first + ")"));
        continue;
      }
      values.put(row.key(), row.translation());
      check
          .problems(row.key(), row.translation())
          .forEach(text -> problems.add(new SheetProblem(row.line(), row.key(), text)));
      String source = check.english().get(row.key());
      if (source != null && !row.english().isBlank() && !row.english().equals(source)) {
        warnings.add(
            new SheetProblem(
                row.line(),
                row.key(),
                "the English text changed since the export: check that the translation still"
                    + " says the same"));
      }
    }
    if (!read.rows().isEmpty()) {
      for (String key : check.english().keySet()) {
        if (!values.containsKey(key)) {
          problems.add(
              new SheetProblem(
                  0, key, "no row: every English key needs one (export again for new keys)"));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparingInt(
              problem -> problem.line() == 0 ? Integer.MAX_VALUE : problem.line()));
      return new Outcome(problems, warnings, null, 0, Optional.empty());
    }
    BundleFile base =
        current
            .map(BundleFile::parse)
            .or(() -> bundle.translation(language))
            .orElseGet(() -> new BundleFile(List.of(), List.of(), List.of()));
    Map<String, String> before = base.values();
    int changed =
        (int)
            values.entrySet().stream()
                .filter(entry -> !Objects.equals(before.get(entry.getKey()), entry.getValue()))
                .count();
    Optional<String> reviewState =
        changed == 0
            ? Optional.empty()
            : Optional.of(
                "corrected by a translator on "
                    + today
                    + ", "
                    + changed
                    + (changed == 1 ? " key" : " keys")
                    + " changed");
    BundleFile corrected = base.corrected(english, values, reviewState);
    // What the sheet does not hold is kept from the bundle as it is; it must pass the rules too.
    for (BundleCheck.Problem left : check.check(corrected.values())) {
      problems.add(
          new SheetProblem(
              0, left.key(), left.text() + " (kept from the bundle file as it is: mend it there)"));
    }
    if (!problems.isEmpty()) {
      return new Outcome(problems, warnings, null, 0, Optional.empty());
    }
    return new Outcome(problems, warnings, corrected.text(), changed, reviewState);
  }
}
