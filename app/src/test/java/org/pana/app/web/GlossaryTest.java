package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pana.app.i18n.Bundle;

/**
 * The interface and the reports say a legal term the way the glossary ({@code glossary.tsv}) does:
 * wherever an English message names a status or a document of the procedure ("asylum-seeker
 * certificate"), its translation holds the glossary's term, each word allowing for an ending of up
 * to two letters (Kazakh and Uyghur add suffixes, Russian declines). Terms of the procedure's steps
 * (registration, decision, refusal, appeal, expulsion, court) change their form with the verb
 * around them, and are left to a reviewer.
 */
class GlossaryTest {

  private static final Set<String> VARYING =
      Set.of("registration", "decision", "refusal", "appeal", "expulsion", "court", "release");

  static List<String> languages() {
    return BundlesTest.LANGUAGES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void theBundlesUseTheGlossarysTerms(String language) {
    Map<String, Map<String, String>> terms = glossary();
    List<String> wrong = new ArrayList<>();
    for (Bundle bundle : Bundle.values()) {
      Map<String, String> english = bundle.english().values();
      Map<String, String> translated = bundle.translation(language).orElseThrow().values();
      for (Map.Entry<String, Map<String, String>> term : terms.entrySet()) {
        if (VARYING.contains(term.getKey())) {
          continue;
        }
        Pattern named =
            Pattern.compile(
                "\\b" + Pattern.quote(term.getValue().get("en")) + "\\b", Pattern.CASE_INSENSITIVE);
        List<String> words = words(term.getValue().get(language), language);
        for (Map.Entry<String, String> message : english.entrySet()) {
          if (!named.matcher(message.getValue()).find()) {
            continue;
          }
          String key = message.getKey();
          String value = translated.getOrDefault(key, "").toLowerCase(Locale.ROOT);
          if (!words.stream().allMatch(value::contains)) {
            wrong.add(bundle.word() + " " + key + " lacks " + term.getValue().get(language));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * What a translation must hold of a term: the whole of it in Chinese; else its first two words of
   * three letters or more, less an ending of up to two letters.
   */
  private static List<String> words(String term, String language) {
    String plain = term.replaceAll("\\s*\\(.*?\\)", "").toLowerCase(Locale.ROOT);
    if (language.equals("zh")) {
      return List.of(plain);
    }
    List<String> out = new ArrayList<>();
    for (String word : plain.split("[\\s,]+")) {
      if (word.length() > 2 && out.size() < 2) {
        out.add(word.substring(0, Math.max(3, word.length() - 2)));
      }
    }
    return out;
  }

  /** Term key, then language, then the term. */
  static Map<String, Map<String, String>> glossary() {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (InputStream in =
        GlossaryTest.class.getResourceAsStream("/org/pana/core/procedure/glossary.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertThat(cells).as(line).hasSize(5);
        assertThat(cells[3])
            .as(line)
            .isIn("official", "unverified", "unofficial translation", "plain usage");
        assertThat(cells[4]).as("the source of " + line).isNotBlank();
        out.computeIfAbsent(cells[0], key -> new HashMap<>()).put(cells[1], cells[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, Map<String, String>> term : out.entrySet()) {
      assertThat(term.getValue().keySet())
          .as("every language has a term for " + term.getKey())
          .containsExactlyInAnyOrder("en", "kk", "ru", "ug", "zh");
    }
    return out;
  }
}
