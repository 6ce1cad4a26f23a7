package org.pana.core.problem;

/**
 * The characters of typed text that a reader cannot see, and the broken ones. A name made only of
 * zero-width spaces looks empty on every page yet is a different name from every other; half of a
 * surrogate pair is not a character at all and turns into garbage wherever it is written out.
 */
public final class Invisibles {

  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /** What a decoder puts where it met bytes it could not read. */
  public static final int REPLACEMENT_CHARACTER = 0xFFFD;

  private Invisibles() {}

  /**
   * True for a code point that shows nothing on its own: spaces of every width, control and format
   * characters (zero-width spaces and joiners, bidirectional marks, the byte order mark), combining
   * marks without a base, and the blank fillers of Hangul and Braille.
   */
  public static boolean isInvisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK ->
          true;
      default -> isFiller(codePoint);
    };
  }

  /** True when the text has no character a reader could see. */
  public static boolean onlyInvisible(String text) {
    return text.codePoints().allMatch(Invisibles::isInvisible);
  }

  /** True when the text holds half of a UTF-16 surrogate pair without its other half. */
  public static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a proper pair
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text holds a format character other than the zero-width (non-)joiner, which
   * Arabic-script and Indic writing need: zero-width spaces, word joiners, soft hyphens, byte order
   * marks, bidirectional marks. In a name they make two names that look the same differ.
   */
  public static boolean hasHiddenFormatting(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                (Character.getType(c) == Character.FORMAT
                        && c != ZERO_WIDTH_NON_JOINER
                        && c != ZERO_WIDTH_JOINER)
                    || isFiller(c));
  }

  /** Letters and symbols that are drawn as nothing: Hangul fillers, the blank Braille pattern. */
  private static boolean isFiller(int c) {
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
  }
}
