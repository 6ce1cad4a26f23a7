package org.pana.app.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A {@code .properties} bundle as it is written, not only what it means: its header comment, each
 * key with the comment and blank lines before it and its own lines, and what follows the last key.
 * Rewriting one keeps every line it does not have to change, so a corrected bundle differs from the
 * old one only where a translator changed something.
 *
 * @param header the comment (and blank) lines before the first key
 * @param entries the keys in the file's order
 * @param trailer the lines after the last key
 */
public record BundleFile(List<String> header, List<Entry> entries, List<String> trailer) {

  /** What the header comment of a translated bundle says its review state after. */
  static final String REVIEW_STATE = "Review state: ";

  /**
   * One key.
   *
   * @param key the key
   * @param value its value, unescaped
   * @param lead the comment and blank lines between the key before and this one
   * @param lines its own lines as written (more than one when it is continued with a backslash)
   */
  public record Entry(String key, String value, List<String> lead, List<String> lines) {
    public Entry {
      lead = List.copyOf(lead);
      lines = List.copyOf(lines);
    }
  }

  public BundleFile {
    header = List.copyOf(header);
    entries = List.copyOf(entries);
    trailer = List.copyOf(trailer);
  }

  /** Reads the text of a bundle (UTF-8, as Pana's bundles are). */
  public static BundleFile parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = List.of(content.split("\r?\n", -1));
    if (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    List<String> header = null;
    List<Entry> entries = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isCommentOrBlank(line)) {
        pending.add(line);
        continue;
      }
      List<String> own = new ArrayList<>(List.of(line));
      while (continues(own.getLast()) && i + 1 < lines.size()) {
        own.add(lines.get(++i));
      }
      Map.Entry<String, String> pair = keyAndValue(String.join("\n", own));
      if (header == null) {
        header = pending;
        pending = new ArrayList<>();
      }
      entries.add(new Entry(pair.getKey(), pair.getValue(), pending, own));
      pending = new ArrayList<>();
    }
    return header == null
        ? new BundleFile(pending, List.of(), List.of())
        : new BundleFile(header, entries, pending);
  }

  /** Every key with its value, in the file's order. */
  public Map<String, String> values() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Entry entry : entries) {
      out.put(entry.key(), entry.value());
    }
    return out;
  }

  /** The file's text, line by line as read. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line).append('\n');
    }
    for (Entry entry : entries) {
      for (String line : entry.lead()) {
        out.append(line).append('\n');
      }
      for (String line : entry.lines()) {
        out.append(line).append('\n');
      }
    }
    for (String line : trailer) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * This bundle with {@code values}: the keys in the English file's order, each English key with
   * the lines before it and its own lines as they were here when its value is unchanged (a key new
   * here takes the English file's lines before it), keys of this language alone after the key they
   * followed, and, when given, the review state in the header. A key {@code values} does not give
   * keeps its value.
   */
  BundleFile corrected(
      BundleFile english, Map<String, String> values, Optional<String> reviewState) {
    Map<String, Entry> mine = new LinkedHashMap<>();
    Map<String, List<Entry>> ownKeysAfter = new LinkedHashMap<>();
    Set<String> englishKeys = english.values().keySet();
    String previous = "";
    for (Entry entry : entries) {
      mine.put(entry.key(), entry);
      if (englishKeys.contains(entry.key())) {
        previous = entry.key();
      } else {
        ownKeysAfter.computeIfAbsent(previous, key -> new ArrayList<>()).add(entry);
      }
    }
    List<Entry> out = new ArrayList<>();
    ownKeysAfter.getOrDefault("", List.of()).forEach(own -> out.add(changed(own, values)));
    for (Entry source : english.entries()) {
      Entry here = mine.get(source.key());
      if (here != null) {
        out.add(changed(here, values));
      } else if (values.containsKey(source.key())) {
        String value = values.get(source.key());
        out.add(new Entry(source.key(), value, source.lead(), List.of(line(source.key(), value))));
      }
      ownKeysAfter
          .getOrDefault(source.key(), List.of())
          .forEach(own -> out.add(changed(own, values)));
    }
    values.forEach(
        (key, value) -> {
          if (!mine.containsKey(key) && !englishKeys.contains(key)) {
            out.add(new Entry(key, value, List.of(), List.of(line(key, value))));
          }
        });
    List<String> head = reviewState.map(state -> withReviewState(header, state)).orElse(header);
    return new BundleFile(head, out, trailer);
  }

  /** The header comment's review state ("Review state: …") replaced by, or given, {@code state}. */
  static List<String> withReviewState(List<String> header, String state) {
    List<String> out = new ArrayList<>(header);
    String review = REVIEW_STATE + state + ".";
    for (int i = 0; i < out.size(); i++) {
      int at = out.get(i).indexOf(REVIEW_STATE);
      if (at >= 0) {
        out.set(i, out.get(i).substring(0, at) + review);
        return out;
      }
    }
    out.add(Math.min(1, out.size()), "# " + review);
    return out;
  }

  /** {@code entry} with the value {@code values} gives it, rewritten only when that differs. */
  private static Entry changed(Entry entry, Map<String, String> values) {
    String value = values.getOrDefault(entry.key(), entry.value());
    return value.equals(entry.value())
        ? entry
        : new Entry(entry.key(), value, entry.lead(), List.of(line(entry.key(), value)));
  }

  /** The line {@code key=value}, escaped so that it reads back as {@code value}. */
  static String line(String key, String value) {
    return escape(key, true) + "=" + escape(value, false);
  }

  private static String escape(String text, boolean key) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = text.length();
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case ' ' -> out.append(key ? "\\ " : i < start || i >= end ? "\\u0020" : " ");
        case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isCommentOrBlank(String line) {
    String stripped = line.stripLeading();
    return stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!");
  }

  /** A line continues on the next when it ends in an odd number of backslashes. */
  private static boolean continues(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** The key and value of one logical line, unescaped as {@link Properties} reads them. */
  private static Map.Entry<String, String> keyAndValue(String logicalLine) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(logicalLine));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a properties line: " + logicalLine, e);
    }
    String key = properties.stringPropertyNames().iterator().next();
    return Map.entry(key, properties.getProperty(key));
  }
}
