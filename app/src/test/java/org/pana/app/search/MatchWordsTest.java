package org.pana.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pana.app.web.IcuMessageSource;
import org.pana.names.NameComparator;
import org.springframework.context.i18n.LocaleContextHolder;

/** Why a name matched, as a page in another language shows it: the engine's words translated. */
class MatchWordsTest {

  private final IcuMessageSource messages = new IcuMessageSource();
  private final MatchWords words = new MatchWords(messages);

  @AfterEach
  void english() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theEnginesWordsAreShownInThePagesLanguage() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    String shown =
        words.explain("нұрлан ~ nurlan: same 1.00; серікұлы ~ 赛力克: same root 0.95; unpaired: khan");

    assertThat(shown)
        .isEqualTo(
            "нұрлан ~ nurlan: совпадает 1.00; серікұлы ~ 赛力克: тот же корень 0.95; без пары: khan");
  }

  @Test
  void everyReasonTheEngineGivesHasItsWords() {
    List<String[]> pairs =
        List.of(
            new String[] {"Нұрлан Серікұлы", "Nurlan Serikuly"},
            new String[] {"Нұрлан Серікұлы", "努尔兰·赛力克"},
            new String[] {"Nurlan Serikuly", "NUERLAN SAILIKE"},
            new String[] {"Абдурехим Хейт", "Abdurehim Heyit"},
            new String[] {"阿布杜卡德尔", "阿卜杜卡迪尔"},
            new String[] {"Mehmet Tursun", "Tursun Mehmet"},
            new String[] {"N. Serikuly", "Nurlan Serikuly"},
            new String[] {"Xalmurat", "Shalmurat"},
            new String[] {"Мұхаммед", "Muhammad"},
            new String[] {"Serik Nurlan", "Nurlan Serikuly"});
    Pattern how = Pattern.compile(": ([a-z][a-z ,'’]*?) (\\d\\.\\d\\d)");
    Set<String> seen = new TreeSet<>();
    for (String[] pair : pairs) {
      Matcher matcher = how.matcher(NameComparator.compare(pair[0], pair[1]).explain());
      while (matcher.find()) {
        seen.add(matcher.group(1));
      }
    }
    assertThat(seen).hasSizeGreaterThan(3);
    for (String reason : seen) {
      String key = "match.how." + reason.replaceAll("[^a-z]+", "-");
      assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag("kk")))
          .as(key)
          .isNotNull();
    }
  }
}
