package org.pana.core.person;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Tells which writing system a name is in, as an ISO 15924 code. */
public final class Scripts {

  private static final Pattern ISO_15924 = Pattern.compile("[A-Z][a-z]{3}");

  private Scripts() {}

  /**
   * The script most of the letters are in: {@code Latn}, {@code Cyrl}, {@code Arab}, {@code Hani},
   * or another ISO 15924 code; {@code Zyyy} (common) when there are no letters.
   */
  public static String detect(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> iso15924(e.getKey()))
        .orElse("Zyyy");
  }

  /** True for a well-formed ISO 15924 code such as {@code Cyrl}. */
  public static boolean isCode(String code) {
    return code != null && ISO_15924.matcher(code).matches();
  }

  private static String iso15924(UnicodeScript script) {
    return switch (script) {
      case LATIN -> "Latn";
      case CYRILLIC -> "Cyrl";
      case ARABIC -> "Arab";
      case HAN -> "Hani";
      case MONGOLIAN -> "Mong";
      case TIBETAN -> "Tibt";
      case GREEK -> "Grek";
      case HANGUL -> "Hang";
      case HIRAGANA -> "Hira";
      case KATAKANA -> "Kana";
      default -> "Zyyy";
    };
  }
}
