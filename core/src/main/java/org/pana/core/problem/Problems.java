package org.pana.core.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.pana.core.date.InvalidPartialDate;
import org.pana.core.date.PartialDate;

/**
 * Collects every problem in one piece of input, so that a form or an API caller learns all of them
 * at once, then throws one {@link ValidationFailed}. Nothing is stored until {@link #throwIfAny()}
 * has passed.
 */
public final class Problems {

  /** Longest free text Pana accepts in a single field (a long testimony still fits). */
  public static final int MAX_TEXT = 100_000;

  /** Longer than any record id Pana makes (a UUID has 36 characters): a longer one is no id. */
  public static final int MAX_ID = 100;

  /** Longer than any vocabulary code. */
  private static final int MAX_CODE = 64;

  /** Longer than any partial date Pana reads ({@code 1980-01-01~/1985-12-31~} has 23). */
  private static final int MAX_DATE = 40;

  private final List<FieldProblem> found = new ArrayList<>();

  public void add(String field, String code, String message) {
    found.add(new FieldProblem(field, code, message));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far. */
  public List<FieldProblem> found() {
    return List.copyOf(found);
  }

  /**
   * True when {@code list} holds at most {@code max} entries; otherwise a {@code too_many} problem
   * on the list's field, and the caller looks no further into it (a crafted request must not make
   * Pana loop over, store and later show a hundred thousand entries).
   */
  public boolean atMost(String field, List<?> list, int max) {
    if (list == null || list.size() <= max) {
      return true;
    }
    add(
        field,
        "too_many",
        "Give at most " + max + " entries here (there are " + list.size() + ").");
    return false;
  }

  /** Trimmed text, or a {@code required} problem when it is missing or blank. */
  public String required(String field, String text, int maxLength) {
    if (text == null || text.isBlank()) {
      add(field, "required", "This field is required.");
      return null;
    }
    return optional(field, text, maxLength);
  }

  /**
   * Trimmed text, {@code null} when blank; a problem when too long, holding control codes or half
   * of a surrogate pair, or made only of characters nobody can see (zero-width spaces and the
   * like). Zero-width (non-)joiners inside visible text stay: Persian and other Arabic-script
   * writing need them.
   */
  public String optional(String field, String text, int maxLength) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.length() > maxLength) {
      add(field, "too_long", "Keep this under " + maxLength + " characters.");
      return null;
    }
    if (Invisibles.hasUnpairedSurrogate(value)) {
      add(
          field,
          "unpaired_surrogate",
          "This text holds a broken character (half of a surrogate pair); type or paste it again.");
      return null;
    }
    if (value.chars().anyMatch(Problems::isForbiddenControl)) {
      add(field, "control_characters", "Remove the invisible control characters from this field.");
      return null;
    }
    if (Invisibles.onlyInvisible(value)) {
      add(
          field,
          "invisible",
          "This field holds only invisible characters (such as zero-width spaces); type the text"
              + " or leave the field empty.");
      return null;
    }
    return value;
  }

  /**
   * A name (of a person, or a pseudonym), required, and held to more than other text: it has at
   * least one letter, no hidden formatting characters (a zero-width space makes two names that look
   * the same differ, and defeats finding the person again), and no character a decoder could not
   * read. Zero-width (non-)joiners stay allowed: Arabic-script names need them.
   */
  public String name(String field, String text, int maxLength) {
    String value = required(field, text, maxLength);
    if (value == null) {
      return null;
    }
    if (Invisibles.hasHiddenFormatting(value)) {
      add(
          field,
          "invisible_characters",
          "Remove the invisible characters (zero-width spaces, soft hyphens, formatting marks) from"
              + " this name.");
      return null;
    }
    if (value.indexOf(Invisibles.REPLACEMENT_CHARACTER) >= 0) {
      add(
          field,
          "unreadable_character",
          "This name holds a character that could not be read (\uFFFD); type it again.");
      return null;
    }
    if (value.codePoints().noneMatch(Character::isLetter)) {
      add(field, "no_letters", "A name needs at least one letter.");
      return null;
    }
    return value;
  }

  /**
   * Control characters other than line breaks and tabs, and the bidirectional overrides and
   * isolates that can make a name display reversed or hide part of it. Zero-width (non-)joiners
   * stay allowed: Arabic-script and Indic names need them.
   */
  private static boolean isForbiddenControl(int c) {
    boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return control || bidi;
  }

  /** A partial date in EDTF notation, {@code null} when blank or invalid (with a problem). */
  public PartialDate partialDate(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_DATE) {
      add(field, "date", "This is too long for a date; write it like 1982-03-15 or 1980/1985.");
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidPartialDate e) {
      add(field, "date", e.getMessage());
      return null;
    }
  }

  /**
   * A {@code future} problem when {@code date}, the date of something that has happened, lies after
   * {@code today}; a partial date only when even its earliest day does ({@code 2026} is fine all
   * through 2026).
   *
   * @param what the thing dated, to start the message: "A date of birth", "The issue date"
   */
  public void notAfter(String field, PartialDate date, LocalDate today, String what) {
    if (date != null && date.earliest().isAfter(today)) {
      add(field, "future", what + " cannot lie after today (" + today + ").");
    }
  }

  /** A vocabulary value by its code (case-insensitive), {@code null} when blank or unknown. */
  public <E extends Enum<E>> E code(String field, Class<E> vocabulary, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<E> value = text.length() > MAX_CODE ? Optional.empty() : parseCode(vocabulary, text);
    if (value.isEmpty()) {
      add(
          field,
          "unknown_code",
          "Unknown value; use one of " + codes(vocabulary, e -> e.name()) + ".");
    }
    return value.orElse(null);
  }

  /** Like {@link #code} but a missing value is a problem too. */
  public <E extends Enum<E>> E requiredCode(String field, Class<E> vocabulary, String text) {
    if (text == null || text.isBlank()) {
      add(field, "required", "This field is required.");
      return null;
    }
    return code(field, vocabulary, text);
  }

  /** Whether {@code text} could be a record id at all, so that it is worth looking up. */
  public static boolean couldBeId(String text) {
    return text != null && text.length() <= MAX_ID;
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationFailed(found);
    }
  }

  /** Reads a vocabulary code: the constant's name in any case, with '-' or ' ' for '_'. */
  public static <E extends Enum<E>> Optional<E> parseCode(Class<E> vocabulary, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (E constant : vocabulary.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> String codes(Class<E> vocabulary, Function<E, String> code) {
    List<String> all = new ArrayList<>();
    for (E constant : vocabulary.getEnumConstants()) {
      all.add(code.apply(constant));
    }
    return String.join(", ", all);
  }
}
