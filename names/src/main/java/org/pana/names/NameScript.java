package org.pana.names;

import com.ibm.icu.lang.UScript;

/** The script a name part is written in, as ISO 15924 codes. */
public enum NameScript {
  LATIN("Latn"),
  CYRILLIC("Cyrl"),
  ARABIC("Arab"),
  HAN("Hani"),
  HANGUL("Hang"),
  OTHER("Zyyy");

  private final String code;

  NameScript(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The script most of the part's letters are in (marks and punctuation do not count). */
  public static NameScript of(String part) {
    int[] counts = new int[values().length];
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      counts[fromIcu(UScript.getScript(c)).ordinal()]++;
    }
    NameScript best = OTHER;
    int most = 0;
    for (NameScript script : values()) {
      if (counts[script.ordinal()] > most) {
        most = counts[script.ordinal()];
        best = script;
      }
    }
    return best;
  }

  private static NameScript fromIcu(int script) {
    return switch (script) {
      case UScript.LATIN -> LATIN;
      case UScript.CYRILLIC -> CYRILLIC;
      case UScript.ARABIC -> ARABIC;
      case UScript.HAN -> HAN;
      case UScript.HANGUL -> HANGUL;
      default -> OTHER;
    };
  }
}
