package org.pana.tools.search;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of fictional people the way Pana's records hold them: Kazakh and Uyghur given
 * names with skewed frequencies (a few names are very common), patronymics (-ұлы/-қызы) and
 * russified surnames (-ов/-ова), written in Kazakh Cyrillic, passport Latin, the 2021 Latin
 * alphabet, Kazakh Arabic script, Hanzi (by Chinese transcription conventions: a Turkic syllable
 * becomes the characters used for it, a closing consonant its own syllable: r 尔, k 克, t 提) and the
 * pinyin of that Hanzi as on a Chinese passport; typos; partial and noisy dates of birth; identity
 * numbers; and a known share of duplicates (the same person recorded again in another script, with
 * a noisy date).
 *
 * <p>Every person is invented: names are drawn independently, so no real person is described.
 */
public final class SyntheticPeople {

  /** The scripts a name is written in. */
  public enum Writing {
    CYRILLIC,
    PASSPORT,
    LATIN_2021,
    ARABIC,
    HANZI,
    PINYIN;

    /** Whether the writing is Latin, Cyrillic or Arabic script (recall target 0.95). */
    public boolean alphabetic() {
      return this != HANZI && this != PINYIN;
    }
  }

  /**
   * One generated record.
   *
   * @param id record id
   * @param identity the person it describes (duplicates share it)
   * @param given given name (Kazakh Cyrillic, before writing)
   * @param father father's given name
   * @param female whether the person is a woman
   * @param surname whether the name uses a russified surname rather than a patronymic
   * @param writing how the record's main name is written
   * @param names the written names (first is the main one)
   * @param birthYear year of birth, or null
   * @param birthDate date of birth as written (ISO, possibly only the year), or null
   * @param place place of birth
   * @param identifiers identity numbers
   */
  public record Person(
      String id,
      long identity,
      String given,
      String father,
      boolean female,
      boolean surname,
      Writing writing,
      List<String> names,
      Integer birthYear,
      String birthDate,
      String place,
      List<String> identifiers) {

    /**
     * The kind of the {@code i}-th name: the first is written as the record's writing says, a
     * second is its Latin form.
     */
    public String nameKind(int i) {
      if (i > 0) {
        return "passport";
      }
      return switch (writing) {
        case HANZI -> "hanzi";
        case PASSPORT, PINYIN -> "passport";
        default -> "official";
      };
    }
  }

  private static final String[] MALE = {
    "Нұрлан",
    "Серік",
    "Ерлан",
    "Асқар",
    "Бауыржан",
    "Дәулет",
    "Ержан",
    "Болат",
    "Марат",
    "Мұрат",
    "Нұрсұлтан",
    "Қайрат",
    "Талғат",
    "Ғалым",
    "Жандос",
    "Арман",
    "Айдос",
    "Бекзат",
    "Дархан",
    "Ербол",
    "Қанат",
    "Мейрам",
    "Нұржан",
    "Олжас",
    "Руслан",
    "Саят",
    "Тимур",
    "Әлібек",
    "Абылай",
    "Ақылбек",
    "Алмас",
    "Амангелді",
    "Асхат",
    "Ахмет",
    "Бақыт",
    "Берік",
    "Біржан",
    "Ғабит",
    "Данияр",
    "Думан",
    "Елдос",
    "Ерасыл",
    "Жанболат",
    "Жұмабек",
    "Қуаныш",
    "Мақсат",
    "Мұхтар",
    "Нұрбол",
    "Рахат",
    "Сағат",
    "Сәбит",
    "Тұрсын",
    "Ұлан",
    "Шыңғыс",
    "Ілияс",
    "Әділ",
    "Әлихан",
    "Бекболат",
    "Ерік",
    "Жасұлан",
    "Қасым",
    "Мәди",
    "Нұрлыбек",
    "Самат",
    "Темірлан",
    "Ермек",
    "Абай",
    "Мәмет",
    "Әбілміт",
    "Тұрғын",
    "Ілхам",
    "Долқын",
    "Әкбар",
    "Еркін",
    "Құрбан",
    "Ясин",
    "Рози",
    "Осман",
    "Өмір",
    "Хасан",
    "Нұрмәмет",
    "Әбдікерім",
    "Мижит",
    "Пархат",
    "Әлім",
    "Батыр",
    "Жүсіп",
    "Исмайыл",
    "Қадыр",
    "Сұлтан",
    "Бахтияр",
    "Мұхамед",
    "Әбдірахман",
    "Жақып",
    "Тілек",
    "Төлеген",
    "Бағдат",
    "Сейіт",
    "Ораз",
    "Қалдыбек",
    "Есен",
    "Жомарт",
    "Бекмұрат",
    "Сәкен",
    "Әсет",
    "Кенжебек",
    "Оспан",
    "Ахат",
    "Бейбіт",
    "Ғани",
    "Досжан",
    "Ерболат",
    "Жеңіс",
    "Қазбек",
    "Мейірхан",
    "Нұрдәулет",
    "Рүстем",
    "Серікбол",
    "Тоқтар",
    "Ұмбетәлі",
    "Файзулла",
    "Хамит",
    "Шәкір",
    "Ыбырай",
    "Ибрагим",
    "Мұсабек",
    "Түрсынбек",
    "Ақан",
    "Байжан",
    "Ғазиз",
    "Дидар"
  };

  private static final String[] FEMALE = {
    "Айгүл",
    "Гүлнар",
    "Динара",
    "Жанар",
    "Сәуле",
    "Айжан",
    "Гүлмира",
    "Ақмарал",
    "Жұлдыз",
    "Мөлдір",
    "Назерке",
    "Әйгерім",
    "Алия",
    "Мадина",
    "Данагүл",
    "Гүлжан",
    "Айнұр",
    "Ботагөз",
    "Салтанат",
    "Роза",
    "Бибігүл",
    "Нұргүл",
    "Қарлығаш",
    "Ләззат",
    "Майра",
    "Анар",
    "Әсел",
    "Аружан",
    "Балжан",
    "Гауһар",
    "Дана",
    "Жаңыл",
    "Зәуре",
    "Индира",
    "Камила",
    "Күләш",
    "Ләйлә",
    "Маржан",
    "Меруерт",
    "Нәзира",
    "Нұржамал",
    "Раушан",
    "Сания",
    "Толқын",
    "Ұлжан",
    "Шынар",
    "Айша",
    "Патима",
    "Зейнеп",
    "Рейхан",
    "Мерей",
    "Ғалия",
    "Гүлбаһрам",
    "Зұлпия",
    "Мәрия",
    "Нұрия",
    "Рабиға",
    "Сағыныш",
    "Тұрсынай",
    "Үміт",
    "Хадиша",
    "Шолпан",
    "Іңкәр",
    "Ақбота",
    "Бақытгүл",
    "Гүлсара",
    "Дәмелі",
    "Ерке",
    "Жібек",
    "Қымбат",
    "Лаура",
    "Мақпал",
    "Нағима",
    "Орынкүл",
    "Перизат",
    "Райхан",
    "Сабина",
    "Тоты",
    "Әлия",
    "Аягөз",
    "Гүлшат",
    "Эльвира"
  };

  private static final String[][] PLACES = {
    {"Құлжа", "Ghulja", "伊宁"},
    {"Алматы", "Almaty", "阿拉木图"},
    {"Жаркент", "Zharkent", "扎尔肯特"},
    {"Шәуешек", "Chöchek", "塔城"},
    {"Алтай", "Altay", "阿勒泰"},
    {"Үрімжі", "Ürümqi", "乌鲁木齐"},
    {"Талдықорған", "Taldykorgan", "塔尔迪库尔干"},
    {"Шымкент", "Shymkent", "奇姆肯特"},
    {"Нылқы", "Nilka", "尼勒克"},
    {"Моңғолкүре", "Mongolkure", "昭苏"},
    {"Текес", "Tekes", "特克斯"},
    {"Күнес", "Künes", "新源"},
    {"Шапшал", "Chapchal", "察布查尔"},
    {"Қорғас", "Khorgos", "霍尔果斯"},
    {"Бөртала", "Bortala", "博乐"},
    {"Тоқсун", "Toksun", "托克逊"},
    {"Қашқар", "Kashgar", "喀什"},
    {"Астана", "Astana", "阿斯塔纳"}
  };

  private static final Map<String, String> PASSPORT = new HashMap<>();
  private static final Map<String, String> LATIN_2021 = new HashMap<>();
  private static final Map<String, String> ARABIC = new HashMap<>();

  static {
    String[] letters = {
      // Cyrillic, passport Latin, 2021 Latin, Arabic
      "а",
      "a",
      "a",
      "ا",
      "ә",
      "a",
      "ä",
      "ا",
      "б",
      "b",
      "b",
      "ب",
      "в",
      "v",
      "v",
      "ۆ",
      "г",
      "g",
      "g",
      "گ",
      "ғ",
      "g",
      "ğ",
      "ع",
      "д",
      "d",
      "d",
      "د",
      "е",
      "e",
      "e",
      "ە",
      "ж",
      "zh",
      "j",
      "ج",
      "з",
      "z",
      "z",
      "ز",
      "и",
      "i",
      "i",
      "ي",
      "й",
      "i",
      "i",
      "ي",
      "к",
      "k",
      "k",
      "ك",
      "қ",
      "k",
      "q",
      "ق",
      "л",
      "l",
      "l",
      "ل",
      "м",
      "m",
      "m",
      "م",
      "н",
      "n",
      "n",
      "ن",
      "ң",
      "ng",
      "ñ",
      "ڭ",
      "о",
      "o",
      "o",
      "و",
      "ө",
      "o",
      "ö",
      "و",
      "п",
      "p",
      "p",
      "پ",
      "р",
      "r",
      "r",
      "ر",
      "с",
      "s",
      "s",
      "س",
      "т",
      "t",
      "t",
      "ت",
      "у",
      "u",
      "u",
      "ۋ",
      "ұ",
      "u",
      "ū",
      "ۇ",
      "ү",
      "u",
      "ü",
      "ۇ",
      "ф",
      "f",
      "f",
      "ف",
      "х",
      "kh",
      "h",
      "ح",
      "һ",
      "h",
      "h",
      "ھ",
      "ц",
      "ts",
      "ts",
      "تس",
      "ч",
      "ch",
      "ch",
      "چ",
      "ш",
      "sh",
      "ş",
      "ش",
      "щ",
      "shch",
      "şç",
      "ش",
      "ы",
      "y",
      "y",
      "ى",
      "і",
      "i",
      "ı",
      "ى",
      "э",
      "e",
      "e",
      "ە",
      "ю",
      "iu",
      "iu",
      "يۋ",
      "я",
      "ia",
      "ia",
      "يا",
      "ь",
      "",
      "",
      "",
      "ъ",
      "",
      "",
      "",
    };
    for (int i = 0; i < letters.length; i += 4) {
      PASSPORT.put(letters[i], letters[i + 1]);
      LATIN_2021.put(letters[i], letters[i + 2]);
      ARABIC.put(letters[i], letters[i + 3]);
    }
  }

  /** Chinese transcription of Turkic syllables: the characters Xinhua-style tables use. */
  private static final Map<String, String> HAN = new HashMap<>();

  static {
    String[] syllables = {
      "a", "阿", "e", "艾", "i", "伊", "o", "奥", "u", "乌", "ba", "巴", "be", "别", "bi", "比", "bo", "波",
      "bu", "布", "pa", "帕", "pe", "佩", "pi", "皮", "po", "坡", "pu", "普", "ma", "马", "me", "麦", "mi",
      "米", "mo", "莫", "mu", "穆", "fa", "法", "fe", "菲", "fi", "菲", "fo", "佛", "fu", "夫", "va", "瓦",
      "ve", "维", "vi", "维", "vo", "沃", "vu", "武", "da", "达", "de", "德", "di", "迪", "do", "多", "du",
      "杜", "ta", "塔", "te", "特", "ti", "提", "to", "托", "tu", "吐", "na", "纳", "ne", "内", "ni", "尼",
      "no", "诺", "nu", "努", "la", "拉", "le", "列", "li", "力", "lo", "洛", "lu", "鲁", "ra", "热", "re",
      "热", "ri", "日", "ro", "若", "ru", "如", "ga", "加", "ge", "格", "gi", "吉", "go", "戈", "gu", "古",
      "ka", "卡", "ke", "克", "ki", "基", "ko", "科", "ku", "库", "kha", "哈", "khe", "赫", "khi", "希",
      "kho", "霍", "khu", "胡", "ha", "哈", "he", "赫", "hi", "希", "ho", "霍", "hu", "胡", "ja", "加",
      "je", "杰", "ji", "吉", "jo", "卓", "ju", "朱", "zha", "扎", "zhe", "哲", "zhi", "吉", "zho", "卓",
      "zhu", "朱", "cha", "恰", "che", "切", "chi", "奇", "cho", "乔", "chu", "楚", "sha", "沙", "she",
      "谢", "shi", "希", "sho", "肖", "shu", "舒", "sa", "萨", "se", "赛", "si", "斯", "so", "索", "su",
      "苏", "za", "扎", "ze", "泽", "zi", "孜", "zo", "佐", "zu", "祖", "ia", "亚", "ie", "叶", "io", "约",
      "iu", "尤", "nga", "安", "nge", "恩"
    };
    for (int i = 0; i < syllables.length; i += 2) {
      HAN.put(syllables[i], syllables[i + 1]);
    }
  }

  /** A consonant closing a syllable: its own character (尔 r, 克 k, 提 t …). */
  private static final Map<String, String> CODA =
      Map.ofEntries(
          Map.entry("r", "尔"),
          Map.entry("l", "勒"),
          Map.entry("k", "克"),
          Map.entry("t", "提"),
          Map.entry("s", "斯"),
          Map.entry("m", "木"),
          Map.entry("b", "布"),
          Map.entry("d", "德"),
          Map.entry("g", "格"),
          Map.entry("p", "普"),
          Map.entry("sh", "什"),
          Map.entry("z", "孜"),
          Map.entry("zh", "日"),
          Map.entry("kh", "赫"),
          Map.entry("h", "赫"),
          Map.entry("f", "夫"),
          Map.entry("v", "夫"),
          Map.entry("ch", "奇"),
          Map.entry("ts", "茨"),
          Map.entry("i", "伊"),
          Map.entry("n", "恩"));

  /** Nasal endings joined to the syllable before: -an 安/兰/江, -en 恩 … */
  private static final Map<String, String> NASAL = new HashMap<>();

  static {
    String[] nasal = {
      "an", "安", "en", "恩", "in", "因", "on", "翁", "un", "温", "ban", "班", "ben", "本", "bin", "宾",
      "bon", "邦", "dan", "丹", "den", "登", "din", "丁", "tan", "坦", "ten", "坦", "tun", "吞", "nan",
      "南", "lan", "兰", "len", "连", "lin", "林", "ran", "然", "ren", "仁", "gan", "甘", "gen", "根",
      "kan", "坎", "ken", "肯", "khan", "汗", "han", "汗", "jan", "江", "zhan", "江", "jen", "金", "man",
      "曼", "men", "门", "min", "明", "san", "桑", "sen", "森", "sun", "逊", "shan", "山", "zan", "赞",
      "can", "坎", "chan", "章", "ang", "昂", "eng", "恩", "ong", "翁", "ung", "翁", "ian", "彦", "zhun",
      "准", "jun", "军", "nun", "农", "lun", "伦", "run", "润", "mun", "蒙"
    };
    for (int i = 0; i < nasal.length; i += 2) {
      NASAL.put(nasal[i], nasal[i + 1]);
    }
  }

  private final SplittableRandom random;
  private final double[] maleWeights;
  private final double[] femaleWeights;
  private final Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  private final List<Person> earlier = new ArrayList<>();
  private long nextIdentity;
  private long nextId;

  public SyntheticPeople(long seed) {
    this.random = new SplittableRandom(seed);
    this.maleWeights = zipf(MALE.length);
    this.femaleWeights = zipf(FEMALE.length);
  }

  /**
   * Names at rank r are drawn with weight 1/(r+10): the commonest name is about 4 % of people, the
   * rarest a tenth of that (the Ministry of Justice's commonest surname, Akhmetov(a), is about 0.4
   * % of Kazakhstan; given names are more concentrated, and these lists are short).
   */
  private static double[] zipf(int n) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 10);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private String draw(String[] names, double[] cumulative) {
    double x = random.nextDouble();
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return names[low];
  }

  /**
   * The next record: 95 % a new person, 5 % a known duplicate of an earlier one (another script, a
   * noisy date, sometimes a typo).
   */
  public Person next() {
    if (!earlier.isEmpty() && random.nextInt(100) < 5) {
      Person original = earlier.get(random.nextInt(earlier.size()));
      return duplicate(original);
    }
    boolean female = random.nextBoolean();
    String given = female ? draw(FEMALE, femaleWeights) : draw(MALE, maleWeights);
    String father = draw(MALE, maleWeights);
    boolean surname = random.nextInt(100) < 40;
    int year = 1940 + random.nextInt(76);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String date;
    int roll = random.nextInt(100);
    if (roll < 10) {
      date = String.valueOf(year);
    } else if (roll < 15) {
      date = year + "-01-01"; // the placeholder date of many documents
    } else {
      date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
    Writing writing = Writing.values()[random.nextInt(Writing.values().length)];
    long identity = nextIdentity++;
    String[] place = PLACES[random.nextInt(PLACES.length)];
    List<String> identifiers = new ArrayList<>();
    if (random.nextInt(100) < 30) {
      identifiers.add(chineseId(year, month, day, female));
    }
    Person person =
        new Person(
            "p" + nextId++,
            identity,
            given,
            father,
            female,
            surname,
            writing,
            names(given, father, female, surname, writing),
            year,
            date,
            writing == Writing.HANZI ? place[2] : writing == Writing.CYRILLIC ? place[0] : place[1],
            identifiers);
    if (earlier.size() < 200_000) {
      earlier.add(person);
    } else {
      earlier.set(random.nextInt(earlier.size()), person);
    }
    return person;
  }

  private Person duplicate(Person original) {
    Writing writing = Writing.values()[random.nextInt(Writing.values().length)];
    List<String> names =
        new ArrayList<>(
            names(
                original.given(),
                original.father(),
                original.female(),
                original.surname(),
                writing));
    if (random.nextInt(100) < 15 && writing.alphabetic()) {
      names.set(0, typo(names.get(0)));
    }
    Integer year = original.birthYear();
    String date = original.birthDate();
    if (random.nextInt(100) < 20 && year != null) {
      year = year + (random.nextBoolean() ? 1 : -1);
      date = String.valueOf(year);
    }
    return new Person(
        "p" + nextId++,
        original.identity(),
        original.given(),
        original.father(),
        original.female(),
        original.surname(),
        writing,
        names,
        year,
        date,
        original.place(),
        original.identifiers());
  }

  /** The record's names: the main writing, and often a second one (Hanzi with its pinyin). */
  List<String> names(
      String given, String father, boolean female, boolean surname, Writing writing) {
    List<String> names = new ArrayList<>();
    names.add(write(given, father, female, surname, writing));
    if (writing == Writing.HANZI && random.nextBoolean()) {
      names.add(write(given, father, female, surname, Writing.PINYIN));
    }
    if (writing == Writing.CYRILLIC && random.nextBoolean()) {
      names.add(write(given, father, female, surname, Writing.PASSPORT));
    }
    return names;
  }

  /** One name written one way. Chinese documents write given·father without endings. */
  public String write(
      String given, String father, boolean female, boolean surname, Writing writing) {
    String second;
    if (writing == Writing.HANZI || writing == Writing.PINYIN) {
      second = father;
    } else if (surname) {
      second = father + (female ? "ова" : "ов");
    } else {
      second = father + (female ? "қызы" : "ұлы");
    }
    return switch (writing) {
      case CYRILLIC -> given + " " + second;
      case PASSPORT ->
          (letters(given, PASSPORT) + " " + letters(second, PASSPORT)).toUpperCase(Locale.ROOT);
      case LATIN_2021 ->
          capital(letters(given, LATIN_2021)) + " " + capital(letters(second, LATIN_2021));
      case ARABIC -> arabic(given) + " " + arabic(second);
      case HANZI -> hanzi(given) + "·" + hanzi(second);
      case PINYIN -> (pinyin(hanzi(given)) + " " + pinyin(hanzi(second))).toUpperCase(Locale.ROOT);
    };
  }

  private String pinyin(String hanzi) {
    return pinyin.transliterate(hanzi).replace(" ", "");
  }

  private static String capital(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String letters(String cyrillic, Map<String, String> table) {
    StringBuilder out = new StringBuilder();
    String lower = cyrillic.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      String letter = String.valueOf(lower.charAt(i));
      // е at the start and after a vowel is ye in passports
      if (letter.equals("е")
          && table == PASSPORT
          && (i == 0 || "аәеиоөұүуыіэюя".indexOf(lower.charAt(i - 1)) >= 0)) {
        out.append("ye");
        continue;
      }
      out.append(table.getOrDefault(letter, letter));
    }
    return out.toString();
  }

  /** Kazakh Arabic script: a front-vowel word takes the high hamza ٴ once, at its start. */
  private static String arabic(String cyrillic) {
    String lower = cyrillic.toLowerCase(Locale.ROOT);
    boolean front = lower.matches(".*[әеөүі].*") && !lower.matches(".*[аоұы].*");
    String letters = letters(lower, ARABIC);
    return front ? "ٴ" + letters : letters;
  }

  /** Hanzi by transcription: syllables of the passport spelling, codas as their own characters. */
  private static String hanzi(String cyrillic) {
    // ы is heard near i or e; Chinese renderings write it with i- or e- syllables (Қасым 哈斯木)
    String latin = letters(cyrillic, PASSPORT).replace("ye", "e").replace('y', 'i');
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < latin.length()) {
      String matched = null;
      String han = null;
      // prefer a nasal syllable (consonant + vowel + n) when no vowel follows the n
      for (int length = 5; length >= 2 && matched == null; length--) {
        if (i + length <= latin.length()) {
          String piece = latin.substring(i, i + length);
          boolean vowelAfter =
              i + length < latin.length() && "aeiou".indexOf(latin.charAt(i + length)) >= 0;
          if (NASAL.containsKey(piece) && !vowelAfter) {
            matched = piece;
            han = NASAL.get(piece);
          }
        }
      }
      for (int length = 3; length >= 1 && matched == null; length--) {
        if (i + length <= latin.length()) {
          String piece = latin.substring(i, i + length);
          if (HAN.containsKey(piece)) {
            matched = piece;
            han = HAN.get(piece);
          }
        }
      }
      for (int length = 2; length >= 1 && matched == null; length--) {
        if (i + length <= latin.length()) {
          String piece = latin.substring(i, i + length);
          if (CODA.containsKey(piece)) {
            matched = piece;
            han = CODA.get(piece);
          }
        }
      }
      if (matched == null) {
        i++; // a letter the tables do not write
        continue;
      }
      out.append(han);
      i += matched.length();
    }
    return out.toString();
  }

  /** A typo: a letter dropped, doubled or swapped with the one before. */
  public String typo(String name) {
    if (name.length() < 4) {
      return name;
    }
    StringBuilder chars = new StringBuilder(name);
    int at = 1 + random.nextInt(name.length() - 2);
    if (Character.isWhitespace(chars.charAt(at))) {
      return name;
    }
    switch (random.nextInt(3)) {
      case 0 -> chars.deleteCharAt(at);
      case 1 -> chars.insert(at, chars.charAt(at));
      default -> {
        char c = chars.charAt(at);
        chars.setCharAt(at, chars.charAt(at - 1));
        chars.setCharAt(at - 1, c);
      }
    }
    return chars.toString();
  }

  /** A valid Chinese resident identity number of Ili prefecture (GB 11643, ISO 7064 MOD 11-2). */
  private String chineseId(int year, int month, int day, boolean female) {
    String[] regions = {"654002", "654003", "654021", "654022", "654023", "654024", "654025"};
    int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
    String body =
        regions[random.nextInt(regions.length)]
            + String.format(Locale.ROOT, "%04d%02d%02d%03d", year, month, day, sequence);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }
}
