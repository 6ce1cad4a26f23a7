package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pana.core.place.Gazetteer;

/** Place history the procedure depends on (DOMAIN.md 2.6: the 2022 regional reform). */
class GazetteerTest {

  private static final Gazetteer PLACES = Gazetteer.shipped();

  @Test
  void taldykorganMovedFromAlmatyRegionToZhetysuOnEightJune2022() {
    assertThat(PLACES.regionOf("Taldykorgan", LocalDate.parse("2019-12-19")).orElseThrow().region())
        .isEqualTo("Almaty region");
    assertThat(PLACES.regionOf("Талдықорған", LocalDate.parse("2022-06-07")).orElseThrow().region())
        .isEqualTo("Almaty region");
    assertThat(PLACES.regionOf("Taldıqorğan", LocalDate.parse("2022-06-08")).orElseThrow().region())
        .isEqualTo("Zhetysu region");
    assertThat(
            PLACES.regionOf("г. Талдыкорган", LocalDate.parse("2024-01-01")).orElseThrow().source())
        .contains("inform.kz");
  }

  @Test
  void konaevStayedInAlmatyRegionUnderItsOldNameToo() {
    assertThat(PLACES.regionOf("Kapchagay", LocalDate.parse("2015-01-01")).orElseThrow().region())
        .isEqualTo("Almaty region");
    assertThat(PLACES.regionOf("Somewhere unknown", LocalDate.parse("2015-01-01"))).isEmpty();
  }
}
