package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pana.core.timeline.EventType;

/** The public contract's step types, the older names as aliases, and one vocabulary with events. */
class StepTypeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "BORDER_CROSSED_IRREGULARLY, BORDER_CROSSED_IRREGULARLY",
    "CROSSED_IRREGULARLY, BORDER_CROSSED_IRREGULARLY",
    "DECISION_EXTENDED, DECISION_EXTENDED",
    "DECISION_POSTPONED, DECISION_EXTENDED",
    "COURT_HEARING, COURT_HEARING",
    "hearing, COURT_HEARING",
    "VERDICT, VERDICT",
    "criminal-verdict, VERDICT",
    "PETITION_SUBMITTED, PETITION_SUBMITTED",
  })
  void theContractsNamesAndTheOlderOnesAreRead(String code, StepType type) {
    assertThat(StepType.fromCode(code)).contains(type);
  }

  @Test
  void everyContractStepTypeExists() {
    // ARCHITECTURE.md, "Public contract": POST /api/v1/cases/{id}/steps
    String[] contract = {
      "ARRIVED",
      "BORDER_CROSSED_IRREGULARLY",
      "PETITION_SUBMITTED",
      "PETITION_REGISTERED",
      "CERTIFICATE_ISSUED",
      "CERTIFICATE_REISSUED",
      "FINGERPRINTED",
      "INTERVIEWED",
      "DECISION_EXTENDED",
      "STATUS_GRANTED",
      "STATUS_REFUSED",
      "STATUS_RENEWED",
      "APPEAL_FILED",
      "COURT_HEARING",
      "JUDGMENT",
      "CRIMINAL_CASE_OPENED",
      "VERDICT",
      "EXPULSION_ORDERED"
    };
    assertThat(Arrays.stream(StepType.values()).map(Enum::name)).contains(contract);
    assertThat(StepType.codes()).contains(contract).contains("CROSSED_IRREGULARLY", "HEARING");
    assertThat(StepType.fromCode("LANDED")).isEmpty();
  }

  @Test
  void eventsAndStepsThatMeanTheSameShareTheirName() {
    for (String shared :
        new String[] {
          "BORDER_CROSSED_IRREGULARLY", "ARRIVED", "PETITION_SUBMITTED", "COURT_HEARING"
        }) {
      assertThat(EventType.valueOf(shared).name()).isEqualTo(StepType.valueOf(shared).name());
    }
    assertThat(StepType.of(EventType.CERTIFICATE_ISSUED)).contains(StepType.CERTIFICATE_ISSUED);
    assertThat(StepType.of(EventType.BIRTH)).isEmpty();
  }
}
