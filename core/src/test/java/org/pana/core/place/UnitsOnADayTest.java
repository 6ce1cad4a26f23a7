package org.pana.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.core.date.PartialDate;
import org.pana.core.place.Gazetteer.Unit;

/**
 * The one gazetteer both the procedure and reports read: which unit a place lay in on a day
 * (DOMAIN.md 2.6: the 2022 regional reform), and which name wins when a place names several.
 */
class UnitsOnADayTest {

  private static final Gazetteer PLACES = Gazetteer.shipped();

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // the 2022 reform: Zhetysu and Abai regions from 8 June 2022
        "Taldykorgan; 2019-12; Almaty region",
        "Талдыкорган; 2022-06-07; Almaty region",
        "Taldıqorğan; 2022-06-08; Zhetysu region",
        "Taldykorgan; 2023-03-02; Zhetysu region",
        "Taldykorgan; 2022; Kazakhstan",
        "Zharkent; 2019; Almaty region",
        "Semey; 2020-05; East Kazakhstan region",
        "Semey; 2023; Abai region",
        "Kapchagay; 2015; Almaty region",
        // a place over the unit it names, the longer of two names, the border over all
        "Migration service, Almaty region police department, Taldykorgan; 2019-12-19; Almaty region",
        "Almaty region, Kazakhstan; 2019; Almaty region",
        "Almaty; 2019; Almaty",
        "Kokterek village, Zhaosu County, Ili, Xinjiang; 2016-11-07; Ili Kazakh Autonomous Prefecture",
        "Khorgos border crossing point; 2010-08; the Kazakhstan–China border",
        "Kazakhstan–China border south of Narynkol; 2019-01-19; the Kazakhstan–China border",
        "伊宁市; 2017; Ili Kazakh Autonomous Prefecture",
        "somewhere near Xinjiang's capital; 2017; Xinjiang",
      })
  void aPlaceIsTheUnitItLayInOnTheDay(String place, String when, String unit) {
    assertThat(PLACES.unitOf(place, PartialDate.parse(when)).map(Unit::english)).hasValue(unit);
  }

  @Test
  void withoutADayAPlaceIsWhereItLiesToday() {
    assertThat(PLACES.unitOf("Taldykorgan", (PartialDate) null).map(Unit::english))
        .hasValue("Zhetysu region");
    assertThat(PLACES.unitOf("Village 12 on the Qaraqash road", (PartialDate) null)).isEmpty();
  }

  @Test
  void theProcedureGetsARegionWithItsSourceNeverTheBorderOrACountry() {
    var region =
        PLACES.regionOf(
            "Migration service, Almaty region police department, Taldykorgan",
            LocalDate.parse("2019-12-19"));
    assertThat(region.orElseThrow().region()).isEqualTo("Almaty region");
    assertThat(region.orElseThrow().until()).isEqualTo(LocalDate.parse("2022-06-07"));
    assertThat(region.orElseThrow().source()).contains("inform.kz");
    assertThat(PLACES.regionOf("Almaty", LocalDate.parse("2019-12-19")).orElseThrow().region())
        .isEqualTo("Almaty (city of republican significance)");
    assertThat(PLACES.regionOf("the border", LocalDate.parse("2019-12-19"))).isEmpty();
    assertThat(PLACES.regionOf("Kazakhstan", LocalDate.parse("2019-12-19"))).isEmpty();
  }

  @Test
  void namesInRunningTextAreFoundAsTheirUnitsOnTheDay() {
    var found =
        PLACES.findIn(
            "He was taken from Zhaosu to Taldykorgan, then to the border.",
            PartialDate.parse("2019-12"));
    assertThat(found)
        .extracting(f -> f.unit().english())
        .containsExactly("Ili Kazakh Autonomous Prefecture", "Almaty region");
  }

  @Test
  void aGazetteerWithoutSourcesOrWithAPeriodOutsideItsUnitIsRefused() {
    String unsourced =
        """
        units:
          - {id: kz, level: country, en: Kazakhstan, kk: Қазақстан, ru: Казахстан, ug: قازاقىستان, zh: 哈萨克斯坦,
            names: [Kazakhstan]}
        places: []
        """;
    assertThatThrownBy(() -> GazetteerFile.read(stream(unsourced)))
        .hasMessageContaining("kz has no source");
    String early =
        """
        units:
          - {id: new, level: area, en: New region, kk: Жаңа, ru: Новая, ug: يېڭى, zh: 新区,
            names: [New region],
             from: 2022-06-08, source: a decree, confidence: V}
        places:
          - {id: town, in: new, names: [Town], source: a map, confidence: S}
        """;
    assertThatThrownBy(() -> GazetteerFile.read(stream(early)))
        .hasMessageContaining("town lies in new at a time that unit did not exist");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
