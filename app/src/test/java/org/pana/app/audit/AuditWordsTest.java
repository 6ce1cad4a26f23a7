package org.pana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.app.web.IcuMessageSource;
import org.pana.core.audit.AuditNote;
import org.pana.core.audit.ChainCheck;
import org.springframework.context.i18n.LocaleContextHolder;

/** A broken chain's verdict says where it broke and how, both in the reader's language. */
class AuditWordsTest {

  private final AuditWords words = new AuditWords(new IcuMessageSource());

  @AfterEach
  void englishAgain() {
    LocaleContextHolder.resetLocaleContext();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          kk | Аудит журналының тізбегі 5-жазбада үзілген: 8-жазбаға дейінгі жазбаларға қол қойылған, бірақ олар жоқ.
          ru | Цепочка журнала аудита нарушена на записи № 5: записи до № 8 были подписаны, но их нет.
          zh | 审计日志链在第5条记录处断开：第8条及之前的记录已签名，但已不存在。
          """)
  void aBrokenChainIsToldInTheReadersLanguage(String language, String expected) {
    ChainCheck broken =
        new ChainCheck(
            false,
            4,
            5L,
            new AuditNote(
                "signed_missing", List.of(8L), "entries up to 8 were signed but are missing"),
            0,
            0,
            List.of(),
            List.of());
    LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

    assertThat(words.verdict(broken)).isEqualTo(expected);
  }
}
