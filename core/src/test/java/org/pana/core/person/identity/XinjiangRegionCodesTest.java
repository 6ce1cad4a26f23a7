package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XinjiangRegionCodesTest {

  @Test
  void zhaosuHasHadThreeCodes() {
    // DOMAIN.md §2.4: 652426 until 1984, 654126 from 1984 to 2001, 654026 from 2001.
    assertThat(XinjiangRegionCodes.lookup("652426"))
        .containsExactly(
            new XinjiangRegionCodes.Entry("652426", null, 1984, "昭苏县", "Zhaosu County"));
    assertThat(XinjiangRegionCodes.lookup("654126"))
        .containsExactly(
            new XinjiangRegionCodes.Entry("654126", 1984, 2001, "昭苏县", "Zhaosu County"));
    assertThat(XinjiangRegionCodes.lookup("654026"))
        .containsExactly(
            new XinjiangRegionCodes.Entry("654026", 2001, null, "昭苏县", "Zhaosu County"));
  }

  @Test
  void aCodeKeepsEveryNameItHad() {
    assertThat(XinjiangRegionCodes.lookup("650107"))
        .extracting(XinjiangRegionCodes.Entry::nameHanzi)
        .containsExactly("南山矿区", "南泉区", "达坂城区");
  }

  @Test
  void unknownCodeHasNoEntries() {
    assertThat(XinjiangRegionCodes.lookup("659999")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # line (\\t = tab)                     | reason in the message
          654026\\t2001\\t\\t昭苏县                | expected 5 tab-separated fields, found 4
          354026\\t2001\\t\\t昭苏县\\t              | the code must be 6 digits starting with 65
          654026\\t01\\t\\t昭苏县\\t                | a year must be 4 digits or empty
          654026\\t2001\\t1984\\t昭苏县\\t          | valid_from is after valid_to
          654026\\t2001\\t\\t \\t                   | name_hanzi is empty
          """)
  void failsLoudlyOnAMalformedLine(String line, String reason) {
    String text = "# comment\n\n" + line.replace("\\t", "\t") + "\n";

    assertThatThrownBy(() -> XinjiangRegionCodes.parse(new BufferedReader(new StringReader(text))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(XinjiangRegionCodes.RESOURCE + " line 3 is malformed: " + reason);
  }

  @Test
  void failsLoudlyWhenThereAreNoEntries() {
    assertThatThrownBy(
            () -> XinjiangRegionCodes.parse(new BufferedReader(new StringReader("# only\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no entries");
  }
}
