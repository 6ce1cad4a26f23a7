package org.pana.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Blocking keys: short terms two spellings of one name share, so that a search index can find
 * candidates by exact term lookups and the comparator only scores those. Keys never decide a match.
 *
 * <ul>
 *   <li>{@link #forms}: the canonical form and root of each significant part ("nurlan", "serik"),
 *       and a Latin part's reading as pinyin ("nuerlan" → "nurlan").
 *   <li>{@link #sounds}: the consonant skeleton of each part's root ("NLN", "SLK"), which is what a
 *       name written through Hanzi or without vowels still shares with its Turkic spelling.
 *   <li>{@link #compound}: a skeleton with the year of birth ("NLN|1987"), so that a common name
 *       plus a year is still a small block.
 *   <li>{@link #pinyinRuns}: a Hanzi or pinyin name as one run of toneless pinyin, whatever its
 *       division into parts.
 * </ul>
 */
public final class MatchKeys {

  private MatchKeys() {}

  /** Canonical forms and roots of the significant parts (two letters or more). */
  public static Set<String> forms(ParsedName name) {
    Set<String> keys = new LinkedHashSet<>();
    for (NamePart part : name.parts()) {
      if (!part.significant() || part.role() == PartRole.INITIAL) {
        continue;
      }
      addIfLong(keys, part.form());
      addIfLong(keys, part.root());
      if (part.pinyin() != null) {
        addIfLong(keys, part.pinyin());
      }
    }
    return keys;
  }

  /** Consonant skeletons of the significant parts' roots (two classes or more). */
  public static Set<String> sounds(ParsedName name) {
    Set<String> keys = new LinkedHashSet<>();
    for (NamePart part : name.parts()) {
      if (!part.significant() || part.role() == PartRole.INITIAL) {
        continue;
      }
      boolean chinese = part.script() == NameScript.HAN || part.pinyin() != null;
      addSound(keys, part.skeleton(), chinese);
      if (part.pinyin() != null) {
        addSound(keys, Canonical.skeleton(part.pinyin()), true);
      }
    }
    return keys;
  }

  /**
   * A skeleton, and for a name read through Chinese syllables also what its J may stand for:
   * Chinese j writes the Turkic j and z (扎 za, zha) and, before i, k and g (基辅 Kiev, 吉尔吉斯 Kyrgyz).
   */
  private static void addSound(Set<String> keys, String skeleton, boolean chinese) {
    addIfLong(keys, skeleton);
    if (chinese && skeleton.indexOf('J') >= 0) {
      addIfLong(keys, skeleton.replace('J', 'S'));
      addIfLong(keys, skeleton.replace('J', 'K'));
    }
  }

  /** Each skeleton with the year of birth, when the year is known. */
  public static Set<String> compound(ParsedName name, Integer birthYear) {
    Set<String> keys = new LinkedHashSet<>();
    if (birthYear == null) {
      return keys;
    }
    for (String sound : sounds(name)) {
      keys.add(sound + "|" + birthYear);
    }
    return keys;
  }

  /**
   * A name in Hanzi, or in the pinyin of Hanzi, as one run of toneless pinyin, in its order and
   * each rotation of its parts ("py:maimaitituersunkadier", "py:kadiermaimaitituersun"): pinyin is
   * run together or divided anywhere (HANZI-NAMES.md 3), so no part of it need be a key of its own.
   * Empty for other names.
   */
  public static Set<String> pinyinRuns(ParsedName name) {
    List<String> syllables = new ArrayList<>();
    boolean pinyin =
        HanReading.isPinyinName(name.parts().stream().filter(NamePart::significant).toList());
    for (NamePart part : name.parts()) {
      if (!part.significant()) {
        continue;
      }
      if (part.script() == NameScript.HAN) {
        syllables.add(HanReading.pinyinOf(part.written()));
      } else if (part.script() == NameScript.LATIN && pinyin) {
        syllables.add(HanReading.toneless(part.written()));
      } else {
        return Set.of();
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    if (syllables.isEmpty() || syllables.size() > 4) {
      return keys;
    }
    for (int start = 0; start < syllables.size(); start++) {
      StringBuilder run = new StringBuilder("py:");
      for (int i = 0; i < syllables.size(); i++) {
        run.append(syllables.get((start + i) % syllables.size()));
      }
      keys.add(run.toString());
    }
    return keys;
  }

  private static void addIfLong(Set<String> keys, String key) {
    if (key != null && key.length() >= 2) {
      keys.add(key);
    }
  }
}
