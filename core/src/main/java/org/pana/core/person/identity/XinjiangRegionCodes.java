package org.pana.core.person.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Historic GB/T 2260 region codes of Xinjiang (province 65) with the years each name was valid,
 * read from {@code cn-region-codes-xinjiang.tsv}. Xinjiang gets the full table because the people
 * we help come from there and its codes were renumbered several times (Zhaosu: 652426, then 654126,
 * then 654026).
 */
final class XinjiangRegionCodes {

  static final String RESOURCE = "cn-region-codes-xinjiang.tsv";

  private static final Pattern CODE = Pattern.compile("65\\d{4}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * One name a code had. Years are inclusive; {@code null} means unknown or always (from) and still
   * valid (to).
   */
  record Entry(String code, Integer validFrom, Integer validTo, String nameHanzi, String nameEn) {

    /** The English name when we have a checked one, else the Hanzi name. */
    String name() {
      return nameEn.isEmpty() ? nameHanzi : nameEn;
    }

    boolean validIn(int year) {
      return (validFrom == null || validFrom <= year) && (validTo == null || year <= validTo);
    }
  }

  private XinjiangRegionCodes() {}

  /** Every name {@code code} has had, oldest first; empty when the code is unknown. */
  static List<Entry> lookup(String code) {
    return Table.ENTRIES.getOrDefault(code, List.of());
  }

  /** Loaded on first use, once; a broken resource fails here, loudly, not with a wrong answer. */
  private static final class Table {
    static final Map<String, List<Entry>> ENTRIES = load();

    private static Map<String, List<Entry>> load() {
      try (InputStream in = XinjiangRegionCodes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing");
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Reads the TSV; package-private so tests can feed it broken lines. */
  static Map<String, List<Entry>> parse(BufferedReader reader) throws IOException {
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Entry entry = parseLine(line, number);
      entries.computeIfAbsent(entry.code(), code -> new ArrayList<>()).add(entry);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no entries");
    }
    entries.replaceAll((code, list) -> List.copyOf(list));
    return Map.copyOf(entries);
  }

  private static Entry parseLine(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 5) {
      throw malformed(number, "expected 5 tab-separated fields, found " + fields.length);
    }
    if (!CODE.matcher(fields[0]).matches()) {
      throw malformed(number, "the code must be 6 digits starting with 65");
    }
    Integer from = year(fields[1], number);
    Integer to = year(fields[2], number);
    if (from != null && to != null && from > to) {
      throw malformed(number, "valid_from is after valid_to");
    }
    if (fields[3].isBlank()) {
      throw malformed(number, "name_hanzi is empty");
    }
    return new Entry(fields[0], from, to, fields[3].strip(), fields[4].strip());
  }

  private static Integer year(String field, int number) {
    if (field.isEmpty()) {
      return null;
    }
    if (!YEAR.matcher(field).matches()) {
      throw malformed(number, "a year must be 4 digits or empty");
    }
    return Integer.valueOf(field);
  }

  private static IllegalStateException malformed(int number, String reason) {
    return new IllegalStateException(RESOURCE + " line " + number + " is malformed: " + reason);
  }
}
