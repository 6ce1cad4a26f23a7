package org.pana.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are one name in another form (Sasha and Aleksandr, Ted and Theodore, Yusuf and
 * Joseph), from {@code equivalents.tsv}, by canonical form.
 */
final class Equivalents {

  private static final Map<String, Set<Integer>> GROUPS = load();

  private Equivalents() {}

  /** Whether two canonical forms are one name in the table (and not the same spelling). */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    Set<Integer> first = GROUPS.get(a);
    Set<Integer> second = GROUPS.get(b);
    if (first == null || second == null) {
      return false;
    }
    for (Integer group : first) {
      if (second.contains(group)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<Integer>> load() {
    Map<String, Set<Integer>> groups = new HashMap<>();
    try (var in = Equivalents.class.getResourceAsStream("equivalents.tsv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int group = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 2 || !columns[1].startsWith("[")) {
          throw new IllegalStateException(
              "equivalents.tsv: a row needs names and a source: " + line);
        }
        group++;
        for (String name : columns[0].split(" ")) {
          groups.computeIfAbsent(Canonical.form(name), k -> new HashSet<>()).add(group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read equivalents.tsv", e);
    }
    return Map.copyOf(groups);
  }
}
