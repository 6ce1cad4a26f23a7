package org.pana.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundleFileTest {

  static Stream<String> shippedBundles() {
    List<String> out = new ArrayList<>();
    for (String base : List.of("messages", "org/pana/core/report/report")) {
      out.add(base + ".properties");
      for (String language : List.of("kk", "ru", "ug", "zh")) {
        out.add(base + "_" + language + ".properties");
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("shippedBundles")
  void everyShippedBundleIsWrittenBackAsItWasRead(String resource) throws IOException {
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    BundleFile file = BundleFile.parse(text);

    assertThat(file.text()).isEqualTo(text);
    assertThat(file.entries()).hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" in {where}", " and ", "a\\b", "two\nlines", "x = y: #1 !", "ءا", "tab\there"})
  void aLineItWritesReadsBackAsTheSameValue(String value) {
    BundleFile file = BundleFile.parse(BundleFile.line("some.key", value) + "\n");

    assertThat(file.values()).containsExactly(Map.entry("some.key", value));
  }

  @Test
  void aCorrectedBundleFollowsTheEnglishOrderAndKeepsItsOwnLinesAndKeys() {
    BundleFile english = BundleFile.parse("# English\na=A\n\n# section\nb=B\nc=C\n");
    BundleFile translated = BundleFile.parse("# head\na=а\nown=свой\n\n# раздел\nc=ц\n");

    BundleFile corrected =
        translated.corrected(english, Map.of("a", "а", "b", "б", "c", "ц2"), Optional.empty());

    assertThat(corrected.text())
        .isEqualTo("# head\na=а\nown=свой\n\n# section\nb=б\n\n# раздел\nc=ц2\n");
  }

  @Test
  void theReviewStateIsReplacedWhereTheHeaderStatesIt() {
    List<String> header =
        List.of(
            "# Kazakh text. Review state: machine-drafted, not yet reviewed by a native speaker.",
            "# Аудармалар");

    assertThat(
            BundleFile.withReviewState(
                header, "corrected by a translator on 2026-12-03, 2 keys changed"))
        .containsExactly(
            "# Kazakh text. Review state: corrected by a translator on 2026-12-03, 2 keys changed.",
            "# Аудармалар");
  }

  @Test
  void aHeaderWithoutAReviewStateGetsOneUnderItsFirstLine() {
    List<String> header = List.of("# Report text in Russian.", "# Подробнее");

    assertThat(BundleFile.withReviewState(header, "corrected"))
        .containsExactly("# Report text in Russian.", "# Review state: corrected.", "# Подробнее");
  }
}
