package org.pana.app.i18n;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules a translated bundle must follow, for the build ({@code BundlesTest}) and for a
 * translator's corrections ({@code pana messages import}) alike: every English key, none empty,
 * each a valid ICU message pattern with the English message's arguments (a report's message may
 * also use those its code passes to every message), every plural naming each plural category of the
 * language (Russian one, few, many, other), no key English lacks, and no value left as the English
 * one unless {@code same-as-english.tsv} says why.
 */
public final class BundleCheck {

  /** CLDR's plural categories in their usual order. */
  private static final List<String> CATEGORY_ORDER =
      List.of("zero", "one", "two", "few", "many", "other");

  private final Bundle bundle;
  private final String language;
  private final Map<String, String> english;
  private final Map<String, String> sameAsEnglish;
  private final List<String> categories;

  BundleCheck(
      Bundle bundle, String language, Map<String, String> english, Map<String, String> allowed) {
    this.bundle = bundle;
    this.language = language;
    this.english = new LinkedHashMap<>(english);
    this.sameAsEnglish = Map.copyOf(allowed);
    Set<String> keywords = PluralRules.forLocale(new ULocale(language)).getKeywords();
    this.categories = CATEGORY_ORDER.stream().filter(keywords::contains).toList();
  }

  /** The rules for {@code bundle} in {@code language}, with English as the jar holds it. */
  public static BundleCheck of(Bundle bundle, String language) {
    return of(bundle, language, bundle.english());
  }

  /** The rules for {@code bundle} in {@code language}, with {@code english} as the English. */
  static BundleCheck of(Bundle bundle, String language, BundleFile english) {
    return new BundleCheck(
        bundle, language, english.values(), SameAsEnglish.reasons(bundle, language));
  }

  /**
   * What is wrong with one key.
   *
   * @param key the key
   * @param text what is wrong, in words for a translator
   */
  public record Problem(String key, String text) {
    @Override
    public String toString() {
      return key + ": " + text;
    }
  }

  /** The language's name in English: Kazakh, Russian, Uyghur, Chinese. */
  public String languageName() {
    return new ULocale(language).getDisplayLanguage(ULocale.ENGLISH);
  }

  /** The English messages, in the English file's order. */
  Map<String, String> english() {
    return english;
  }

  /** Whether {@code key} is one this language has and English has not. */
  boolean isOwnKey(String key) {
    return !english.containsKey(key) && sameAsEnglish.containsKey(key);
  }

  /** Why {@code key} may stay as in English in this language, if it may. */
  Optional<String> sameAsEnglishReason(String key) {
    return Optional.ofNullable(sameAsEnglish.get(key));
  }

  /** Every problem of a whole translation, in the English file's order, then its extra keys. */
  public List<Problem> check(Map<String, String> translation) {
    List<Problem> out = new ArrayList<>();
    for (String key : english.keySet()) {
      String value = translation.get(key);
      List<String> problems = value == null ? List.of("missing") : problems(key, value);
      problems.forEach(text -> out.add(new Problem(key, text)));
    }
    for (String key : translation.keySet()) {
      if (!english.containsKey(key)) {
        problems(key, translation.get(key)).forEach(text -> out.add(new Problem(key, text)));
      }
    }
    return out;
  }

  /** What is wrong with {@code value} as the translation of {@code key}; empty when it is right. */
  public List<String> problems(String key, String value) {
    String source = english.get(key);
    if (source == null) {
      return isOwnKey(key)
          ? List.of()
          : List.of("not a key of the English " + bundle.description());
    }
    if (value.isBlank()) {
      return List.of("empty");
    }
    MessageShape translation = MessageShape.of(value);
    if (translation.error() != null) {
      return List.of("not a valid message pattern: " + translation.error());
    }
    MessageShape original = MessageShape.of(source);
    List<String> out = new ArrayList<>();
    Set<String> optional = bundle.optionalArguments();
    Set<String> lost =
        difference(difference(original.arguments(), optional), translation.arguments());
    if (!lost.isEmpty()) {
      out.add(braced(lost) + (lost.size() == 1 ? " is" : " are") + " lost" + englishHas(original));
    }
    Set<String> known = new TreeSet<>(original.arguments());
    known.addAll(optional);
    Set<String> unknown = difference(translation.arguments(), known);
    if (!unknown.isEmpty()) {
      out.add(
          braced(unknown)
              + (unknown.size() == 1 ? " is not an argument" : " are not arguments")
              + " of this message"
              + englishHas(original));
    }
    for (MessageShape.Plural plural : translation.plurals()) {
      List<String> missing =
          categories.stream().filter(category -> !plural.categories().contains(category)).toList();
      if (!missing.isEmpty()) {
        out.add(
            "the plural of "
                + MessageShape.braced(plural.argument())
                + " lacks "
                + String.join(", ", missing)
                + " ("
                + languageName()
                + " needs "
                + String.join(", ", categories)
                + ")");
      }
    }
    if (value.strip().equals(source.strip())
        && source.codePoints().anyMatch(Character::isLetter)
        && !sameAsEnglish.containsKey(key)) {
      out.add("the English text: translate it (or list it in same-as-english.tsv with the reason)");
    }
    return out;
  }

  /**
   * What a translator must keep in {@code key}'s translation: its arguments, and the forms each
   * plural needs in this language.
   */
  List<String> hints(String key) {
    MessageShape original = MessageShape.of(english.getOrDefault(key, ""));
    List<String> out = new ArrayList<>();
    if (!original.arguments().isEmpty()) {
      out.add("keep " + braced(original.arguments()));
    }
    for (MessageShape.Plural plural : original.plurals()) {
      out.add(
          MessageShape.braced(plural.argument())
              + " is a count: give its plural the forms "
              + String.join(", ", categories));
    }
    return out;
  }

  private static String englishHas(MessageShape original) {
    return original.arguments().isEmpty()
        ? " (the English has none)"
        : " (the English has " + braced(original.arguments()) + ")";
  }

  private static String braced(Set<String> arguments) {
    return arguments.stream().map(MessageShape::braced).collect(Collectors.joining(", "));
  }

  private static Set<String> difference(Set<String> wanted, Set<String> found) {
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(found);
    return missing;
  }
}
