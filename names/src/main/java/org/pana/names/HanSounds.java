package org.pana.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a name written in Hanzi, or in the pinyin of Hanzi, with a spelling in letters by the
 * transcription conventions of {@code han-syllables.tsv}: each syllable may stand for several
 * Turkic sounds (希 xi for the h of Rahim, the sh of Örkesh, or s; 提 ti for a final t), and the
 * spelling is measured against the closest reading the syllables allow together, as one edit
 * distance over all their combinations at once.
 *
 * <p>Readings are in Pana's canonical Latin ({@link Canonical#form}), so the conventions of the
 * spelling compared (ULY x for kh, passport q, Cyrillic х) meet the table's.
 */
final class HanSounds {

  private static final Map<String, List<String>> ANYWHERE = new HashMap<>();
  private static final Map<String, List<String>> CODA = new HashMap<>();
  private static final Map<String, List<String>> FIRST = new HashMap<>();

  private static final int MEMORY = 100_000;
  private static final Map<String, List<String[]>> LATTICES = new ConcurrentHashMap<>();
  private static final Map<String, Double> SIMILARITIES = new ConcurrentHashMap<>();

  static {
    load();
  }

  private HanSounds() {}

  /**
   * How alike a part in Hanzi and a canonical Latin spelling sound: 1 when some reading of the
   * syllables is the spelling, less by each edit the closest reading needs, over the longer length.
   */
  static double ofHanzi(String hanzi, String form) {
    return remembered("h" + hanzi, form, () -> syllablesOfHanzi(hanzi));
  }

  /**
   * A similarity already worked out, or worked out now and kept: a search re-scores the same common
   * names against the same spellings again and again.
   */
  private static double remembered(String key, String form, Syllables syllables) {
    String pair = key + '\u0000' + form;
    Double known = SIMILARITIES.get(pair);
    if (known != null) {
      return known;
    }
    List<String[]> lattice = lattice(key, syllables);
    double similarity = lattice.isEmpty() ? 0 : similarity(lattice, form);
    if (SIMILARITIES.size() >= MEMORY) {
      SIMILARITIES.clear();
    }
    SIMILARITIES.put(pair, similarity);
    return similarity;
  }

  /**
   * As {@link #ofHanzi}, for a Latin part that is pinyin ("tuohetaerbieke", "maimaiti"); 0 when the
   * part does not divide into pinyin syllables.
   */
  static double ofPinyin(String pinyin, String form) {
    return remembered("p" + pinyin, form, () -> HanReading.segment(pinyin));
  }

  private interface Syllables {
    List<String> get();
  }

  private static List<String[]> lattice(String key, Syllables syllables) {
    List<String[]> known = LATTICES.get(key);
    if (known != null) {
      return known;
    }
    List<String> each = syllables.get();
    List<String[]> lattice = new ArrayList<>();
    if (each != null && !each.isEmpty() && each.size() <= 16) {
      for (int i = 0; i < each.size(); i++) {
        lattice.add(readings(each.get(i), i));
      }
    }
    if (LATTICES.size() >= MEMORY) {
      LATTICES.clear();
    }
    LATTICES.put(key, List.copyOf(lattice));
    return lattice;
  }

  private static List<String> syllablesOfHanzi(String hanzi) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hanzi.length(); ) {
      int c = hanzi.codePointAt(i);
      i += Character.charCount(c);
      String pinyin = HanReading.pinyinOf(new String(Character.toChars(c)));
      if (!HanReading.isSyllable(pinyin)) {
        return null; // not a character with a reading: nothing to compare by sound
      }
      out.add(pinyin);
    }
    return out;
  }

  /** Every reading of a syllable at a position, canonical and without repeats. */
  private static String[] readings(String syllable, int position) {
    Set<String> out = new LinkedHashSet<>();
    out.add(Canonical.form(syllable));
    out.add(Canonical.form(HanReading.letters(syllable)));
    out.addAll(ANYWHERE.getOrDefault(syllable, List.of()));
    out.addAll((position == 0 ? FIRST : CODA).getOrDefault(syllable, List.of()));
    return out.toArray(String[]::new);
  }

  /**
   * Letters of a spelling that a Chinese transcription often leaves out, having no syllable for
   * them: an h or a y between vowels or before a consonant (Mahmut 马木提, Ilham 依拉木), an r or an n
   * after a vowel (Tursun 吐逊, Ablajan). Leaving one out costs half an edit.
   */
  private static final String DROPPED = "hrnyl";

  private static final String VOWELS = "aeiou";

  /**
   * One minus the least edit distance between the spelling and any path through the lattice (one
   * reading per syllable, in order), over the longer of the spelling and that path. A vowel written
   * as another vowel (艾尔肯 for Erkin) and a letter Chinese has no syllable for ({@link #DROPPED})
   * cost half an edit: Chinese renders vowels loosely and drops such letters far more often than it
   * changes a consonant.
   */
  private static double similarity(List<String[]> lattice, String form) {
    if (lattice.isEmpty() || form.isEmpty()) {
      return 0;
    }
    int m = form.length();
    // start[j]: the least cost of reading the syllables so far as form[0..j), and the length of
    // the path that cost it
    double[] start = new double[m + 1];
    int[] length = new int[m + 1];
    for (int j = 1; j <= m; j++) {
      start[j] = start[j - 1] + skip(form.charAt(j - 1));
    }
    for (String[] syllable : lattice) {
      double[] next = new double[m + 1];
      int[] nextLength = new int[m + 1];
      Arrays.fill(next, Double.MAX_VALUE);
      double[] spare = new double[m + 1];
      int[] spareLength = new int[m + 1];
      for (String reading : syllable) {
        double[] row = start.clone();
        int[] rowLength = length.clone();
        double[] column = spare;
        int[] columnLength = spareLength;
        for (int i = 0; i < reading.length(); i++) {
          column[0] = row[0] + 1;
          columnLength[0] = rowLength[0] + 1;
          char c = reading.charAt(i);
          for (int j = 1; j <= m; j++) {
            double substitute = row[j - 1] + change(c, form.charAt(j - 1));
            double delete = row[j] + 1;
            double insert = column[j - 1] + skip(form.charAt(j - 1));
            double best = Math.min(substitute, Math.min(delete, insert));
            column[j] = best;
            columnLength[j] =
                best == substitute
                    ? rowLength[j - 1] + 1
                    : best == delete ? rowLength[j] + 1 : columnLength[j - 1];
          }
          double[] done = row;
          int[] doneLength = rowLength;
          row = column;
          rowLength = columnLength;
          column = done;
          columnLength = doneLength;
        }
        for (int j = 0; j <= m; j++) {
          if (row[j] < next[j]) {
            next[j] = row[j];
            nextLength[j] = rowLength[j];
          }
        }
      }
      start = next;
      length = nextLength;
    }
    return Math.max(0, 1 - start[m] / Math.max(m, length[m]));
  }

  private static double change(char reading, char written) {
    if (reading == written) {
      return 0;
    }
    return VOWELS.indexOf(reading) >= 0 && VOWELS.indexOf(written) >= 0 ? 0.5 : 1;
  }

  private static double skip(char written) {
    return DROPPED.indexOf(written) >= 0 ? 0.5 : 1;
  }

  private static void load() {
    Set<String> seen = new HashSet<>();
    SourcedTable.read(
        HanSounds.class,
        "han-syllables.tsv",
        List.of("syllable", "readings", "where", "source"),
        row -> {
          String syllable = row.get(0);
          if (!HanReading.isSyllable(syllable)) {
            throw row.wrong(syllable + " is not a pinyin syllable");
          }
          if (!seen.add(syllable + " " + row.get(2))) {
            throw row.wrong(syllable + " " + row.get(2) + " twice");
          }
          Map<String, List<String>> table =
              switch (row.get(2)) {
                case "any" -> ANYWHERE;
                case "coda" -> CODA;
                case "first" -> FIRST;
                default -> throw row.wrong("where is any, coda or first");
              };
          List<String> readings = new ArrayList<>();
          for (String reading : row.get(1).split(",")) {
            readings.add(Canonical.form(reading.strip()));
          }
          table.put(syllable, List.copyOf(readings));
        });
  }
}
