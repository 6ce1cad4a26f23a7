package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTypeTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource({
    "CN_RESIDENT_ID, CN_RESIDENT_ID",
    "kz_iin,         KZ_IIN",
    "' Passport ',   PASSPORT",
    "certificate,    CERTIFICATE",
    "other,          OTHER",
    "driving_licence,",
    "'',",
  })
  void readsCodesIgnoringCase(String code, IdentifierType expected) {
    assertThat(IdentifierType.fromCode(code)).isEqualTo(expected);
  }

  @Test
  void nullCodeIsUnknown() {
    assertThat(IdentifierType.fromCode(null)).isNull();
  }
}
