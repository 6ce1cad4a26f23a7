package org.pana.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readable golden tables: how names read in canonical Latin ({@code readings.tsv}), how pinyin
 * parts read back ({@code pinyin.tsv}), and which names are the same person's ({@code
 * matches.tsv}). Each row says why it is there.
 */
class GoldenTablesTest {

  static Stream<Arguments> readings() throws IOException {
    return table("readings.tsv", 3);
  }

  static Stream<Arguments> pinyin() throws IOException {
    return table("pinyin.tsv", 3);
  }

  static Stream<Arguments> matches() throws IOException {
    return table("matches.tsv", 4);
  }

  @ParameterizedTest(name = "{0} reads {1}: {2}")
  @MethodSource("readings")
  void readsAsTheTableSays(String input, String reading, String why) {
    assertThat(Names.parse(input).reading()).as(why).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} as pinyin: {1} ({2})")
  @MethodSource("pinyin")
  void readsPinyinAsTheTableSays(String part, String reading, String why) {
    String expected = reading.equals("-") ? null : Canonical.form(reading);
    assertThat(Names.part(part).pinyin()).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} | {1}: {2} ({3})")
  @MethodSource("matches")
  void comparesAsTheTableSays(String a, String b, String same, String why) {
    NameComparator.Comparison comparison = NameComparator.compare(a, b);
    assertThat(comparison.isMatch())
        .as("%s (score %.3f: %s)", why, comparison.score(), comparison.explain())
        .isEqualTo(same.equals("yes"));
    // the comparison does not depend on which name comes first
    assertThat(NameComparator.compare(b, a).score()).isEqualTo(comparison.score());
  }

  private static Stream<Arguments> table(String name, int columns) throws IOException {
    return TsvTable.rows(GoldenTablesTest.class, name, columns);
  }
}
