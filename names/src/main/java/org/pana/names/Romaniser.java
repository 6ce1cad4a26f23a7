package org.pana.names;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one cleaned name part in Latin letters, by rules made for the Turkic names Pana meets
 * rather than ICU's stock transforms (which map Ж to z, leave Uyghur ۇ as it is and know no Kazakh
 * Arabic script). The output is a plain reading ("nurlan", "serikuly", "tursun"); {@link Canonical}
 * then makes the spelling conventions meet.
 *
 * <ul>
 *   <li>Cyrillic: one table for Kazakh, Russian, Kyrgyz, Ukrainian, Serbian and Mongolian letters
 *       (the letters those alphabets add do not collide).
 *   <li>Arabic script: Kazakh tote jazu (with the high hamza U+0674 and the precomposed U+0675 to
 *       U+0678), Uyghur UEY, and Arabic or Persian. Uyghur and Kazakh write every vowel; Arabic and
 *       Persian do not, so their parts are marked consonantal and compared by skeleton.
 *   <li>Han: {@link HanReading} (a sourced lexicon, then syllables).
 *   <li>Other scripts (Greek, Armenian, Georgian, kana, Hangul …): ICU's Any-Latin, as a fallback.
 * </ul>
 */
final class Romaniser {

  private static final Map<Integer, String> CYRILLIC = new HashMap<>();
  private static final Map<Integer, String> ARABIC = new HashMap<>();

  static {
    String[] cyrillic = {
      "а",
      "a",
      "б",
      "b",
      "в",
      "v",
      "г",
      "g",
      "д",
      "d",
      "е",
      "e",
      "ё",
      "yo",
      "ж",
      "zh",
      "з",
      "z",
      "и",
      "i",
      "й",
      "y",
      "к",
      "k",
      "л",
      "l",
      "м",
      "m",
      "н",
      "n",
      "о",
      "o",
      "п",
      "p",
      "р",
      "r",
      "с",
      "s",
      "т",
      "t",
      "у",
      "u",
      "ф",
      "f",
      "х",
      "kh",
      "ц",
      "ts",
      "ч",
      "ch",
      "ш",
      "sh",
      "щ",
      "shch",
      "ъ",
      "",
      "ы",
      "y",
      "ь",
      "",
      "э",
      "e",
      "ю",
      "yu",
      "я",
      "ya",
      // Kazakh (and Kyrgyz, Mongolian) additions
      "ә",
      "ä",
      "ғ",
      "gh",
      "қ",
      "q",
      "ң",
      "ng",
      "ө",
      "ö",
      "ұ",
      "ū",
      "ү",
      "ü",
      "һ",
      "h",
      "і",
      "i",
      // Ukrainian, Belarusian, Serbian, Macedonian
      "є",
      "ye",
      "ї",
      "yi",
      "ґ",
      "g",
      "ў",
      "u",
      "ђ",
      "dj",
      "ј",
      "y",
      "љ",
      "lj",
      "њ",
      "nj",
      "ћ",
      "ch",
      "џ",
      "dzh",
      "ѓ",
      "gj",
      "ќ",
      "kj",
      "ѕ",
      "dz",
      // Uyghur Cyrillic (UKY), Tajik, Uzbek
      "җ",
      "j",
      "ҳ",
      "h",
      "ӯ",
      "u",
      "ӣ",
      "i",
      "ҷ",
      "j",
    };
    for (int i = 0; i < cyrillic.length; i += 2) {
      CYRILLIC.put(cyrillic[i].codePointAt(0), cyrillic[i + 1]);
    }
    String[] arabic = {
      "ا",
      "a",
      "أ",
      "a",
      "إ",
      "i",
      "آ",
      "a",
      "ٱ",
      "a",
      "ٵ",
      "ä",
      "ە",
      "e",
      "ب",
      "b",
      "پ",
      "p",
      "ت",
      "t",
      "ث",
      "s",
      "ج",
      "dj", // never the y that Canonical reads in a j after a vowel: حاجب is hajb, not haib
      "چ",
      "ch",
      "ح",
      "h",
      "خ",
      "kh",
      "د",
      "d",
      "ذ",
      "z",
      "ر",
      "r",
      "ز",
      "z",
      "ژ",
      "zh",
      "س",
      "s",
      "ش",
      "sh",
      "ص",
      "s",
      "ض",
      "z",
      "ط",
      "t",
      "ظ",
      "z",
      "ع",
      "",
      "غ",
      "gh",
      "ف",
      "f",
      "ق",
      "q",
      "ك",
      "k",
      "ک",
      "k",
      "گ",
      "g",
      "ڭ",
      "ng",
      "ل",
      "l",
      "م",
      "m",
      "ن",
      "n",
      "ھ",
      "h",
      "ه",
      "h",
      "ة",
      "a",
      "و",
      "o",
      "ۇ",
      "u",
      "ۆ",
      "ö",
      "ۈ",
      "ü",
      "ۋ",
      "w",
      "ې",
      "e",
      "ى",
      "i",
      "ي",
      "y",
      "ی",
      "y",
      "ئ",
      "",
      "ؤ",
      "u",
      "ء",
      "",
      "ٴ",
      "",
      "ٶ",
      "ö",
      "ٷ",
      "ü",
      "ٸ",
      "i",
      "ۉ",
      "ü",
      "ں",
      "n",
      "ے",
      "e",
      // short vowel marks, when written
      "\u064E",
      "a",
      "\u0650",
      "i",
      "\u064F",
      "u",
      "\u064B",
      "an",
      "\u064D",
      "in",
      "\u064C",
      "un",
      "\u0651",
      "",
      "\u0652",
      "",
    };
    for (int i = 0; i < arabic.length; i += 2) {
      ARABIC.put(arabic[i].codePointAt(0), arabic[i + 1]);
    }
  }

  /** The letters only Turkic Arabic-script alphabets use for vowels and sounds Arabic lacks. */
  private static final String TURKIC_ARABIC = "ەۇۆۈېڭۋٴٵٶٷٸۉ";

  /** Letters that say a part is Kazakh rather than Uyghur (for ۆ: Kazakh в, Uyghur ö). */
  private static final String KAZAKH_ARABIC = "ٴٵٶٷٸ";

  private static final ThreadLocal<Transliterator> ANY_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Romaniser() {}

  /** A part in Latin letters, with whether its vowels are written (false for Arabic, Persian). */
  record Reading(String latin, boolean vowelled) {}

  static Reading read(String part, NameScript script) {
    return read(part, script, false);
  }

  /**
   * @param turkicArabic read an Arabic-script part as Kazakh or Uyghur even when its own letters do
   *     not say so (another part of the name did)
   */
  static Reading read(String part, NameScript script, boolean turkicArabic) {
    return switch (script) {
      case LATIN -> new Reading(part, true);
      case CYRILLIC -> new Reading(cyrillic(part), true);
      case ARABIC -> arabic(part, turkicArabic);
      case HAN -> new Reading(HanReading.ofHanzi(part), true);
      case HANGUL, OTHER -> new Reading(other(part), true);
    };
  }

  private static Reading arabic(String part, boolean turkicName) {
    boolean turkic = turkicName;
    boolean kazakh = false;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (TURKIC_ARABIC.indexOf(c) >= 0 || (c == 'ى' && i < part.length() - 1)) {
        turkic = true;
      }
      if (KAZAKH_ARABIC.indexOf(c) >= 0) {
        kazakh = true;
      }
    }
    if (!turkic) {
      // Arabic or Persian: و and ي are long vowels or consonants; short vowels are not written.
      String latin = map(part, ARABIC).replace('o', 'u');
      return new Reading(latin, false);
    }
    // Kazakh tote jazu writes ғ with ع (Uyghur uses غ): موڭعۇلكۇرە, Moñğulküre
    String latin = map(part.replace('ع', 'غ'), ARABIC);
    if (kazakh) {
      // In Kazakh tote jazu ۆ is в; ۋ is у, which reads as u after a vowel.
      latin = latin.replace("ö", "v");
    }
    return new Reading(latin, true);
  }

  /** Cyrillic, with е as ye at the start of a word and after a vowel (Назарбаев, Nazarbayev). */
  private static String cyrillic(String part) {
    StringBuilder out = new StringBuilder(part.length() + 4);
    boolean afterVowel = true;
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      i += Character.charCount(c);
      String mapped = c == 'е' && afterVowel ? "ye" : CYRILLIC.get(c);
      if (mapped != null) {
        out.append(mapped);
        afterVowel =
            !mapped.isEmpty() && "aeiouyäöüū".indexOf(mapped.charAt(mapped.length() - 1)) >= 0;
      } else if (Character.isLetter(c)) {
        out.appendCodePoint(c);
        afterVowel = false;
      }
    }
    return out.toString();
  }

  private static String other(String part) {
    return ANY_LATIN.get().transliterate(part).toLowerCase(java.util.Locale.ROOT);
  }

  private static String map(String part, Map<Integer, String> table) {
    StringBuilder out = new StringBuilder(part.length() + 4);
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      i += Character.charCount(c);
      String mapped = table.get(c);
      if (mapped != null) {
        out.append(mapped);
      } else if (Character.isLetter(c) || c == '\'') {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
