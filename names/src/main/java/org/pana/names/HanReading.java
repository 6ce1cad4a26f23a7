package org.pana.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a Kazakh or Uyghur name written in Hanzi, or in the pinyin of that Hanzi (as on a Chinese
 * passport: "NUERLAN"), back to its Turkic reading, using the sourced lexicon {@code
 * han-lexicon.tsv}: whole names and name elements first, then a syllable at a time (ICU gives the
 * pinyin of a character; the lexicon says how a transcription uses that syllable, e.g. 尔 er is the
 * consonant r).
 */
final class HanReading {

  /** Every toneless pinyin syllable (from ICU's Han-Latin over the CJK block), less m and ng. */
  private static final Set<String> SYLLABLES =
      Set.of(
          ("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can"
                  + " cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu"
                  + " chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan"
                  + " dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e"
                  + " ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen"
                  + " geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen"
                  + " heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin"
                  + " jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua"
                  + " kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao"
                  + " lie lin ling liu long lou lu luan lue lun luo ma mai man mang mao me mei men meng"
                  + " mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni"
                  + " nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang"
                  + " pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie"
                  + " qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua"
                  + " ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei"
                  + " shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan"
                  + " sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui"
                  + " tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing"
                  + " xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue"
                  + " yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng"
                  + " zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui"
                  + " zun zuo")
              .split(" "));

  private static final Map<String, String> NAMES = new HashMap<>();
  private static final Map<String, String> NAMES_BY_PINYIN = new HashMap<>();
  private static final Map<String, String> SYLLABLE_ANY = new HashMap<>();
  private static final Map<String, String> SYLLABLE_FINAL = new HashMap<>();
  private static final Map<Integer, String> CHARACTERS = new HashMap<>();
  private static final Map<String, String> PINYIN = new ConcurrentHashMap<>();
  private static final Map<Integer, String> CHARACTER_PINYIN = new ConcurrentHashMap<>();

  private static final ThreadLocal<Transliterator> HAN_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  static {
    load();
  }

  private HanReading() {}

  /** The Turkic reading of a part written in Hanzi (one name element, no middle dot). */
  static String ofHanzi(String part) {
    String whole = NAMES.get(part);
    if (whole != null) {
      return whole;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < part.length()) {
      // the longest lexicon element starting here, else one character by its pinyin
      String element = null;
      for (int end = part.length(); end > i + 1; end--) {
        element = NAMES.get(part.substring(i, end));
        if (element != null) {
          out.append(element);
          i = end;
          break;
        }
      }
      if (element != null) {
        continue;
      }
      int c = part.codePointAt(i);
      int next = i + Character.charCount(c);
      append(out, pinyin(new String(Character.toChars(c))), next >= part.length());
      i = next;
    }
    return out.toString();
  }

  /** Whether a toneless, lower-case Latin syllable is a pinyin syllable. */
  static boolean isSyllable(String syllable) {
    return SYLLABLES.contains(syllable);
  }

  /**
   * The Turkic reading of a Latin part if it is pinyin ("nuerlan", "sailike"), else null. A part is
   * pinyin when it divides into two or more syllables.
   */
  /**
   * Whether a name's parts are pinyin: each divides into pinyin syllables, and a part of one
   * syllable (琼 Qiong) counts when another part is longer pinyin. A Kazakh "Jan" alone is not.
   */
  static boolean isPinyinName(List<NamePart> parts) {
    boolean longer = false;
    for (NamePart part : parts) {
      if (part.script() != NameScript.LATIN) {
        return false;
      }
      if (part.pinyin() != null) {
        longer = true;
      } else if (!isSyllable(toneless(part.written()))) {
        return false;
      }
    }
    return longer;
  }

  static String ofPinyin(String part) {
    String whole = NAMES_BY_PINYIN.get(part);
    if (whole != null) {
      return whole;
    }
    List<String> syllables = segment(part);
    if (syllables == null || syllables.size() < 2) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      append(out, syllables.get(i), i == syllables.size() - 1);
    }
    return out.toString();
  }

  /** Divides a part into pinyin syllables, fewest first; null when it cannot be. */
  static List<String> segment(String part) {
    if (part.isEmpty() || part.length() > 40) {
      return null;
    }
    // best[i]: the fewest syllables covering part[i..]
    int n = part.length();
    int[] count = new int[n + 1];
    int[] step = new int[n + 1];
    count[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      count[i] = Integer.MAX_VALUE;
      for (int len = Math.min(6, n - i); len >= 1; len--) {
        if (count[i + len] != Integer.MAX_VALUE && SYLLABLES.contains(part.substring(i, i + len))) {
          if (count[i + len] + 1 < count[i]) {
            count[i] = count[i + len] + 1;
            step[i] = len;
          }
        }
      }
    }
    if (count[0] == Integer.MAX_VALUE) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i += step[i]) {
      out.add(part.substring(i, i + step[i]));
    }
    return out;
  }

  /**
   * A Latin part with pinyin's tone marks taken off and ü as u ("Màimàitítúěrsūn" →
   * "maimaitituersun", "Lǚ" → "lu"), lower case, without the apostrophe that divides syllables.
   */
  static String toneless(String written) {
    String plain = Normalizer.normalize(written, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '\u0300', '\u0301', '\u0304', '\u030C', '\u0308', '\'' -> {}
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** The toneless pinyin of Hanzi, syllables run together ("吾尔开希" → "wuerkaixi"). */
  static String pinyinOf(String hanzi) {
    // Han characters are read one by one (ICU's Han-Latin reads each alone: over the 20,562
    // Chinese names of the netranslit lists the whole and the characters read alike), so a name is
    // put together from its characters' readings, which are few enough to keep every one; whole
    // names are too many to keep, and reading one again through ICU is what a search waited on
    if (!hanzi.isEmpty() && hanzi.codePoints().allMatch(HanReading::isHan)) {
      StringBuilder read = new StringBuilder(hanzi.length() * 4);
      hanzi
          .codePoints()
          .forEach(
              c ->
                  read.append(
                      CHARACTER_PINYIN.computeIfAbsent(
                          c, k -> pinyin(new String(Character.toChars(k))).replace(" ", ""))));
      return read.toString();
    }
    return pinyin(hanzi).replace(" ", "");
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static String pinyin(String hanzi) {
    String known = PINYIN.get(hanzi);
    if (known != null) {
      return known;
    }
    String read = transliterated(hanzi);
    if (PINYIN.size() >= 100_000) {
      PINYIN.clear();
    }
    PINYIN.put(hanzi, read);
    return read;
  }

  /** The toneless pinyin of Hanzi, worked out (ICU's transliteration is slow: it is kept). */
  private static String transliterated(String hanzi) {
    StringBuilder read = new StringBuilder(hanzi.length() * 3);
    boolean replaced = false;
    for (int i = 0; i < hanzi.length(); i = hanzi.offsetByCodePoints(i, 1)) {
      String name = CHARACTERS.get(hanzi.codePointAt(i));
      if (name == null) {
        read.appendCodePoint(hanzi.codePointAt(i));
      } else {
        read.append(' ').append(name).append(' ');
        replaced = true;
      }
    }
    String pinyin = HAN_LATIN.get().transliterate(read.toString()).trim().toLowerCase(Locale.ROOT);
    return replaced ? pinyin.replaceAll("\\s+", " ") : pinyin;
  }

  /**
   * Appends a syllable's reading. After an s, an h-syllable (哈 ha, 合 he) is the kh of Askhat, which
   * Pana's Latin writes h (Асхат, Askhat and اسحات are all "ashat"), not the q it stands for
   * elsewhere.
   */
  private static void append(StringBuilder out, String pinyin, boolean last) {
    boolean afterS = !out.isEmpty() && out.charAt(out.length() - 1) == 's';
    out.append(afterS && pinyin.startsWith("h") ? letters(pinyin) : syllable(pinyin, last));
  }

  /** How a transcription uses one pinyin syllable, in Pana's Latin. */
  private static String syllable(String pinyin, boolean last) {
    if (last) {
      String reading = SYLLABLE_FINAL.get(pinyin);
      if (reading != null) {
        return reading;
      }
    }
    String reading = SYLLABLE_ANY.get(pinyin);
    if (reading != null) {
      return reading;
    }
    return letters(pinyin);
  }

  /** Pinyin letters as Pana's Latin reads them: x s, q ch, zh j, c ts, iang an, ie e, ui uy. */
  static String letters(String pinyin) {
    String s = pinyin;
    if (s.startsWith("zh")) {
      s = "j" + s.substring(2);
    } else if (s.startsWith("x")) {
      s = "s" + s.substring(1);
    } else if (s.startsWith("q")) {
      s = "ch" + s.substring(1);
    } else if (s.startsWith("c") && !s.startsWith("ch")) {
      s = "ts" + s.substring(1);
    }
    return s.replace("iang", "an").replace("ie", "e").replace("ao", "o").replace("ou", "u");
  }

  private static void load() {
    Set<String> seen = new HashSet<>();
    SourcedTable.read(
        HanReading.class,
        "han-lexicon.tsv",
        List.of("kind", "key", "reading", "where", "source"),
        row -> {
          String kind = row.get(0);
          String key = row.get(1);
          String reading = row.get(2);
          if (!seen.add(kind + " " + key + " " + row.get(3))) {
            throw row.wrong(key + " twice");
          }
          switch (kind) {
            case "syllable" -> {
              if (!SYLLABLES.contains(key)) {
                throw row.wrong(key + " is not a pinyin syllable");
              }
              (row.get(3).equals("final") ? SYLLABLE_FINAL : SYLLABLE_ANY).put(key, reading);
            }
            case "character" -> {
              if (key.codePointCount(0, key.length()) != 1 || !SYLLABLES.contains(reading)) {
                throw row.wrong(key + " is not one character read as a pinyin syllable");
              }
              CHARACTERS.put(key.codePointAt(0), reading);
            }
            case "name" -> {
              NAMES.put(key, reading);
              NAMES_BY_PINYIN.put(pinyin(key).replace(" ", ""), reading);
            }
            default -> throw row.wrong("unknown kind " + kind);
          }
        });
  }
}
