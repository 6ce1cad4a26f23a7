package org.pana.app.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic-script letters for the PDF, including the Uyghur and Kazakh letters (ۇ ۆ ۈ ې ى ھ)
 * that ICU's own Arabic shaping leaves unjoined. Each letter takes its isolated, final, initial or
 * medial presentation form from its neighbours' Unicode joining types; the table of forms is read
 * from the compatibility decompositions of the presentation-form blocks, so it covers every letter
 * that has forms. Reordering right-to-left runs is left to ICU.
 *
 * <p>One limit: ە (U+06D5) has no final presentation form in Unicode and stays in its isolated form
 * at the end of a word; the text extracted from the PDF is still exact.
 */
final class ArabicShaping implements BidiReorderer {

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;
  private static final Map<Integer, int[]> FORMS = new HashMap<>();
  private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

  static {
    Normalizer2 decompose = Normalizer2.getNFKDInstance();
    for (int c = 0xFB50; c <= 0xFEFF; c++) {
      if (c > 0xFDFF && c < 0xFE70) {
        continue;
      }
      String letters = decompose.getRawDecomposition(c);
      if (letters == null) {
        continue;
      }
      int form = form(UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE));
      if (form < 0) {
        continue;
      }
      if (letters.codePointCount(0, letters.length()) == 1) {
        FORMS.computeIfAbsent(letters.codePointAt(0), k -> new int[4])[form] = c;
      } else if (letters.length() == 2
          && letters.charAt(0) == 'ل'
          && "آأإا".indexOf(letters.charAt(1)) >= 0
          && (form == ISOLATED || form == FINAL)) {
        LAM_ALEF.computeIfAbsent((int) letters.charAt(1), k -> new int[2])[form] = c;
      }
    }
  }

  private final ICUBidiReorderer icu = new ICUBidiReorderer();

  private static int form(int decompositionType) {
    return switch (decompositionType) {
      case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
      case UCharacter.DecompositionType.FINAL -> FINAL;
      case UCharacter.DecompositionType.INITIAL -> INITIAL;
      case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
      default -> -1;
    };
  }

  @Override
  public String reorderRTLTextToLTR(String text) {
    return icu.reorderRTLTextToLTR(text);
  }

  @Override
  public String deshapeText(String text) {
    return icu.deshapeText(text);
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }

  @Override
  public String shapeText(String text) {
    int[] letters = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < letters.length; i++) {
      int c = letters[i];
      int before = i - 1;
      while (before >= 0 && transparent(letters[before])) {
        before--;
      }
      int after = i + 1;
      while (after < letters.length && transparent(letters[after])) {
        after++;
      }
      boolean joinedBefore = joinsBefore(c) && before >= 0 && joinsAfter(letters[before]);
      if (c == 'ل' && after < letters.length && LAM_ALEF.containsKey(letters[after])) {
        out.appendCodePoint(LAM_ALEF.get(letters[after])[joinedBefore ? FINAL : ISOLATED]);
        for (int k = i + 1; k < after; k++) {
          out.appendCodePoint(letters[k]);
        }
        i = after;
        continue;
      }
      int[] forms = FORMS.get(c);
      if (forms == null) {
        out.appendCodePoint(c);
        continue;
      }
      boolean joinedAfter = joinsAfter(c) && after < letters.length && joinsBefore(letters[after]);
      int wanted =
          joinedBefore && joinedAfter
              ? MEDIAL
              : joinedBefore ? FINAL : joinedAfter ? INITIAL : ISOLATED;
      int glyph = forms[wanted];
      if (glyph == 0 && wanted == MEDIAL) {
        glyph = forms[FINAL];
      }
      if (glyph == 0 && wanted == INITIAL) {
        glyph = forms[ISOLATED];
      }
      out.appendCodePoint(glyph != 0 ? glyph : c);
    }
    return out.toString();
  }

  private static int joining(int c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
  }

  /** Whether a letter joins the letter that precedes it (in reading order). */
  private static boolean joinsBefore(int c) {
    int type = joining(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.RIGHT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  /** Whether a letter joins the letter that follows it. */
  private static boolean joinsAfter(int c) {
    int type = joining(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.LEFT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static boolean transparent(int c) {
    return joining(c) == UCharacter.JoiningType.TRANSPARENT;
  }
}
