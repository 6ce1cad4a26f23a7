package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pana.app.i18n.Bundle;
import org.pana.app.i18n.BundleCheck;
import org.pana.app.i18n.BundleFile;

/**
 * Every translation is whole and every message formats: for the user interface ({@code messages})
 * and the reports ({@code report}), each language's bundle has every English key, none empty and
 * none left over; each value is a valid ICU pattern with the English value's arguments, and every
 * plural names each plural category of its language (Russian one, few, many, other); and no value
 * is the English one unless {@code same-as-english.tsv} says why. The rules are {@link
 * BundleCheck}'s, which {@code pana messages import} applies to a translator's corrections too.
 */
class BundlesTest {

  /** The languages Pana's pages offer besides English. */
  static final List<String> LANGUAGES =
      LocaleConfiguration.LANGUAGES.stream().filter(l -> !l.equals("en")).toList();

  static Stream<Arguments> bundles() {
    List<Arguments> out = new ArrayList<>();
    for (Bundle bundle : Bundle.values()) {
      for (String language : LANGUAGES) {
        out.add(Arguments.of(bundle, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bundles")
  void everyKeyIsTranslatedWithItsArguments(Bundle bundle, String language) {
    BundleFile translated = bundle.translation(language).orElseThrow();

    List<BundleCheck.Problem> wrong = BundleCheck.of(bundle, language).check(translated.values());

    assertThat(wrong).as(bundle.fileName(language)).isEmpty();
  }
}
