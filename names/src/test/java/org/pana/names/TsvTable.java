package org.pana.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads a readable test table: tab-separated, with # comment lines and blank lines skipped. */
final class TsvTable {

  private TsvTable() {}

  static Stream<Arguments> rows(Class<?> near, String name, int columns) throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (var in = near.getResourceAsStream(name);
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertThat(cells).as("%s: %s", name, line).hasSize(columns);
        rows.add(Arguments.of((Object[]) cells));
      }
    }
    return rows.stream();
  }
}
