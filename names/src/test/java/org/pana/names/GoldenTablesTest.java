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

  @ParameterizedTest(name = "{0} | {1} under a floor")
  @MethodSource("matches")
  void aFloorChangesNoScoreAboveIt(String a, String b, String same, String why) {
    // the highest floor first: what it gives up is remembered only as "at most that floor", so
    // lower floors and the exact score work it out again, and each floor asked twice meets what
    // the first time left
    double[] floors = {0.95, 0.9, 0.84, 0.7, 0.5, 0.3, 0};
    double[] floored = new double[floors.length];
    for (int i = 0; i < floors.length; i++) {
      floored[i] = NameComparator.compare(Names.parse(a), Names.parse(b), floors[i]).score();
      double again = NameComparator.compare(Names.parse(a), Names.parse(b), floors[i]).score();
      assertThat(again).as("%s, floor %.2f asked again", why, floors[i]).isEqualTo(floored[i]);
    }
    double exact = NameComparator.compare(a, b).score();
    for (int i = 0; i < floors.length; i++) {
      double floor = floors[i];
      if (exact > floor) {
        assertThat(floored[i]).as("%s, floor %.2f", why, floor).isEqualTo(exact);
      } else {
        assertThat(floored[i]).as("%s, floor %.2f", why, floor).isLessThanOrEqualTo(floor);
      }
    }
  }

  private static Stream<Arguments> table(String name, int columns) throws IOException {
    return TsvTable.rows(GoldenTablesTest.class, name, columns);
  }
}
