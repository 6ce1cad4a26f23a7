package org.pana.names;

import java.util.regex.Pattern;

/**
 * Russian surnames and patronymics as other alphabets spell them, brought to the spelling Pana's
 * Cyrillic reading gives. Kazakhstan's and Kyrgyzstan's officials reach the press through German
 * (Duden: в is w, ч is tsch, -ович is -owitsch, -ов is -ow), French and older English (-ов is -off,
 * -ев is -eff) and through Arabic script, where Uyghur and Kazakh writers spell -ов with waw and
 * feh (-وف) or waw and ve (-وۋ), and -ев with ې and ۋ (-ېۋ); Uyghur writers spell -ов -оф and -of
 * in Cyrillic and Latin too. Only endings are read this way, and the German ч: a w or an f inside a
 * Turkic name keeps its sound.
 */
final class RussianRoute {

  private static final Pattern GERMAN_PATRONYMIC = Pattern.compile("(?<=[oe])[wv]its?ch$");
  private static final Pattern GERMAN_FEMALE_PATRONYMIC = Pattern.compile("(?<=[oe])wna$");
  private static final Pattern GERMAN_SURNAME = Pattern.compile("(?<=[oe])w(a?)$");
  private static final Pattern FRENCH_SURNAME = Pattern.compile("(?<=[oe])ff$");
  private static final Pattern PLAIN_SURNAME = Pattern.compile("(?<=[^aeiouy][oe])f$");
  private static final Pattern GERMAN_YE = Pattern.compile("(?<=[aiou])je(?=[wv])");

  private RussianRoute() {}

  /** A Latin part with German, French or English endings of Russian names read as standard. */
  static String latin(String lowerCase) {
    if (lowerCase.length() < 5) {
      return lowerCase;
    }
    String s = GERMAN_YE.matcher(lowerCase).replaceFirst("ye");
    s = GERMAN_PATRONYMIC.matcher(s).replaceFirst("vich").replace("tsch", "ch");
    s = GERMAN_FEMALE_PATRONYMIC.matcher(s).replaceFirst("vna");
    s = GERMAN_SURNAME.matcher(s).replaceFirst("v$1");
    s = FRENCH_SURNAME.matcher(s).replaceFirst("v");
    // -оф is how Uyghur writers spell -ов in Cyrillic and Latin (Абасоф, Abbasof); Yusof and
    // Asaf are too short to be read so
    return softened(s.length() >= 6 ? PLAIN_SURNAME.matcher(s).replaceFirst("v") : s);
  }

  /**
   * The canonical form of an Arabic-script part whose written ending is a Russian one: -وف read
   * "uf" or "of" is -ov, -ېۋ read "eu" is -ev.
   */
  static String arabic(String written, String form) {
    if (form.length() < 5) {
      return form;
    }
    return softened(arabicEnding(written, form));
  }

  private static String arabicEnding(String written, String form) {
    if ((written.endsWith("\u0648\u0641") || written.endsWith("\u06c7\u0641"))
        && (form.endsWith("uf") || form.endsWith("of"))) {
      // -وف, and -ۇف as Uyghur writers also spell it (سۇگۇربايۇف for Сугурбаев)
      return form.substring(0, form.length() - 2) + "ov";
    }
    if (written.endsWith("\u0648\u06cb") && form.endsWith("ou")) {
      return form.substring(0, form.length() - 2) + "ov";
    }
    if (written.endsWith("\u06d0\u06cb") && form.endsWith("eu")) {
      return form.substring(0, form.length() - 2) + "ev";
    }
    if (written.endsWith("\u06d5\u06c6")) {
      // Kazakh's Arabic script writes в with ۆ, which Uyghur reads ö: -ەۆ ending a name is -ев
      // (سۇگىرباەۆ, Сугирбаев); after a, Pana's reading has already merged the e into it
      if (form.endsWith("eo")) {
        return form.substring(0, form.length() - 2) + "ev";
      }
      if (form.endsWith("ao")) {
        return form.substring(0, form.length() - 1) + "ev";
      }
    }
    return form;
  }

  /**
   * -ов after i or y is the -ев (-ёв) of a soft ending, however a writer heard it: Соловьёв is
   * Solovyov and Solovyev, Илиев is ئىليوف as well as ئېلىيېۋ.
   */
  private static String softened(String form) {
    return (form.endsWith("iov") || form.endsWith("yov")) && form.length() >= 5
        ? form.substring(0, form.length() - 2) + "ev"
        : form;
  }
}
