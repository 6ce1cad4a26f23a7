package org.pana.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pana.core.procedure.CaseStep;
import org.pana.core.procedure.StepType;

/** Stored bodies stay readable across renames of a vocabulary. */
class RecordCodecTest {

  private final RecordCodec codec = new RecordCodec();

  @Test
  void aStepStoredUnderItsOlderNameIsReadAsTheContractsName() {
    String stored =
        "{\"id\":\"s1\",\"caseId\":\"c1\",\"type\":\"CROSSED_IRREGULARLY\",\"date\":\"2019-01-19\"}";

    CaseStep step = codec.read(stored, CaseStep.class, "s1");

    assertThat(step.type()).isEqualTo(StepType.BORDER_CROSSED_IRREGULARLY);
    assertThat(codec.write(step)).contains("\"type\":\"BORDER_CROSSED_IRREGULARLY\"");
  }
}
