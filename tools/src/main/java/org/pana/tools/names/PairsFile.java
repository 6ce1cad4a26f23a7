package org.pana.tools.names;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled name pairs for {@code pana eval names}: a CSV or TSV with a header naming {@code
 * name_a}, {@code name_b}, {@code is_match} and optionally {@code kind} (or nomenklatura's {@code
 * name1}, {@code name2}, {@code is_match}, {@code category}); or a headerless list of renderings
 * (one name and its rendering per line, as in the Wikidata transliteration files), from which it
 * derives one matching pair per line and one non-matching pair per line by pairing each name with
 * another line's rendering.
 */
public final class PairsFile {

  /**
   * What was read.
   *
   * @param pairs the labelled pairs
   * @param description how they were read, for the report
   */
  public record Read(List<NameEvaluation.Pair> pairs, String description) {}

  private PairsFile() {}

  /**
   * @param schema with a {@code schema} column, the rows to keep ({@code all} for every row)
   */
  public static Read read(Path file, String schema) {
    String first;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    char delimiter = first.indexOf('\t') >= 0 ? '\t' : ',';
    String header = first.toLowerCase(Locale.ROOT);
    boolean labelled =
        header.contains("is_match") && (header.contains("name_a") || header.contains("name1"));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (labelled) {
        return labelled(reader, delimiter, schema, file);
      }
      return derived(reader, delimiter, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static Read labelled(Reader reader, char delimiter, String schema, Path file)
      throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> columns = parser.getHeaderMap();
      String a = columns.containsKey("name_a") ? "name_a" : "name1";
      String b = columns.containsKey("name_b") ? "name_b" : "name2";
      String kind =
          columns.containsKey("kind")
              ? "kind"
              : columns.containsKey("category") ? "category" : null;
      boolean bySchema = columns.containsKey("schema");
      String keep = schema == null ? "Person" : schema;
      if (!columns.containsKey(b) || !columns.containsKey("is_match")) {
        throw new IllegalArgumentException(
            file + ": the header needs name_a, name_b and is_match (or name1, name2, is_match)");
      }
      List<NameEvaluation.Pair> pairs = new ArrayList<>();
      int skipped = 0;
      for (CSVRecord row : parser) {
        if (bySchema
            && !keep.equalsIgnoreCase("all")
            && !keep.equalsIgnoreCase(row.get("schema"))) {
          skipped++;
          continue;
        }
        pairs.add(
            new NameEvaluation.Pair(
                row.get(a),
                row.get(b),
                truth(row.get("is_match"), row.getRecordNumber(), file),
                kind == null ? "" : row.get(kind)));
      }
      String description =
          pairs.size()
              + " labelled pairs from "
              + file.getFileName()
              + (bySchema && !keep.equalsIgnoreCase("all")
                  ? " (schema " + keep + "; " + skipped + " other rows left out)"
                  : "");
      return new Read(pairs, description);
    }
  }

  private static boolean truth(String text, long row, Path file) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y", "match" -> true;
      case "false", "0", "no", "n", "non-match", "nonmatch" -> false;
      default ->
          throw new IllegalArgumentException(
              file + " row " + row + ": is_match must be true or false, not " + text);
    };
  }

  private static Read derived(Reader reader, char delimiter, Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote(null).get();
    List<String[]> renderings = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord row : parser) {
        if (row.size() < 2 || row.get(0).isBlank() || row.get(1).isBlank()) {
          continue;
        }
        // the Wikidata transliteration files space out the characters of the rendering
        renderings.add(new String[] {row.get(0), row.get(1).replace(" ", "")});
      }
    }
    if (renderings.size() < 2) {
      throw new IllegalArgumentException(
          file + ": neither a labelled pairs file (no is_match column) nor a list of renderings");
    }
    Collections.shuffle(renderings, new Random(7));
    List<NameEvaluation.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < renderings.size(); i++) {
      String[] row = renderings.get(i);
      String[] other = renderings.get((i + 1) % renderings.size());
      pairs.add(new NameEvaluation.Pair(row[0], row[1], true, "same name"));
      pairs.add(new NameEvaluation.Pair(row[0], other[1], false, "another line's name"));
    }
    return new Read(
        pairs,
        pairs.size()
            + " pairs derived from "
            + renderings.size()
            + " renderings in "
            + file.getFileName()
            + " (each line's own rendering matches; the next line's, after a seeded shuffle,"
            + " does not)");
  }
}
