package org.pana.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word lists the report rules read: each entry traceable to its reason. */
class WordListTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "common-words",
        "ethnonyms",
        "place-words",
        "street-words",
        "dwelling-words",
        "contact-sites"
      })
  void everyShippedListLoadsWithAReasonPerEntry(String name) {
    assertThat(WordList.shipped(name).words()).isNotEmpty();
  }

  @Test
  void lookUpIgnoresCaseAndAccents() {
    WordList ethnonyms = WordList.shipped("ethnonyms");
    assertThat(ethnonyms.contains("KAZAKH")).isTrue();
    assertThat(ethnonyms.contains("Казахский")).isTrue();
    assertThat(WordList.shipped("common-words").contains("Тётя")).isTrue();
    assertThat(ethnonyms.contains("Aigerim")).isFalse();
  }

  @Test
  void anEntryWithoutItsReasonIsRefused() {
    assertThatThrownBy(() -> WordList.shipped("test-unsourced"))
        .hasMessageContaining("line 3: give the word, a tab, then why it is on the list");
  }
}
