package org.pana.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads names: cleans them, divides them into parts, tells each part's script and role, and writes
 * it in canonical Latin. Each distinct part spelling is read once and remembered (names repeat: a
 * few thousand spellings cover most of a million people).
 */
public final class Names {

  private static final int MEMORY = 500_000;
  private static final Map<String, NamePart> PARTS = new ConcurrentHashMap<>();
  private static final Map<String, ParsedName> NAMES = new ConcurrentHashMap<>();

  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "profesor",
          "professor",
          "president",
          "prezident",
          "prasident",
          "monsieur",
          "madame",
          "mme",
          "sir",
          "lord",
          "shaikh",
          "sheikh",
          "sheik",
          "shaih",
          "mula",
          "mulah",
          "sa",
          "lc",
          "llc",
          "ltd",
          "inc",
          "gmbh",
          "jr",
          "sr",
          "hon",
          "imam",
          "ustaz");

  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "ur", "bin", "ibn", "ibnu", "ben", "bint", "binti", "de", "da", "di",
          "do", "dos", "das", "del", "van", "von", "der", "den", "la", "le", "du", "y", "i");

  /** How the Arabic element "servant of" is written. */
  private static final Set<String> ABD =
      Set.of("abd", "abdu", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdil");

  /** Chinese kinship terms of address after a name: uncle, grandpa, aunt, elder sister, brother. */
  private static final List<String> KIN_TERMS =
      List.of("大叔", "大爷", "大娘", "大妈", "阿姨", "大姐", "大哥", "老人");

  /** Particles after which the father's name follows. */
  private static final Set<String> FATHER = Set.of("bin", "ibn", "ibnu", "ben", "bint", "binti");

  /**
   * Patronymic endings in canonical form, longest first: -ovich is "ovic" (ch is c), ұлы uly is
   * "uli", қызы qyzy is "kizi".
   */
  private static final String[] PATRONYMIC =
      new String[] {
        "ovic", "evic", "ievic", "ovna", "evna", "ievna", "icna", "uli", "ulu", "kizi", "ogli",
        "oglu", "gizi"
      };

  /** Surname endings, canonical and longest first. */
  private static final String[] SURNAME =
      new String[] {"ieva", "iev", "ova", "eva", "ov", "ev", "ina", "in"};

  private Names() {}

  /** Reads a name as typed or copied from a document (memoised). */
  public static ParsedName parse(String raw) {
    if (raw == null) {
      return readName("");
    }
    ParsedName known = NAMES.get(raw);
    if (known != null) {
      return known;
    }
    ParsedName read = readName(raw);
    if (NAMES.size() >= MEMORY) {
      NAMES.clear();
    }
    NAMES.put(raw, read);
    return read;
  }

  private static ParsedName readName(String raw) {
    String cleaned = NameText.clean(raw);
    List<NamePart> parts = new ArrayList<>();
    boolean fatherNext = false;
    boolean skipArticle = false;
    List<String> written = WadeGiles.asPinyin(NameText.parts(cleaned));
    // one Arabic-script part written the Kazakh or Uyghur way makes the whole name so: "ناعيما"
    // has no letter of its own to tell, but "ولجاسقىزى" beside it does
    boolean turkicArabic = false;
    for (String each : written) {
      NamePart part = part(each);
      turkicArabic |= part.script() == NameScript.ARABIC && part.vowelled();
    }
    // Chinese documents write given name · father's name: after the dot comes the father
    int fatherFrom = Integer.MAX_VALUE;
    int dot = cleaned.indexOf(NameText.MIDDLE_DOT);
    if (dot > 0 && NameScript.of(cleaned.substring(0, dot)) == NameScript.HAN) {
      fatherFrom = NameText.parts(cleaned.substring(0, dot)).size();
    }
    for (int index = 0; index < written.size(); index++) {
      NamePart part = part(withoutKinTerm(written.get(index)));
      if (turkicArabic && part.script() == NameScript.ARABIC && !part.vowelled()) {
        part = turkicArabic(written.get(index));
      }
      if (index >= fatherFrom && part.role() == PartRole.GIVEN) {
        part = asRole(part, PartRole.PATRONYMIC);
      }
      if (part.form().isEmpty()) {
        continue;
      }
      if (isInitials(part)) {
        for (char letter : part.form().toCharArray()) {
          parts.add(part(String.valueOf(letter)));
        }
        continue;
      }
      if (ABD.contains(part.form()) || part.written().equals("\u0639\u0628\u062f")) {
        // Arabic 'Abd al-, Abdul, Abdel, Abdol: one element however it is written; Arabic writes
        // Abdullah apart (عبد الله), Turkic spellings as one word
        String next = index + 1 < written.size() ? part(written.get(index + 1)).form() : "";
        if (next.equals("ala") || next.equals("alah") || next.equals("alh") || next.equals("ula")) {
          parts.add(part("abdullah"));
          index++;
          continue;
        }
        part = part("abdul");
        skipArticle = true;
        parts.add(part);
        continue;
      }
      if (skipArticle && part.role() == PartRole.PARTICLE) {
        skipArticle = false;
        continue;
      }
      skipArticle = false;
      if (fatherNext && part.role() == PartRole.GIVEN) {
        // Arabic bin, ibn, ben: the next part is the father's name
        part = asRole(part, PartRole.PATRONYMIC);
      }
      fatherNext = part.role() == PartRole.PARTICLE && FATHER.contains(part.form());
      // "Серік ұлы" written apart: the ending makes the part before it a patronymic
      NamePart previous = parts.isEmpty() ? null : parts.getLast();
      if (previous != null
          && (part.form().equals("uli") || part.form().equals("ulu") || part.form().equals("kizi"))
          && previous.role() != PartRole.TITLE) {
        parts.set(parts.size() - 1, part(previous.written() + part.written()));
        continue;
      }
      parts.add(part);
    }
    if (fatherNext && !parts.isEmpty() && parts.getFirst().role() == PartRole.GIVEN) {
      // "Salman, Mohammed bin": lists and indexes invert an Arabic name to sort by the father's
      // name, so a name that ends in bin begins with the father
      parts.set(0, asRole(parts.getFirst(), PartRole.PATRONYMIC));
    }
    return new ParsedName(cleaned, List.copyOf(parts));
  }

  /**
   * A Hanzi part without the kinship term Chinese adds to address an elder (库尔班大叔, "Uncle Qurban"):
   * it is a title, not part of the name.
   */
  private static String withoutKinTerm(String written) {
    for (String term : KIN_TERMS) {
      if (written.length() >= term.length() + 2
          && written.endsWith(term)
          && NameScript.of(written) == NameScript.HAN) {
        return written.substring(0, written.length() - term.length());
      }
    }
    return written;
  }

  /** Two or three Latin consonants standing alone: initials run together ("JC", "NN"). */
  private static boolean isInitials(NamePart part) {
    String form = part.form();
    return part.script() == NameScript.LATIN
        && part.role() == PartRole.GIVEN
        && form.length() >= 2
        && form.length() <= 3
        && part.written().length() == form.length()
        && form.chars().noneMatch(c -> "aeiou".indexOf(c) >= 0);
  }

  private static NamePart asRole(NamePart part, PartRole role) {
    return new NamePart(
        part.written(),
        part.script(),
        part.form(),
        part.root(),
        part.skeleton(),
        role,
        part.vowelled(),
        part.pinyin());
  }

  /** Reads one part (memoised). */
  public static NamePart part(String written) {
    return remembered(written, written, false);
  }

  /** Reads an Arabic-script part as Kazakh or Uyghur whatever its letters (memoised). */
  private static NamePart turkicArabic(String written) {
    return remembered("\u0001" + written, written, true);
  }

  private static NamePart remembered(String key, String written, boolean turkicArabic) {
    NamePart known = PARTS.get(key);
    if (known != null) {
      return known;
    }
    NamePart read = read(written, turkicArabic);
    if (PARTS.size() >= MEMORY) {
      PARTS.clear();
    }
    PARTS.put(key, read);
    return read;
  }

  private static NamePart read(String written, boolean turkicArabic) {
    NameScript script = NameScript.of(written);
    Romaniser.Reading reading = Romaniser.read(written, script, turkicArabic);
    String form =
        switch (script) {
          case LATIN, CYRILLIC ->
              Canonical.form(RussianRoute.latin(reading.latin().toLowerCase(Locale.ROOT)));
          case ARABIC -> RussianRoute.arabic(written, Canonical.form(reading.latin()));
          default -> Canonical.form(reading.latin());
        };
    boolean vowelled = reading.vowelled() && script != NameScript.HAN;
    String pinyin = null;
    if (script == NameScript.LATIN) {
      String fromPinyin = HanReading.ofPinyin(HanReading.toneless(written));
      if (fromPinyin != null) {
        pinyin = Canonical.form(fromPinyin);
      }
    }
    PartRole role;
    String root = form;
    if (TITLES.contains(form)) {
      role = PartRole.TITLE;
    } else if (PARTICLES.contains(form)
        && form.length() <= 5
        && (script != NameScript.LATIN || PARTICLES.contains(written.toLowerCase(Locale.ROOT)))) {
      role = PartRole.PARTICLE;
    } else if (form.length() == 1 && script == NameScript.LATIN) {
      role = PartRole.INITIAL;
    } else {
      String patronymic = ending(form, PATRONYMIC);
      String surname = patronymic == null ? ending(form, SURNAME) : null;
      if (patronymic != null) {
        role = PartRole.PATRONYMIC;
        root = form.substring(0, form.length() - patronymic.length());
      } else if (surname != null) {
        role = PartRole.SURNAME;
        root = form.substring(0, form.length() - surname.length());
      } else {
        role = PartRole.GIVEN;
      }
    }
    return new NamePart(
        written, script, form, root, Canonical.skeleton(root), role, vowelled, pinyin);
  }

  /** The ending of a form among the given ones, when what is left is a root of 3+ letters. */
  private static String ending(String form, String[] endings) {
    for (String ending : endings) {
      if (form.endsWith(ending) && form.length() - ending.length() >= 3) {
        return ending;
      }
    }
    return null;
  }
}
