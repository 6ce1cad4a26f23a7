package org.pana.app.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys whose value may be the English one in a language, each with the reason ({@code
 * same-as-english.tsv} beside this class: bundle, key, languages or {@code *}, reason). A key there
 * that English lacks is one only that language has.
 */
final class SameAsEnglish {

  private static final String FILE = "same-as-english.tsv";

  private SameAsEnglish() {}

  /** Key to reason, for {@code bundle} in {@code language}. */
  static Map<String, String> reasons(Bundle bundle, String language) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] lines = text().split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 4 || cells[3].isBlank()) {
        throw new IllegalStateException(
            FILE + " line " + (i + 1) + ": want bundle, key, languages and a reason: " + line);
      }
      boolean forThis = cells[2].equals("*") || List.of(cells[2].split(",")).contains(language);
      if (cells[0].equals(bundle.baseName()) && forThis) {
        out.put(cells[1], cells[3]);
      }
    }
    return out;
  }

  private static String text() {
    try (InputStream in = SameAsEnglish.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("no " + FILE + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
