package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation is whole and every message formats: for the user interface ({@code messages})
 * and the reports ({@code report}), each language's bundle has every English key, none empty and
 * none left over; each value is a valid ICU pattern with the English value's arguments, and every
 * plural names each plural category of its language (Russian one, few, many, other); and no value
 * is the English one unless {@code same-as-english.tsv} says why.
 */
class BundlesTest {

  /** The languages Pana's pages offer besides English. */
  static final List<String> LANGUAGES = List.of("kk", "ru", "ug", "zh");

  private static final Map<String, String> BUNDLES =
      Map.of("messages", "/messages", "report", "/org/pana/core/report/report");

  /**
   * Arguments the report's code passes to every message of its kind, which a language may use where
   * English needs none, or leave out where its grammar needs none: the sex for agreement, and a
   * date's month in the case the language puts it in ({@code Wording}).
   */
  private static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "messages",
          Set.of(),
          "report",
          Set.of(
              "sex",
              "month",
              "monthGenitive",
              "monthPrepositional",
              "monthNumber",
              "bare",
              "phrase"));

  static Stream<Arguments> bundles() {
    List<Arguments> out = new ArrayList<>();
    for (String bundle : new TreeSet<>(BUNDLES.keySet())) {
      for (String language : LANGUAGES) {
        out.add(Arguments.of(bundle, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bundles")
  void everyKeyIsTranslatedWithItsArguments(String bundle, String language) {
    Properties english = load(BUNDLES.get(bundle) + ".properties");
    Properties translated = load(BUNDLES.get(bundle) + "_" + language + ".properties");
    Map<String, String> allowed = sameAsEnglish(bundle, language);
    Set<String> categories = PluralRules.forLocale(new ULocale(language)).getKeywords();
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String source = english.getProperty(key);
      String value = translated.getProperty(key);
      if (value == null || value.isBlank()) {
        wrong.add(key + ": missing or empty");
        continue;
      }
      Pattern original = Pattern.of(source);
      Pattern translation = Pattern.of(value);
      if (translation.error() != null) {
        wrong.add(key + ": not an ICU message pattern (" + translation.error() + ")");
        continue;
      }
      Set<String> optional = MAY_USE.get(bundle);
      Set<String> needed = difference(original.arguments(), optional);
      Set<String> known = new TreeSet<>(original.arguments());
      known.addAll(optional);
      if (!translation.arguments().containsAll(needed)
          || !known.containsAll(translation.arguments())) {
        wrong.add(
            key + ": arguments " + translation.arguments() + ", English " + original.arguments());
      }
      for (Set<String> plural : translation.plurals()) {
        if (!plural.containsAll(categories)) {
          wrong.add(key + ": a plural without " + difference(categories, plural));
        }
      }
      if (value.strip().equals(source.strip())
          && source.codePoints().anyMatch(Character::isLetter)
          && !allowed.containsKey(key)) {
        wrong.add(key + ": the English text, and not on the same-as-English list");
      }
    }
    for (String key : new TreeSet<>(translated.stringPropertyNames())) {
      if (!english.containsKey(key) && !allowed.containsKey(key)) {
        wrong.add(key + ": not an English key (left over?)");
      }
    }
    assertThat(wrong).as("%s_%s.properties", bundle, language).isEmpty();
  }

  private static Set<String> difference(Set<String> wanted, Set<String> found) {
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(found);
    return missing;
  }

  /** A message pattern's arguments, its plurals' categories, or why it does not parse. */
  private record Pattern(Set<String> arguments, List<Set<String>> plurals, String error) {

    static Pattern of(String text) {
      MessagePattern pattern = new MessagePattern();
      try {
        pattern.parse(text);
      } catch (IllegalArgumentException e) {
        return new Pattern(Set.of(), List.of(), e.getMessage());
      }
      Set<String> arguments = new TreeSet<>();
      List<Set<String>> plurals = new ArrayList<>();
      for (int i = 0; i < pattern.countParts(); i++) {
        MessagePattern.Part part = pattern.getPart(i);
        switch (part.getType()) {
          case ARG_NAME, ARG_NUMBER -> arguments.add(pattern.getSubstring(part));
          case ARG_START -> {
            if (part.getArgType() == MessagePattern.ArgType.PLURAL) {
              plurals.add(selectors(pattern, i));
            }
          }
          default -> {
            // text, selectors and the like say nothing of arguments
          }
        }
      }
      return new Pattern(arguments, plurals, null);
    }

    /** The keyword selectors of the plural argument that starts at part {@code start}. */
    private static Set<String> selectors(MessagePattern pattern, int start) {
      Set<String> out = new TreeSet<>();
      int limit = pattern.getLimitPartIndex(start);
      for (int i = start + 1; i < limit; i++) {
        MessagePattern.Part part = pattern.getPart(i);
        if (part.getType() == MessagePattern.Part.Type.MSG_START) {
          i = pattern.getLimitPartIndex(i); // skip the sub-message, with any plural inside
        } else if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          String selector = pattern.getSubstring(part);
          if (!selector.startsWith("=")) {
            out.add(selector);
          }
        }
      }
      return out;
    }
  }

  /**
   * The keys whose value may be the English one, with the reason ({@code same-as-english.tsv}:
   * bundle, key, languages or {@code *}, reason).
   */
  private static Map<String, String> sameAsEnglish(String bundle, String language) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/same-as-english.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertThat(cells).as("bundle, key, languages, reason: %s", line).hasSize(4);
        assertThat(cells[3]).as("the reason for %s", cells[1]).isNotBlank();
        boolean forThis = cells[2].equals("*") || List.of(cells[2].split(",")).contains(language);
        if (cells[0].equals(bundle) && forThis) {
          out.put(cells[1], cells[3]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
