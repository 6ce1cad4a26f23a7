package org.pana.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chinese names in Wade–Giles, the romanisation of older documents and of Taiwan (Mao Tse-tung, Hsi
 * Chin-p'ing), read as pinyin (Mao Zedong, Xi Jinping) so that both meet. Only names that show
 * Wade–Giles by a mark of their own (hs, ts, tz, ss initials; an aspiration apostrophe; the finals
 * -ih, -ieh, -ung after a consonant that pinyin does not spell so) are read this way, so a Kazakh
 * "Jan" stays Jan. Syllables are converted by the standard correspondences (ts→z, ts'→c, ch→zh or j
 * before i and ü, ch'→ch or q, hs→x, k→g, p→b, t→d, j→r, -ih→-i, -ieh→-ie, -ien→-ian, -ung→-ong,
 * ko/ho→ge/he, tzu/ssu→zi/si); without apostrophes the unaspirated reading is taken.
 */
final class WadeGiles {

  private static final String[] INITIALS = {
    "ch'", "ts'", "tz'", "k'", "p'", "t'", "hs", "ch", "ts", "tz", "ss", "sz", "sh", "j", "k", "p",
    "t", "m", "f", "n", "l", "h", "s", "w", "y", ""
  };

  private WadeGiles() {}

  /** The name's parts read as pinyin when the name shows Wade–Giles, else the parts as they are. */
  static List<String> asPinyin(List<String> parts) {
    boolean marked = false;
    for (String part : parts) {
      marked |= marked(part.toLowerCase(Locale.ROOT));
    }
    if (!marked) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      String lower = part.toLowerCase(Locale.ROOT);
      String pinyin = HanReading.isSyllable(lower) ? null : syllable(lower);
      out.add(pinyin == null ? part : pinyin);
    }
    return out;
  }

  private static boolean marked(String part) {
    if (part.indexOf('\'') > 0 || part.indexOf('’') > 0) {
      return true;
    }
    if (HanReading.isSyllable(part) || syllable(part) == null) {
      return false;
    }
    return part.startsWith("hs")
        || part.startsWith("ts")
        || part.startsWith("tz")
        || part.startsWith("ss")
        || part.startsWith("sz")
        || part.endsWith("ih")
        || part.endsWith("ieh");
  }

  /** One Wade–Giles syllable as pinyin, or null when it is not one. */
  static String syllable(String written) {
    String part = written.replace('’', '\'').replace("ü", "u");
    for (String initial : INITIALS) {
      if (!part.startsWith(initial)) {
        continue;
      }
      String last = part.substring(initial.length());
      if (last.isEmpty() || last.indexOf('\'') >= 0) {
        continue;
      }
      String pinyin = initial(initial, last) + last(initial, last);
      if (HanReading.isSyllable(pinyin)) {
        return pinyin;
      }
    }
    return null;
  }

  private static String initial(String initial, String last) {
    boolean front = last.startsWith("i") || last.startsWith("ue");
    return switch (initial) {
      case "ch'" -> front ? "q" : "ch";
      case "ch" -> front ? "j" : "zh";
      case "ts'", "tz'" -> "c";
      case "ts", "tz" -> "z";
      case "ss", "sz" -> "s";
      case "hs" -> "x";
      case "k'" -> "k";
      case "k" -> "g";
      case "p'" -> "p";
      case "p" -> "b";
      case "t'" -> "t";
      case "t" -> "d";
      case "j" -> "r";
      default -> initial;
    };
  }

  private static String last(String initial, String last) {
    if (last.equals("ih")) {
      return "i";
    }
    if (last.equals("u")
        && (initial.startsWith("tz") || initial.startsWith("ss") || initial.startsWith("sz"))) {
      return "i";
    }
    if (last.equals("o") && (initial.startsWith("k") || initial.equals("h"))) {
      return "e";
    }
    return last.replace("ieh", "ie")
        .replace("ueh", "ue")
        .replace("ien", "ian")
        .replace("iung", "iong")
        .replace("ung", "ong");
  }
}
