package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pana.app.i18n.Bundle;

/**
 * Every problem code the code gives a field has its words in the bundles ({@code problem.<code>}),
 * every conflict code ({@code conflict.<code>}) and every note of the audit chain's verdict ({@code
 * audit.verdict.<code>}), so that a page in another language says what is wrong in that language:
 * the codes are read from the sources of the modules that validate input, refuse writes and verify
 * the audit trail (core, store, app).
 */
class ProblemCodesTest {

  /** A field problem made in code: {@code add(field, "code", …)} and its kin. */
  private static final Pattern MADE =
      Pattern.compile(
          "(?:\\badd|FieldProblem|ValidationFailed)\\(\\s*(?:[^,;()]|\\([^()]*\\))+,\\s*"
              + "\"([a-z][a-z_-]*)\"\\s*,");

  /**
   * A conflict made in code, {@code new Conflict("code", …)}, or with a choice of two codes ({@code
   * new Conflict(retracted ? "one" : "other", …)}): its first argument.
   */
  private static final Pattern CONFLICT = Pattern.compile("new Conflict\\(\\s*([^,;]*),");

  private static final Pattern CODE = Pattern.compile("\"([a-z][a-z_]*)\"");

  /** A note of the audit chain's verdict, {@code AuditNote.of("code", …)}. */
  private static final Pattern AUDIT_NOTE =
      Pattern.compile("AuditNote\\.of\\(\\s*\"([a-z][a-z_]*)\"");

  @Test
  void everyCodeHasItsWords() throws IOException {
    assertHaveWords(found(MADE), 50, "problem.");
  }

  @Test
  void everyConflictHasItsWords() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String firstArgument : found(CONFLICT)) {
      CODE.matcher(firstArgument).results().forEach(code -> codes.add(code.group(1)));
    }
    assertHaveWords(codes, 15, "conflict.");
  }

  @Test
  void everyNoteOfTheAuditVerdictHasItsWords() throws IOException {
    assertHaveWords(found(AUDIT_NOTE), 30, "audit.verdict.");
  }

  /** What the first group of {@code pattern} matches in the sources. */
  private static Set<String> found(Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    for (String source : sources()) {
      pattern.matcher(source).results().forEach(match -> found.add(match.group(1)));
    }
    return found;
  }

  /** Every code (more than {@code atLeast} of them) is a key {@code prefix<code>} in English. */
  private static void assertHaveWords(Set<String> codes, int atLeast, String prefix) {
    Map<String, String> english = Bundle.UI.english().values();

    assertThat(codes).as(prefix + "<code> codes found in the sources").hasSizeGreaterThan(atLeast);
    assertThat(codes.stream().filter(code -> !english.containsKey(prefix + code)))
        .as("codes without " + prefix + "<code> in messages.properties")
        .isEmpty();
  }

  /** The main sources of the modules that validate input and refuse writes. */
  private static List<String> sources() throws IOException {
    List<String> sources = new ArrayList<>();
    for (String module : new String[] {"../core", "../store", "."}) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          sources.add(Files.readString(file));
        }
      }
    }
    return sources;
  }
}
