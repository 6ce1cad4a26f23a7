package org.pana.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two names: a score in [0, 1] and an explanation of which parts matched how.
 *
 * <p>Parts are paired one to one, best pairs first, whatever their order ("Serikuly Nurlan" and
 * "Nurlan Serikuly" are the same person). A pair scores 1 when the canonical forms agree, 0.95 when
 * only a patronymic or surname ending differs (Серікұлы and the father's name 赛力克), by edit
 * distance between spellings when both are written with their vowels, and by the consonant skeleton
 * when one is not (Arabic, Hanzi, pinyin). The score is the weighted share of the shorter name that
 * found its pair; parts the longer name has on top (a patronymic, a middle name) cost a little
 * each.
 */
public final class NameComparator {

  /** The score from which two names are taken to be the same person's. */
  public static final double THRESHOLD = 0.84;

  /** The honorific Khan written as a part of its own: Latin, Cyrillic, Arabic script, Hanzi. */
  private static final Set<String> KHAN =
      Set.of("khan", "xan", "qan", "хан", "\u062e\u0627\u0646", "汗");

  /** Below this, two parts are not paired at all. */
  private static final double PAIRING = 0.5;

  private NameComparator() {}

  /**
   * How two parts were paired.
   *
   * @param a a part of the first name
   * @param b a part of the second
   * @param score how alike they are, in [0, 1]
   * @param how in words: same, same root, spelling, sound, initial, hanzi
   */
  public record PartMatch(NamePart a, NamePart b, double score, String how) {
    @Override
    public String toString() {
      return a.written()
          + " ~ "
          + b.written()
          + ": "
          + how
          + String.format(Locale.ROOT, " %.2f", score);
    }
  }

  /** The most a whole name read by sound can score: it is never as sure as a part by part match. */
  private static final double WHOLE = 0.95;

  /**
   * The outcome of comparing two names.
   *
   * @param score in [0, 1]
   * @param pairs the parts paired, best first
   * @param leftA significant parts of the first name left unpaired
   * @param leftB significant parts of the second name left unpaired
   */
  public record Comparison(
      double score, List<PartMatch> pairs, List<NamePart> leftA, List<NamePart> leftB) {

    public boolean isMatch() {
      return score >= THRESHOLD;
    }

    /** "нұрлан ~ nurlan: same 1.00; серікұлы ~ 赛力克: same root 0.95". */
    public String explain() {
      StringBuilder out = new StringBuilder();
      for (PartMatch pair : pairs) {
        if (!out.isEmpty()) {
          out.append("; ");
        }
        out.append(pair);
      }
      List<String> left = new ArrayList<>();
      leftA.forEach(part -> left.add(part.written()));
      leftB.forEach(part -> left.add(part.written()));
      if (!left.isEmpty()) {
        out.append(out.isEmpty() ? "" : "; ").append("unpaired: ").append(String.join(", ", left));
      }
      return out.toString();
    }
  }

  public static Comparison compare(String a, String b) {
    return compare(Names.parse(a), Names.parse(b));
  }

  public static Comparison compare(ParsedName a, ParsedName b) {
    return compare(a, b, HanSounds.EXACT);
  }

  /**
   * As {@link #compare(ParsedName, ParsedName)} for a caller that only needs scores above {@code
   * floor} (a search that shows nothing under its lowest score): a score above it is exact, one at
   * or under it may come back lower, for less work.
   */
  public static Comparison compare(ParsedName a, ParsedName b, double floor) {
    List<NamePart> partsA = significant(a);
    List<NamePart> partsB = significant(b);
    if (partsA.isEmpty() || partsB.isEmpty()) {
      return new Comparison(0, List.of(), partsA, partsB);
    }
    Comparison plain = compare(partsA, partsB, floor);
    if (plain.isMatch()) {
      return plain;
    }
    // Khan after a name is the honorific, often left out (Yulbars Khan is 堯樂博斯 and
    // يۇلبارس خان): the name without it must account for every part of the other
    Comparison without = plain;
    if (endsInKhan(partsA)) {
      without = compare(partsA.subList(0, partsA.size() - 1), partsB, floor);
    } else if (endsInKhan(partsB)) {
      without = compare(partsA, partsB.subList(0, partsB.size() - 1), floor);
    }
    if (without != plain
        && without.leftA().isEmpty()
        && without.leftB().isEmpty()
        && without.score() * 0.98 > plain.score()) {
      return new Comparison(
          without.score() * 0.98, without.pairs(), without.leftA(), without.leftB());
    }
    return plain;
  }

  /** Whether the last of two or more parts is the honorific Khan written apart. */
  private static boolean endsInKhan(List<NamePart> parts) {
    return parts.size() >= 2 && KHAN.contains(parts.getLast().written());
  }

  private static Comparison compare(List<NamePart> partsA, List<NamePart> partsB, double floor) {
    partsA = joinSplit(partsA, partsB);
    partsB = joinSplit(partsB, partsA);
    record Candidate(int i, int j, PartMatch match) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < partsA.size(); i++) {
      for (int j = 0; j < partsB.size(); j++) {
        PartMatch match = parts(partsA.get(i), partsB.get(j));
        if (swapped(partsA.get(i), i, partsB.get(j), j)) {
          match =
              new PartMatch(match.a(), match.b(), match.score() * 0.7, "given name vs father's");
        }
        if (match.score() >= PAIRING) {
          candidates.add(new Candidate(i, j, match));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> c.match().score()).reversed());
    boolean[] pairedA = new boolean[partsA.size()];
    boolean[] pairedB = new boolean[partsB.size()];
    List<PartMatch> pairs = new ArrayList<>();
    int[] pairedWith = new int[partsA.size()];
    Arrays.fill(pairedWith, -1);
    for (Candidate candidate : candidates) {
      if (!pairedA[candidate.i()] && !pairedB[candidate.j()]) {
        pairedA[candidate.i()] = true;
        pairedB[candidate.j()] = true;
        pairedWith[candidate.i()] = candidate.j();
        pairs.add(candidate.match());
      }
    }
    List<NamePart> leftA = unpaired(partsA, pairedA);
    List<NamePart> leftB = unpaired(partsB, pairedB);
    boolean aShorter = weight(partsA) <= weight(partsB);
    List<NamePart> shorter = aShorter ? partsA : partsB;
    List<NamePart> longerLeft = aShorter ? leftB : leftA;
    double covered = 0;
    double worst = 1;
    for (PartMatch pair : pairs) {
      NamePart own = aShorter ? pair.a() : pair.b();
      covered += weight(own) * pair.score();
      if (own.role() != PartRole.INITIAL) {
        worst = Math.min(worst, pair.score());
      }
    }
    if (!(aShorter ? leftA : leftB).isEmpty()) {
      worst = 0;
    }
    // the mean says how much of the shorter name was found; the worst pair says whether
    // anything in it contradicts the other name (one wrong father's name in five parts is
    // another person)
    double score = (covered / weight(shorter) + worst) / 2;
    if (initialsOnly(partsA) || initialsOnly(partsB)) {
      score = Math.min(score, 0.6);
    }
    // a Russian-style surname alone is how Chinese and Russian media name an official (库塔耶夫 for
    // Alimjan Kurtayev): it says more than a given name alone
    boolean bySurname =
        shorter.size() == 1
            && pairs.size() == 1
            && (aShorter ? pairs.getFirst().b() : pairs.getFirst().a()).role() == PartRole.SURNAME;
    for (NamePart part : longerLeft) {
      score *= bySurname ? 0.96 : extraCost(part, shorter.size());
    }
    if (crossed(pairedWith) && unmarked(partsA) && unmarked(partsB) && oneScript(partsA, partsB)) {
      // written the same way, the same name comes in the same order: "Bekzat Serik" is less
      // likely Serik son of Bekzat than another Bekzat son of Serik
      score *= 0.98;
    }
    double joined = joined(partsA, partsB, Math.max(floor, score));
    if (joined > score) {
      return new Comparison(joined, List.of(), leftA, leftB);
    }
    return new Comparison(score, List.copyOf(pairs), List.copyOf(leftA), List.copyOf(leftB));
  }

  /**
   * Two neighbouring parts of one name that together are one part of the other, written apart:
   * "Mohammad Hasni" and "Mohammadhasni", "Abdu Rehim" and "Abdurehim". Joined, they pair as one.
   */
  private static List<NamePart> joinSplit(List<NamePart> parts, List<NamePart> other) {
    if (parts.size() < 2) {
      return parts;
    }
    List<NamePart> out = new ArrayList<>(parts);
    for (int i = 0; i + 1 < out.size(); i++) {
      NamePart first = out.get(i);
      NamePart second = out.get(i + 1);
      if (first.script() == NameScript.HAN && second.script() == NameScript.HAN) {
        // a Chinese name written without its middle dot: 和加尼牙孜 is 和加·尼牙孜
        String together = first.written() + second.written();
        if (other.stream().anyMatch(whole -> whole.written().equals(together))) {
          out.set(i, Names.part(together));
          out.remove(i + 1);
        }
        continue;
      }
      if (!first.vowelled() || !second.vowelled()) {
        continue;
      }
      String joined = first.form() + second.form();
      for (NamePart whole : other) {
        int longer = Math.max(joined.length(), whole.form().length());
        if (!whole.vowelled()
            || whole.form().length() < 6
            || Math.abs(joined.length() - whole.form().length()) > Math.max(1, longer / 10)) {
          continue; // too short, or too different in length to be one slip (0.9) apart
        }
        double together = Similarity.typo(joined, whole.form());
        if (together >= 0.9
            && together > Math.max(parts(first, whole).score(), parts(second, whole).score())) {
          out.set(i, Names.part(first.written() + second.written()));
          out.remove(i + 1);
          break;
        }
        NamePart kazakh = kazakhJoined(first, second, whole);
        if (kazakh != null) {
          out.set(i, kazakh);
          out.remove(i + 1);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Two parts written apart whose second begins with y, against one Kazakh part that joins them
   * with zh where the y was ("Mir Yakub" and Mirjaqyp): the sound law of {@link #kazakhZh} holds
   * for each word of a compound name. The joined part, read the Kazakh way, or null when its
   * consonants are not the whole part's.
   */
  private static NamePart kazakhJoined(NamePart first, NamePart second, NamePart whole) {
    String theirs = second.form();
    int at = first.form().length();
    String form = whole.form();
    if (!startsWithY(theirs)
        || form.length() <= at + 1
        || form.charAt(at) != 'j'
        || !form.startsWith(first.form())) {
      return null;
    }
    String read = first.form() + "j" + theirs.substring(1);
    if (!sameSpelledSkeleton(read, whole.root())) {
      return null;
    }
    return new NamePart(
        first.written() + " " + second.written(),
        second.script(),
        read,
        read,
        Canonical.skeleton(read),
        PartRole.GIVEN,
        true,
        null);
  }

  /**
   * Names written run together or split differently: "FridrichBuchenberg", "Patr ushev". Only a
   * score above {@code floor} (what the parts already scored) is worked out exactly; one at or
   * under it may come back lower.
   */
  private static double joined(List<NamePart> a, List<NamePart> b, double floor) {
    double one = transcribedWhole(a, b, floor);
    double chinese = Math.max(one, transcribedWhole(b, a, Math.max(floor, one)));
    if (a.size() == b.size()) {
      return chinese;
    }
    return Math.max(chinese, joinedApart(a, b));
  }

  /**
   * A name in Hanzi, or in the pinyin of Hanzi, against another read whole, whatever the parts:
   * Chinese media run a given name and a father's name together or divide them elsewhere ("Maimaiti
   * Tuersunqiong" for 麦麦提图尔荪·琼, 和加尼牙孜 for Khoja Niyaz), and may put the last part first when they
   * take it for a surname (琼·麦麦提图尔孙 for Mehmet Tursun Chong).
   */
  private static double transcribedWhole(
      List<NamePart> chinese, List<NamePart> other, double floor) {
    if (floor >= WHOLE) {
      return 0; // a whole name read by sound scores at most that
    }
    boolean hanzi = chinese.stream().allMatch(part -> part.script() == NameScript.HAN);
    boolean pinyin = !hanzi && HanReading.isPinyinName(chinese);
    if ((!hanzi && !pinyin) || other.size() > 4 || chinese.size() > 4) {
      return 0;
    }
    StringBuilder written = new StringBuilder();
    chinese.forEach(
        part -> written.append(hanzi ? part.written() : HanReading.toneless(part.written())));
    boolean otherHanzi = other.stream().allMatch(part -> part.script() == NameScript.HAN);
    if (otherHanzi) {
      if (!hanzi) {
        return 0; // pinyin against Hanzi is read the other way round
      }
      StringBuilder otherWritten = new StringBuilder();
      other.forEach(part -> otherWritten.append(part.written()));
      return HanReading.pinyinOf(written.toString())
              .equals(HanReading.pinyinOf(otherWritten.toString()))
          ? 0.95
          : 0;
    }
    if (other.stream().anyMatch(part -> !part.vowelled() && part.pinyin() == null)) {
      return 0;
    }
    double best = 0;
    for (int first = 0; first < other.size(); first++) {
      StringBuilder spelled = new StringBuilder();
      for (int i = 0; i < other.size(); i++) {
        spelled.append(other.get((first + i) % other.size()).form());
      }
      // another order than the written one is a little less sure
      double weight = WHOLE * (first == 0 ? 1 : 0.98);
      // only a similarity that would raise the best so far, or pass the floor, is worth working out
      double needed = Math.max(floor, best) / weight;
      double similarity =
          hanzi
              ? HanSounds.ofHanzi(written.toString(), spelled.toString(), needed)
              : HanSounds.ofPinyin(written.toString(), spelled.toString(), needed);
      best = Math.max(best, Math.min(similarity, 1) * weight);
    }
    return best;
  }

  private static double joinedApart(List<NamePart> a, List<NamePart> b) {
    String x = join(a, false);
    String y = join(b, false);
    if (vowelled(a) && vowelled(b)) {
      if (x.length() < 6 || y.length() < 6) {
        return 0;
      }
      double similarity = Similarity.edit(x, y);
      return similarity >= 0.9 ? similarity * 0.98 : 0;
    }
    // a Chinese name written as one run of Hanzi against its parts in Latin: 习近平, Xi Jinping
    return sound(Canonical.skeleton(join(a, true)), Canonical.skeleton(join(b, true)));
  }

  private static boolean vowelled(List<NamePart> parts) {
    return parts.stream().allMatch(NamePart::vowelled);
  }

  private static String join(List<NamePart> parts, boolean pinyin) {
    StringBuilder out = new StringBuilder();
    parts.forEach(
        part -> out.append(pinyin && part.pinyin() != null ? part.pinyin() : part.form()));
    return out.toString();
  }

  /** How alike two parts are, and why. */
  static PartMatch parts(NamePart x, NamePart y) {
    if (x.script() == y.script()
        && (x.script() == NameScript.HAN || x.script() == NameScript.HANGUL)) {
      if (x.written().equals(y.written())) {
        return new PartMatch(x, y, 1, "same");
      }
      double characters = Similarity.edit(x.written(), y.written());
      double reading = x.script() == NameScript.HAN ? hanziReading(x, y) : 0;
      return reading > characters
          ? new PartMatch(x, y, reading, "same sound, other characters")
          : new PartMatch(x, y, characters, "hanzi");
    }
    if (x.form().equals(y.form())) {
      return new PartMatch(x, y, 1, "same");
    }
    if (Equivalents.same(x.form(), y.form())) {
      return new PartMatch(x, y, 0.9, "same name, another form");
    }
    if (x.role() == PartRole.INITIAL || y.role() == PartRole.INITIAL) {
      boolean bothInitials = x.role() == y.role();
      NamePart initial = x.role() == PartRole.INITIAL ? x : y;
      NamePart other = initial == x ? y : x;
      boolean fits = !bothInitials && other.form().startsWith(initial.form());
      return new PartMatch(x, y, fits ? 0.9 : 0, "initial");
    }
    if (x.root().equals(y.root()) && x.root().length() >= 3) {
      return new PartMatch(x, y, 0.95, "same root");
    }
    double best;
    String how;
    if (x.vowelled() && y.vowelled()) {
      boolean acrossScripts = x.script() != y.script();
      best = Similarity.typo(x.form(), y.form(), acrossScripts);
      how = "spelling";
      // spellings that differ only in vowels and in letters the skeleton folds together
      // (Muhammad and Mohammed, Bachar and Bashar) are one name written two ways
      if (best < 0.88 && sameSpelledSkeleton(x.root(), y.root())) {
        best = 0.88;
        how = "sound";
      }
      if (x.role() != PartRole.GIVEN || y.role() != PartRole.GIVEN) {
        best = Math.max(best, Similarity.typo(x.root(), y.root(), acrossScripts) * 0.95);
      }
      double reversed = best < 0.9 ? reversed(x.form(), y.form()) : 0;
      if (reversed > best) {
        best = reversed;
        how = "reversed";
      }
    } else if (x.script() == NameScript.HAN || y.script() == NameScript.HAN) {
      best = hanSound(x.skeleton(), y.skeleton());
      how = "sound";
    } else {
      best = sound(x.skeleton(), y.skeleton());
      how = "sound";
    }
    double yengiYeziq = Math.max(yengiYeziq(x, y), yengiYeziq(y, x));
    if (yengiYeziq > best) {
      best = yengiYeziq;
      how = "x as sh";
    }
    double kazakh = Math.max(kazakhZh(x, y), kazakhZh(y, x));
    if (kazakh > best) {
      best = kazakh;
      how = "Kazakh zh for y";
    }
    // a transcription reads at most 0.95: not worth the lattice when a spelling did as well
    double transcribed = best >= 0.95 ? 0 : Math.max(transcribed(x, y), transcribed(y, x));
    if (transcribed > best) {
      best = transcribed;
      how = "transcribed";
    }
    double series = sibilants(x, y);
    if (series > best) {
      best = series;
      how = "pinyin sound";
    }
    double pinyin = Math.max(pinyin(x, y), pinyin(y, x));
    if (pinyin > best) {
      best = pinyin;
      how = "pinyin";
    }
    return new PartMatch(x, y, best, how);
  }

  /**
   * A Latin part read by another convention than Pana's canonical one: an x as Yengi Yeziq and
   * pinyin read it, sh (Abdurixit, Xiralijan, Ɵrkəx are Abdureshit, Shirelijan, Örkesh), where ULY
   * and most passports read x as kh; a German sch against Cyrillic as ж. A little less sure than a
   * spelling.
   */
  private static double yengiYeziq(NamePart latin, NamePart other) {
    if (latin.script() != NameScript.LATIN || !other.vowelled() || !latin.vowelled()) {
      return 0;
    }
    double best = 0;
    if (latin.written().indexOf('x') >= 0) {
      String asSh = Canonical.form(latin.written().replace("x", "sh"));
      best = Similarity.typo(asSh, other.form(), true) * 0.98;
    }
    if (other.script() == NameScript.CYRILLIC && latin.written().contains("sch")) {
      // German writes ж as well as ш with sch (Duden): Olschas is Олжас
      String asZh = Canonical.form(latin.written().replace("sch", "zh"));
      best = Math.max(best, Similarity.typo(asZh, other.form(), true) * 0.98);
    }
    return best;
  }

  /**
   * A Kazakh name's initial ж (zh, j) for the initial y of the same name in other Turkic languages
   * and in Arabic (Жүсіп for Yusuf, Жақып for Yakub): Kazakh has no word-initial y, which became zh
   * by a regular sound change (the Bulletin of Dulaty University, "Initial /y/ consonant in
   * Kazakh", doi:10.55956/TELG9245). The other part's y (canonical i) before a vowel is read as zh;
   * Kazakh's final p for b and f (Жақып, Жүсіп) the skeleton already folds. Only the same
   * consonants count, and a little less surely than a spelling: Yerlan for Ерлан shows a y that
   * stays.
   */
  private static double kazakhZh(NamePart kazakh, NamePart other) {
    String form = kazakh.form();
    String theirs = other.form();
    if (!kazakh.vowelled()
        || !other.vowelled()
        || form.length() < 4
        || form.charAt(0) != 'j'
        || !Canonical.vowel(form.charAt(1))
        || !startsWithY(theirs)) {
      return 0;
    }
    String read = "j" + theirs.substring(1);
    String readRoot = other.root().startsWith("i") ? "j" + other.root().substring(1) : read;
    // only the same consonants: read so, Yana would come near Zhanar, another name
    if (!sameSpelledSkeleton(kazakh.root(), readRoot)) {
      return 0;
    }
    return Math.max(0.88, Similarity.typo(form, read, true)) * 0.95;
  }

  /**
   * Whether a canonical form of four letters or more begins with a y before a vowel (canonical i:
   * Yusuf is iusuf), the y Kazakh writes as zh.
   */
  private static boolean startsWithY(String form) {
    return form.length() >= 4 && form.charAt(0) == 'i' && Canonical.vowel(form.charAt(1));
  }

  /**
   * A part in Hanzi, or in the pinyin of Hanzi, against a spelling in letters, read through the
   * transcription conventions of {@link HanSounds}: the closest reading its syllables allow.
   */
  private static double transcribed(NamePart chinese, NamePart other) {
    if (other.script() == NameScript.HAN || (!other.vowelled() && other.pinyin() == null)) {
      return 0;
    }
    double similarity;
    if (chinese.script() == NameScript.HAN) {
      similarity =
          Math.max(
              HanSounds.ofHanzi(chinese.written(), other.form()),
              HanSounds.ofHanzi(chinese.written(), other.root()));
    } else if (chinese.pinyin() != null && other.pinyin() == null) {
      String syllables = HanReading.toneless(chinese.written());
      similarity =
          Math.max(
              HanSounds.ofPinyin(syllables, other.form()),
              HanSounds.ofPinyin(syllables, other.root()));
    } else {
      return 0;
    }
    return similarity >= 1 ? 0.95 : similarity * 0.95;
  }

  /**
   * Two Hanzi spellings of one sound. Chinese writes a foreign name by sound, and the characters
   * chosen for a syllable vary between writers and years (吾尔开希 and 吴尔凯西; 居素甫 and 居素普; the Xinjiang
   * standard's 阿卜杜 for the older 阿不都): the same toneless pinyin is the same name, and so, a little
   * less surely, is the same Turkic reading through the transcription lexicon.
   */
  private static double hanziReading(NamePart x, NamePart y) {
    if (HanReading.pinyinOf(x.written()).equals(HanReading.pinyinOf(y.written()))) {
      return 0.95;
    }
    if (x.form().equals(y.form())) {
      return 0.92;
    }
    // each read through the other's syllables: 阿布杜卡德尔 and 阿卜杜卡迪尔 both allow abdukadir
    double heard =
        Math.max(
            HanSounds.ofHanzi(x.written(), y.form()), HanSounds.ofHanzi(y.written(), x.form()));
    return Math.max(Similarity.typo(x.form(), y.form()) * 0.9, heard >= 1 ? 0.92 : heard * 0.92);
  }

  /**
   * A part whose letters come in reverse order: text copied between right-to-left and left-to-right
   * writing (a PDF in visual order, a form that mixes Arabic script and Latin) turns "Vladimir"
   * into "rimidalV". Counts as one slip more than the reversed spelling has.
   */
  private static double reversed(String x, String y) {
    // reversed with at most one slip, one end of each meets the other's opposite end
    if (x.length() < 4
        || y.length() < 4
        || (x.charAt(0) != y.charAt(y.length() - 1) && y.charAt(0) != x.charAt(x.length() - 1))) {
      return 0;
    }
    return Similarity.typo(new StringBuilder(x).reverse().toString(), y) * 0.9;
  }

  /** Pinyin initials that people who do not speak Chinese hear and write alike. */
  private static final List<Set<String>> SIBILANTS =
      List.of(Set.of("x", "s", "sh"), Set.of("j", "z", "zh"), Set.of("q", "c", "ch"));

  /**
   * Two pinyin syllables that differ only in a sibilant initial of one series (Xi and Si, Jin and
   * Zin, Qi and Chi): the commonest slip in writing down a Chinese name by ear.
   */
  private static double sibilants(NamePart x, NamePart y) {
    if (x.script() != NameScript.LATIN
        || y.script() != NameScript.LATIN
        || !HanReading.isSyllable(x.written())
        || !HanReading.isSyllable(y.written())) {
      return 0;
    }
    String[] a = initial(x.written());
    String[] b = initial(y.written());
    if (a == null || b == null || !a[1].equals(b[1]) || a[0].equals(b[0])) {
      return 0;
    }
    for (Set<String> series : SIBILANTS) {
      if (series.contains(a[0]) && series.contains(b[0])) {
        return 0.85;
      }
    }
    return 0;
  }

  /** A pinyin syllable's sibilant initial and the rest, or null when it has none. */
  private static String[] initial(String syllable) {
    for (String initial : List.of("zh", "ch", "sh", "x", "s", "j", "z", "q", "c")) {
      if (syllable.startsWith(initial) && syllable.length() > initial.length()) {
        return new String[] {initial, syllable.substring(initial.length())};
      }
    }
    return null;
  }

  /**
   * Whether one name's given name (its first part, not itself a patronymic) would pair with the
   * other's patronymic: "Oleksandr" against "Oleksandrovych", "Abdullah bin Omar" against "Omar bin
   * Abdullah".
   */
  private static boolean swapped(NamePart x, int i, NamePart y, int j) {
    return (i == 0 && x.role() == PartRole.GIVEN && y.role() == PartRole.PATRONYMIC)
        || (j == 0 && y.role() == PartRole.GIVEN && x.role() == PartRole.PATRONYMIC);
  }

  /** A Latin part read as pinyin against another part, by sound. */
  private static double pinyin(NamePart latin, NamePart other) {
    String reading = latin.pinyin();
    if (reading == null || reading.equals(latin.form())) {
      return 0; // reading it as pinyin changes nothing: "michaela", "chiang"
    }
    if (reading.equals(other.form()) || reading.equals(other.root())) {
      return 0.95;
    }
    double spelling =
        other.vowelled()
            ? Math.max(
                Similarity.typo(reading, other.form()), Similarity.typo(reading, other.root()))
            : 0;
    String skeleton = Canonical.skeleton(reading);
    double sound = skeleton.length() >= 3 ? hanSound(skeleton, other.skeleton()) : 0;
    return Math.max(spelling * 0.95, sound * 0.98);
  }

  /**
   * A skeleton read through Chinese syllables against another. Chinese writing drops consonants it
   * has no syllable for (an r after a vowel, a final n) far more often than it adds any, so what
   * counts is how much of the longer skeleton the shorter keeps, in order, starting alike.
   */
  private static double hanSound(String first, String second) {
    // Chinese writes z and zh, j alike (扎 is za and zha, 加 ga and jia), and has no ki or gi:
    // its j before i stands for them too (基辅 Kiev, 吉尔吉斯 Kyrgyz, 基里尔 Kirill)
    double asS = keptSound(first.replace('J', 'S'), second.replace('J', 'S'));
    if (first.indexOf('J') < 0 && second.indexOf('J') < 0) {
      return asS;
    }
    return Math.max(asS, keptSound(first.replace('J', 'K'), second.replace('J', 'K')));
  }

  /** Whether two roots have one skeleton of three classes or more, read as spelled. */
  private static boolean sameSpelledSkeleton(String x, String y) {
    String skeleton = Canonical.spelledSkeleton(x);
    return skeleton.length() >= 3 && skeleton.equals(Canonical.spelledSkeleton(y));
  }

  private static double keptSound(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double plain = sound(x, y);
    if (x.charAt(0) != y.charAt(0)) {
      return plain;
    }
    int common = Similarity.commonSubsequence(x, y);
    int shorter = Math.min(x.length(), y.length());
    double kept = (double) common / Math.max(x.length(), y.length());
    // the shorter must be all there: 格曼 KMN is in germann KLMN; 吐尔洪 DLKN is not in tursun DLSN
    return Math.max(plain, common == shorter && shorter >= 2 && kept >= 0.74 ? 0.86 : 0);
  }

  /** Two consonant skeletons: equal ones of two or more classes are as good as a same root. */
  private static double sound(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return x.length() >= 2 ? 0.92 : 0.75;
    }
    return Similarity.edit(x, y) * 0.85;
  }

  /** What one unpaired extra part of the longer name costs. */
  private static double extraCost(NamePart part, int shorterSize) {
    if (shorterSize == 1) {
      return 0.93;
    }
    return switch (part.role()) {
      case PATRONYMIC, INITIAL -> 0.985;
      default -> 0.95;
    };
  }

  private static double weight(List<NamePart> parts) {
    double sum = 0;
    for (NamePart part : parts) {
      sum += weight(part);
    }
    return sum;
  }

  private static double weight(NamePart part) {
    return switch (part.role()) {
      case PATRONYMIC -> 0.7;
      case INITIAL -> 0.35;
      case TITLE, PARTICLE -> 0;
      default -> 1;
    };
  }

  private static List<NamePart> significant(ParsedName name) {
    List<NamePart> out = new ArrayList<>();
    for (NamePart part : name.parts()) {
      if (part.significant()) {
        out.add(part);
      }
    }
    return out;
  }

  /** Whether two parts paired across each other: the second name has them in another order. */
  private static boolean crossed(int[] pairedWith) {
    int last = -1;
    for (int j : pairedWith) {
      if (j >= 0) {
        if (j < last) {
          return true;
        }
        last = j;
      }
    }
    return false;
  }

  /** Whether no part says what it is (no patronymic or surname ending, no initial). */
  private static boolean unmarked(List<NamePart> parts) {
    return parts.stream().allMatch(part -> part.role() == PartRole.GIVEN);
  }

  private static boolean oneScript(List<NamePart> a, List<NamePart> b) {
    NameScript script = a.getFirst().script();
    return a.stream().allMatch(part -> part.script() == script)
        && b.stream().allMatch(part -> part.script() == script);
  }

  private static boolean initialsOnly(List<NamePart> parts) {
    for (NamePart part : parts) {
      if (part.role() != PartRole.INITIAL) {
        return false;
      }
    }
    return true;
  }

  private static List<NamePart> unpaired(List<NamePart> parts, boolean[] paired) {
    List<NamePart> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (!paired[i]) {
        out.add(parts.get(i));
      }
    }
    return out;
  }
}
