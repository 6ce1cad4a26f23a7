package org.pana.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pana.app.i18n.Bundle;
import org.pana.app.web.IcuMessageSource;
import org.pana.core.record.RecordKind;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every field of every kind of record has its words for the history page ({@code
 * history.field.<name>}), so that "what changed" is never a field's name in the code.
 */
class FieldWordsTest {

  @AfterEach
  void englishAgain() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void everyFieldOfEveryRecordHasItsWords() {
    Set<String> fields = new TreeSet<>();
    for (RecordKind<?> kind : RecordKinds.all()) {
      for (RecordComponent component : kind.type().getRecordComponents()) {
        fields.add(component.getName());
      }
    }
    Map<String, String> english = Bundle.UI.english().values();

    assertThat(fields).hasSizeGreaterThan(50);
    assertThat(fields.stream().filter(field -> !english.containsKey("history.field." + field)))
        .as("fields without history.field.<name> in messages.properties")
        .isEmpty();
  }

  @Test
  void theFieldsAreListedInTheReadersLanguageAndAnUnknownOneByItsName() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));

    assertThat(new FieldWords(new IcuMessageSource()).text(List.of("birthDate", "notes", "gone")))
        .isEqualTo("дата рождения, заметки и gone");
  }
}
