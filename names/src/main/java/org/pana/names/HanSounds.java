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
  private static final Map<String, Lattice> LATTICES = new ConcurrentHashMap<>();
  private static final Map<String, Known> SIMILARITIES = new ConcurrentHashMap<>();

  /**
   * A similarity worked out ({@code bound} false), or only found to be at most {@code value} (a
   * reading given up under that floor).
   */
  private record Known(double value, boolean bound) {}

  /** No floor: every similarity is worked out exactly. */
  static final double EXACT = -1;

  static {
    load();
  }

  private HanSounds() {}

  /**
   * How alike a part in Hanzi and a canonical Latin spelling sound: 1 when some reading of the
   * syllables is the spelling, less by each edit the closest reading needs, over the longer length.
   */
  static double ofHanzi(String hanzi, String form) {
    return ofHanzi(hanzi, form, EXACT);
  }

  /**
   * As {@link #ofHanzi(String, String)} for a caller that only needs similarities above {@code
   * floor}: a similarity at or below it may come back as 0, found out early and for less work.
   */
  static double ofHanzi(String hanzi, String form, double floor) {
    return remembered("h" + hanzi, form, floor, () -> syllablesOfHanzi(hanzi));
  }

  /**
   * As {@link #ofHanzi}, for a Latin part that is pinyin ("tuohetaerbieke", "maimaiti"); 0 when the
   * part does not divide into pinyin syllables.
   */
  static double ofPinyin(String pinyin, String form) {
    return ofPinyin(pinyin, form, EXACT);
  }

  /**
   * As {@link #ofPinyin(String, String)}, with a floor as {@link #ofHanzi(String, String, double)}.
   */
  static double ofPinyin(String pinyin, String form, double floor) {
    return remembered("p" + pinyin, form, floor, () -> HanReading.segment(pinyin));
  }

  /**
   * A similarity already worked out, or worked out now and kept: a search re-scores the same common
   * names against the same spellings again and again. One given up under its floor is kept as at
   * most that floor, and given up at once when asked again over the same floor or a higher one.
   */
  private static double remembered(String key, String form, double floor, Syllables syllables) {
    String pair = key + '\u0000' + form;
    Known known = SIMILARITIES.get(pair);
    if (known != null && (!known.bound() || floor >= known.value())) {
      return known.bound() ? 0 : known.value();
    }
    Lattice lattice = lattice(key, syllables);
    double similarity = lattice.syllables().isEmpty() ? 0 : similarity(lattice, form, floor);
    if (SIMILARITIES.size() >= MEMORY) {
      SIMILARITIES.clear();
    }
    SIMILARITIES.put(pair, similarity < 0 ? new Known(floor, true) : new Known(similarity, false));
    return Math.max(0, similarity);
  }

  private interface Syllables {
    List<String> get();
  }

  /**
   * The readings of each syllable in order, and for each syllable onwards the shortest and the
   * longest reading the rest of the name can have.
   */
  private record Lattice(List<String[]> syllables, int[] shortest, int[] longest, int letters) {

    static Lattice of(List<String[]> syllables) {
      int n = syllables.size();
      // the letters a to z any reading has (bit 0 for a), or -1 when a reading has another letter
      int letters = 0;
      for (String[] readings : syllables) {
        for (String reading : readings) {
          for (int i = 0; i < reading.length(); i++) {
            char c = reading.charAt(i);
            letters = letters < 0 || c < 'a' || c > 'z' ? -1 : letters | 1 << (c - 'a');
          }
        }
      }
      int[] shortest = new int[n + 1];
      int[] longest = new int[n + 1];
      for (int i = n - 1; i >= 0; i--) {
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (String reading : syllables.get(i)) {
          least = Math.min(least, reading.length());
          most = Math.max(most, reading.length());
        }
        shortest[i] = shortest[i + 1] + least;
        longest[i] = longest[i + 1] + most;
      }
      return new Lattice(List.copyOf(syllables), shortest, longest, letters);
    }

    /**
     * The least a spelling's letters that no reading has cost: each is skipped or read as another
     * letter, at least half an edit for a vowel or a letter Chinese drops ({@link #DROPPED}), a
     * whole one for any other; 0 when a reading has a letter outside a to z.
     */
    double missingCost(String form) {
      if (letters < 0) {
        return 0;
      }
      double cost = 0;
      for (int j = 0; j < form.length(); j++) {
        char c = form.charAt(j);
        if (c < 'a' || c > 'z' || (letters & 1 << (c - 'a')) == 0) {
          cost += Canonical.vowel(c) ? 0.5 : skip(c);
        }
      }
      return cost;
    }

    /**
     * The least an edit of {@code letters} letters into the syllables from {@code from} on can
     * cost: each letter too many costs at least half an edit ({@link #skip}), each one too few a
     * whole.
     */
    double leastCost(int from, int letters) {
      if (letters > longest[from]) {
        return (letters - longest[from]) * 0.5;
      }
      return Math.max(0, shortest[from] - letters);
    }
  }

  private static Lattice lattice(String key, Syllables syllables) {
    Lattice known = LATTICES.get(key);
    if (known != null) {
      return known;
    }
    List<String> each = syllables.get();
    List<String[]> readings = new ArrayList<>();
    if (each != null && !each.isEmpty() && each.size() <= 16) {
      for (int i = 0; i < each.size(); i++) {
        readings.add(readings(each.get(i), i));
      }
    }
    Lattice lattice = Lattice.of(readings);
    if (LATTICES.size() >= MEMORY) {
      LATTICES.clear();
    }
    LATTICES.put(key, lattice);
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

  /**
   * One minus the least edit distance between the spelling and any path through the lattice (one
   * reading per syllable, in order), over the longer of the spelling and that path. A vowel written
   * as another vowel (艾尔肯 for Erkin) and a letter Chinese has no syllable for ({@link #DROPPED})
   * cost half an edit: Chinese renders vowels loosely and drops such letters far more often than it
   * changes a consonant.
   */
  private static double similarity(Lattice lattice, String form, double floor) {
    if (lattice.syllables().isEmpty() || form.isEmpty()) {
      return 0;
    }
    int m = form.length();
    // no path is longer than the longest reading: the similarity can be at most one minus the
    // least cost still to come over the longer of the spelling and that
    double longer = Math.max(m, lattice.longest()[0]);
    if (1 - lattice.leastCost(0, m) / longer <= floor
        || (floor >= 0 && 1 - lattice.missingCost(form) / longer <= floor)) {
      return -1;
    }
    // costs are counted in half edits, so that the arithmetic is on integers
    char[] written = form.toCharArray();
    int[] skip = new int[m];
    boolean[] vowel = new boolean[m];
    for (int j = 0; j < m; j++) {
      skip[j] = halves(skip(written[j]));
      vowel[j] = Canonical.vowel(written[j]);
    }
    // start[j]: the least cost of reading the syllables so far as written[0..j), and the length of
    // the path that cost it
    int[] start = new int[m + 1];
    int[] length = new int[m + 1];
    for (int j = 1; j <= m; j++) {
      start[j] = start[j - 1] + skip[j - 1];
    }
    int[] next = new int[m + 1];
    int[] nextLength = new int[m + 1];
    int[] row = new int[m + 1];
    int[] rowLength = new int[m + 1];
    int[] column = new int[m + 1];
    int[] columnLength = new int[m + 1];
    for (int at = 0; at < lattice.syllables().size(); at++) {
      Arrays.fill(next, Integer.MAX_VALUE);
      for (String reading : lattice.syllables().get(at)) {
        System.arraycopy(start, 0, row, 0, m + 1);
        System.arraycopy(length, 0, rowLength, 0, m + 1);
        for (int i = 0; i < reading.length(); i++) {
          column[0] = row[0] + 2;
          columnLength[0] = rowLength[0] + 1;
          char c = reading.charAt(i);
          boolean vowelRead = Canonical.vowel(c);
          for (int j = 1; j <= m; j++) {
            int substitute =
                row[j - 1] + (c == written[j - 1] ? 0 : vowelRead && vowel[j - 1] ? 1 : 2);
            int delete = row[j] + 2;
            int insert = column[j - 1] + skip[j - 1];
            int best = Math.min(substitute, Math.min(delete, insert));
            column[j] = best;
            columnLength[j] =
                best == substitute
                    ? rowLength[j - 1] + 1
                    : best == delete ? rowLength[j] + 1 : columnLength[j - 1];
          }
          int[] done = row;
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
      int[] done = start;
      int[] doneLength = length;
      start = next;
      length = nextLength;
      next = done;
      nextLength = doneLength;
      if (floor >= 0 && at + 1 < lattice.syllables().size()) {
        double least = Double.MAX_VALUE;
        for (int j = 0; j <= m; j++) {
          least = Math.min(least, start[j] / 2.0 + lattice.leastCost(at + 1, m - j));
        }
        if (1 - least / longer <= floor) {
          return -1; // whatever the rest reads, the spelling stays at or under the floor
        }
      }
    }
    return Math.max(0, 1 - start[m] / 2.0 / Math.max(m, length[m]));
  }

  private static int halves(double cost) {
    return (int) Math.round(cost * 2);
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
