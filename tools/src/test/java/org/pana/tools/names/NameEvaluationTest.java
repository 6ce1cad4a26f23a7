package org.pana.tools.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation report on a small labelled set, with fictional names. */
class NameEvaluationTest {

  @Test
  void reportsScoresErrorsAndLabelsNoMatcherCanAllSatisfy() {
    List<NameEvaluation.Pair> pairs =
        List.of(
            new NameEvaluation.Pair("Nurlan Serikuly", "Нұрлан Серікұлы", true, "script"),
            new NameEvaluation.Pair("Aigul Bekova", "Айгүл Бекова", true, "script"),
            // the same shape labelled both ways: one part replaced by another name
            new NameEvaluation.Pair("Dana Mukhtarbek", "Dana Mukhambek", true, "replaced"),
            new NameEvaluation.Pair("Dana Bakhytzhan", "Dana Bakhytbek", false, "replaced"),
            new NameEvaluation.Pair("Erlan Serikuly", "Nurlan Serikuly", false, "brothers"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    double f1 = NameEvaluation.run(pairs, 5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    // two of three matches found, no wrong match: precision 1, recall 2/3
    assertThat(f1).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(report).contains("missed").contains("Dana Mukhtarbek | Dana Mukhambek");
    assertThat(report)
        .contains("3 pairs differ in one part only")
        .contains("1 are labelled the same person, 2 different");
    String[] lines = report.strip().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo("F1 0.8000");
  }
}
