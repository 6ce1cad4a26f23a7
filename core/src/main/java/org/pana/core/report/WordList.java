package org.pana.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words the report rules depend on, read from {@code words/<name>.tsv} beside this class:
 * one word a line, a tab, then why it is on the list. An entry without a reason is refused, so
 * every word can be traced to its source.
 */
final class WordList {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final String name;
  private final List<String> words;
  private final Set<String> folded;

  private WordList(String name, List<String> words) {
    this.name = name;
    this.words = List.copyOf(words);
    this.folded = words.stream().map(WordList::fold).collect(Collectors.toUnmodifiableSet());
  }

  /** The list shipped with Pana under {@code words/<name>.tsv}. */
  static WordList shipped(String name) {
    String file = "words/" + name + ".tsv";
    try (InputStream in = WordList.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("The word list " + file + " is missing.");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> words = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
          throw new IllegalStateException(
              file + " line " + number + ": give the word, a tab, then why it is on the list.");
        }
        if (!seen.add(fold(columns[0]))) {
          throw new IllegalStateException(file + " line " + number + ": listed twice.");
        }
        words.add(columns[0].strip());
      }
      return new WordList(name, words);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** Whether a word is on the list, whatever its case and accents. */
  boolean contains(String word) {
    return folded.contains(fold(word));
  }

  /** The words as listed. */
  List<String> words() {
    return words;
  }

  /**
   * The words as a regular-expression alternation, longest first (so that "ул." is tried before
   * "ул").
   */
  String alternation() {
    return words.stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  @Override
  public String toString() {
    return name;
  }

  /** A word without case or accents, for looking it up. */
  static String fold(String word) {
    return MARKS
        .matcher(Normalizer.normalize(word.strip(), Normalizer.Form.NFKD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }
}
