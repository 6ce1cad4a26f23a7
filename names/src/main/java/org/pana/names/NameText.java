package org.pana.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cleans a name as typed or copied from a document, so that differences that carry no meaning do
 * not stand between two spellings: Unicode compatibility forms (Arabic presentation forms,
 * full-width letters), the half-dozen middle dots of Chinese documents, dashes, apostrophes,
 * spacing and case.
 */
public final class NameText {

  /** The one separator kept between a Chinese given name and father's name. */
  public static final char MIDDLE_DOT = '·';

  /**
   * Traditional characters as simplified ones (ICU's Traditional-Simplified, built on Unicode's
   * Unihan variant data): Taiwan, Hong Kong and older mainland documents write 馬鴻逵 and 庫爾班 for 马鸿逵
   * and 库尔班, and variant forms such as 裡 and 裏 for 里. Transliterators are not thread-safe, hence
   * one per thread.
   */
  private static final ThreadLocal<Transliterator> SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private NameText() {}

  /**
   * The cleaned form: NFKC, every dot-like separator as {@value #MIDDLE_DOT}, every dash as {@code
   * -}, every apostrophe-like mark as {@code '}, single spaces, lower case (a Turkish capital İ
   * becomes i; a dotless ı stays, for the transliteration to decide), Chinese characters in their
   * simplified form.
   */
  /**
   * Words run together with their capitals kept ("РозаИсаковнаОтунбаева", copied from a page that
   * lost its spaces) apart again: a capital after three lower-case letters, followed by three more,
   * starts a new part. "McDonald" and "DeLa" keep their short prefixes.
   */
  static String apartAtCapitals(String text) {
    StringBuilder out = null;
    int lowerRun = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isUpperCase(c) && lowerRun >= 3 && lowerAfter(text, i + width) >= 3) {
        if (out == null) {
          out = new StringBuilder(text.length() + 4).append(text, 0, i);
        }
        out.append(' ');
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static int lowerAfter(String text, int from) {
    int count = 0;
    for (int i = from; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Character.isLowerCase(c)) {
        break;
      }
      count++;
      i += Character.charCount(c);
    }
    return count;
  }

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int mapped = map(c);
      if (mapped == ' ') {
        space = out.length() > 0;
        continue;
      }
      if (mapped < 0) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(mapped);
    }
    String cleaned = apartAtCapitals(out.toString()).replace("İ", "i");
    // Around a middle dot no space is meaningful: "買買提 · 吐爾遜" is "買買提·吐爾遜".
    cleaned = cleaned.replace(" " + MIDDLE_DOT, String.valueOf(MIDDLE_DOT));
    cleaned = cleaned.replace(MIDDLE_DOT + " ", String.valueOf(MIDDLE_DOT));
    return simplified(cleaned).toLowerCase(Locale.ROOT);
  }

  /** Text with its traditional and variant Chinese characters written as simplified ones. */
  private static String simplified(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (UScript.getScript(c) == UScript.HAN) {
        return SIMPLIFIED.get().transliterate(text);
      }
      i += Character.charCount(c);
    }
    return text;
  }

  /** The parts of a cleaned name: split at spaces, middle dots and hyphens. */
  public static List<String> parts(String cleaned) {
    List<String> parts = new ArrayList<>();
    for (String part : cleaned.split("[ ·\\-]+")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** A code point's cleaned form: itself, a separator, or -1 to drop it. */
  private static int map(int c) {
    switch (c) {
      case 0x00B7,
          0x0387,
          0x2022,
          0x2027,
          0x2219,
          0x22C5,
          0x30FB,
          0xFF0E,
          0xFF65,
          '.',
          0x16EB,
          0x2E31 -> {
        return MIDDLE_DOT;
      }
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D -> {
        return '-';
      }
      case 0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02B9, 0x0060, 0x00B4, 0x2032 -> {
        return '\'';
      }
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0640 -> {
        // zero-width characters and the Arabic tatweel (kashida) only stretch or join letters
        return -1;
      }
      default -> {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_' || c == ',') {
          return ' ';
        }
        if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
          return -1;
        }
        return c;
      }
    }
  }
}
