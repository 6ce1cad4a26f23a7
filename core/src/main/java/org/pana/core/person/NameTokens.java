package org.pana.core.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits names into lower-case search tokens with diacritics removed, so that "Nūrlan" finds
 * "Nurlan" and "努尔兰·赛力克" finds "努尔兰". This is only exact-spelling search; finding the same person
 * across scripts is the names engine's job.
 */
public final class NameTokens {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // The many middle dots of Chinese renderings of Turkic names, and other separators.
  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\\u00B7\\u2022\\u30FB\\uFF0E\\u2027\\u2219.,;:()\\[\\]\"'’ʼ\\-‐–—/]+");

  private NameTokens() {}

  public static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .replace('ı', 'i')
            .toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    for (String part : SEPARATORS.split(folded)) {
      if (!part.isEmpty()) {
        tokens.add(part);
      }
    }
    return tokens;
  }

  public static Set<String> ofAll(List<NameVariant> names) {
    Set<String> all = new LinkedHashSet<>();
    for (NameVariant name : names) {
      all.addAll(of(name.value()));
    }
    return all;
  }
}
