package org.pana.names;

import java.text.Normalizer;

/**
 * Makes the Latin spelling conventions of one name meet: Kazakh Latin 2017 (apostrophes), 2018
 * (acutes) and 2021 (Ä Ğ Ñ Ö Ū Ü Ş), BGN and passport spellings, Uyghur ULY and Yengi Yeziq, and
 * the habits of Russian, German and French romanisation. The result is lower-case ASCII.
 *
 * <p>Two forms come out: {@link #form} keeps vowels and is what spellings are compared on; {@link
 * #skeleton} keeps only consonant classes, and is what a name written without vowels (Arabic) or
 * through Chinese syllables (Hanzi, pinyin) can still be compared on, and what blocking keys are
 * made of.
 */
public final class Canonical {

  private Canonical() {}

  /**
   * The canonical spelling: zh, j, dzh, dj → j; kh, x (initial), h → h; q → k; gh, ğ → g; ş → sh; ç
   * → ch; ñ, ń → ng; y, ı, i → i; w → v; ä/ae → a, ö/oe → o, ü, ū, ú → u; doubled letters once.
   */
  public static String form(String latin) {
    String text = latin.toLowerCase(java.util.Locale.ROOT);
    StringBuilder pre = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (next == '\'') {
        // Kazakh Latin 2017 wrote the extra letters with an apostrophe: a' g' n' o' u' y' i' c' s'.
        String apostrophe =
            switch (c) {
              case 'a' -> "a";
              case 'g' -> "gh";
              case 'n' -> "ng";
              case 'o' -> "o";
              case 'u' -> "u";
              case 'y' -> "u";
              case 'i' -> "i";
              case 'c' -> "ch";
              case 's' -> "sh";
              default -> null;
            };
        if (apostrophe != null) {
          pre.append(apostrophe);
          i++;
          continue;
        }
      }
      switch (c) {
        case 'ş', 'š', 'ș' -> pre.append("sh");
        case 'ç', 'č', 'ć' -> pre.append('c');
        case 'ğ', 'ǵ', 'ġ' -> pre.append("gh");
        case 'ñ', 'ń', 'ŋ' -> pre.append("ng");
        case 'ž', 'ż', 'ź' -> pre.append("zh");
        case 'ı' -> pre.append('i');
        case 'ý' -> pre.append('u'); // Kazakh Latin 2018: Ý is У
        case 'ä', 'æ' -> pre.append('a');
        case 'ə' -> pre.append('e'); // Uyghur Yengi Yeziq ə is UEY ە, ULY e
        case 'ƣ' -> pre.append("gh"); // Yengi Yeziq
        case 'ⱪ' -> pre.append('q');
        case 'ⱨ' -> pre.append('h');
        case 'ʒ' -> pre.append("zh");
        case 'ö', 'ø', 'ɵ' -> pre.append('o');
        case 'ü', 'ū', 'ú', 'ű' -> pre.append('u');
        case 'ß' -> pre.append("ss");
        case 'đ' -> pre.append("dj");
        case 'ł' -> pre.append('l');
        case '\'', '-' -> {}
        default -> pre.append(c);
      }
    }
    String plain = Normalizer.normalize(pre, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return merge(plain);
  }

  private static String merge(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char after = i + 2 < n ? s.charAt(i + 2) : 0;
      if (c < 'a' || c > 'z') {
        if (Character.isLetter(c)) {
          out.append(c);
        } else if (c >= '0' && c <= '9') {
          out.append(digit(c));
        }
        continue;
      }
      switch (c) {
        case 'd' -> {
          if (next == 'z' && after == 'h') {
            out.append('j');
            i += 2;
          } else if (next == 'j') {
            out.append('j');
            i++;
          } else {
            out.append('d');
          }
        }
        case 's' -> {
          out.append('s');
          if (next == 'c' && after == 'h') {
            out.append('h'); // German sch
            i += 2;
          }
        }
        case 'z' -> {
          if (next == 'h') {
            out.append('j');
            i++;
          } else {
            out.append('z');
          }
        }
        case 'k' -> {
          if (next == 'h') {
            out.append('h');
            i++;
          } else {
            out.append('k');
          }
        }
        case 'g' -> {
          if (next == 'h') {
            i++;
          }
          out.append('g');
        }
        case 'q' -> out.append('k');
        case 'x' -> {
          if (out.isEmpty()) {
            out.append('h'); // Uyghur ULY x is kh: Xalmurat
          } else {
            out.append("ks");
          }
        }
        case 'c' -> {
          // c is the sound of ч, č, ç and ch; ck is k
          if (next == 'h' || next == 'k') {
            i++;
          }
          out.append(next == 'k' ? 'k' : 'c');
        }
        case 'p' -> {
          if (next == 'h') {
            out.append('f');
            i++;
          } else {
            out.append('p');
          }
        }
        case 't' -> {
          if (next == 'h') {
            i++;
          }
          out.append('t');
        }
        case 'w' -> {
          // w after a vowel is the u of a diphthong: Dawlet, داۋلەت and Дәулет are one name
          boolean vowelBefore = !out.isEmpty() && vowel(out.charAt(out.length() - 1));
          out.append(vowelBefore ? 'u' : 'v');
        }
        case 'j' -> {
          // j after a vowel and before a consonant or the end is a y: Serej, Sergej
          boolean vowelBefore = !out.isEmpty() && vowel(out.charAt(out.length() - 1));
          boolean vowelAfter = "aeiouy".indexOf(next) >= 0 && next != 0;
          out.append(vowelBefore && !vowelAfter ? 'i' : 'j');
        }
        case 'y' -> out.append('i');
        case 'a', 'o' -> {
          out.append(c);
          if (next == 'e') {
            i++; // German ä, ö written ae, oe
          }
        }
        default -> out.append(c);
      }
    }
    // doubled letters once; a word-initial "ie" (from ye-, Е-) as e
    StringBuilder single = new StringBuilder(out.length());
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (single.isEmpty() || single.charAt(single.length() - 1) != c) {
        single.append(c);
      }
    }
    if (single.length() > 2 && single.charAt(0) == 'i' && single.charAt(1) == 'e') {
      single.deleteCharAt(0);
    }
    // Allah's h at the end of a name is written and left out alike: Abdullah and Abdulla,
    // Lutpullah and لۇتپۇللا
    if (single.length() >= 6 && single.lastIndexOf("lah") == single.length() - 3) {
      single.setLength(single.length() - 1);
    }
    return single.toString();
  }

  /** Digits typed for letters in copied names: 0 o, 1 i, 3 e, 4 a, 5 s, 9 g. */
  private static char digit(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1' -> 'i';
      case '3' -> 'e';
      case '4' -> 'a';
      case '5' -> 's';
      case '9' -> 'g';
      default -> c;
    };
  }

  /** Whether a letter of a canonical form is a vowel (a, e, i, o, u). */
  static boolean vowel(char letter) {
    return "aeiou".indexOf(letter) >= 0;
  }

  /**
   * The consonant skeleton of a canonical form: vowels dropped, consonants folded into classes a
   * Chinese or Arabic rendering keeps apart no better (k g h → K; r l → L; j → J; s sh ch z ts → S;
   * b p f v → B; d t → D; m → M; n ng → N), and repeats once. "nurlan" and 努尔兰 both give NLN.
   */
  public static String skeleton(String form) {
    return skeleton(form, false);
  }

  /**
   * The skeleton two spellings in letters are compared on: as {@link #skeleton(String)}, but r and
   * l stay apart and a consonant repeats only when nothing stands between. Only Chinese and
   * Japanese renderings confuse r and l, and only a script without vowels hides the vowel between
   * two like consonants: Castillo and Castro, Sancho and Sanchez are other names.
   */
  static String spelledSkeleton(String form) {
    return skeleton(form, true);
  }

  private static String skeleton(String form, boolean spelled) {
    StringBuilder out = new StringBuilder(form.length());
    char last = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      char next = i + 1 < form.length() ? form.charAt(i + 1) : 0;
      char cls;
      switch (c) {
        case 'k', 'g', 'h' -> cls = 'K';
        case 'r' -> cls = spelled ? 'R' : 'L';
        case 'l' -> cls = 'L';
        case 'j' -> cls = 'J';
        case 'c' -> cls = 'S'; // ch and sh: Шыңғыс and Чингиз, Bachar and Bashar
        case 's', 'z', 'x' -> {
          cls = 'S';
          if (next == 'h') {
            i++;
          }
        }
        case 'b', 'p', 'f', 'v' -> cls = 'B';
        case 'd', 't' -> {
          cls = 'D';
          if (c == 't' && next == 's') {
            cls = 'S';
            i++;
          }
        }
        case 'm' -> cls = 'M';
        case 'n' -> {
          cls = 'N';
          if (next == 'g') {
            i++;
          }
        }
        default -> {
          cls = 0;
        }
      }
      if (cls != 0 && cls != last) {
        out.append(cls);
      }
      if (cls != 0 || spelled) {
        last = cls;
      }
    }
    return out.toString();
  }
}
