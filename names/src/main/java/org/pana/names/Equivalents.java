package org.pana.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    int[] group = {0};
    SourcedTable.read(
        Equivalents.class,
        "equivalents.tsv",
        List.of("names", "source"),
        row -> {
          if (!row.get(1).startsWith("[")) {
            throw row.wrong("a row needs names and a [source]");
          }
          group[0]++;
          for (String name : row.get(0).split(" ")) {
            groups.computeIfAbsent(Canonical.form(name), k -> new HashSet<>()).add(group[0]);
          }
        });
    return Map.copyOf(groups);
  }
}
