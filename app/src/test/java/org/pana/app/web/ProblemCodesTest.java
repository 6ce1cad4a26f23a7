package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pana.app.i18n.Bundle;

/**
 * Every problem code the code gives a field has its words in the bundles ({@code problem.<code>}),
 * so that a page in another language says what is wrong in that language: the codes are read from
 * the sources of the modules that validate input (core, store, app).
 */
class ProblemCodesTest {

  /** A field problem made in code: {@code add(field, "code", …)} and its kin. */
  private static final Pattern MADE =
      Pattern.compile(
          "(?:\\badd|FieldProblem|ValidationFailed)\\(\\s*(?:[^,;()]|\\([^()]*\\))+,\\s*"
              + "\"([a-z][a-z_-]*)\"\\s*,");

  @Test
  void everyCodeHasItsWords() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String module : new String[] {"../core", "../store", "."}) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher matcher = MADE.matcher(Files.readString(file));
          while (matcher.find()) {
            codes.add(matcher.group(1));
          }
        }
      }
    }
    Map<String, String> english = Bundle.UI.english().values();

    assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(50);
    assertThat(codes.stream().filter(code -> !english.containsKey("problem." + code)))
        .as("codes without problem.<code> in messages.properties")
        .isEmpty();
  }
}
