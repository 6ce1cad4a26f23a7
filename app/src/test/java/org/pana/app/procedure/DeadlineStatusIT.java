package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A deadline met after its day is late, with the days, wherever it shows: the case's deadlines, its
 * anomalies, the list of what is due and the case page agree.
 */
class DeadlineStatusIT extends WithCases {

  @Test
  void aPetitionFiled333DaysAfterTheLimitIsLateNotMet() {
    String caseId = newCase("Late petition case", person("Айгерім Нұрланқызы"));
    step(caseId, "BORDER_CROSSED_IRREGULARLY", "2019-01-19");
    step(caseId, "PETITION_SUBMITTED", "2019-12-19");

    JsonNode assessment = json(get("/api/v1/cases/" + caseId + "/deadlines"));
    JsonNode petition = item(assessment.get("items"), "petition");
    assertThat(petition.get("status").asString()).isEqualTo("late");
    assertThat(petition.get("daysLate").asLong()).isEqualTo(333);
    assertThat(petition.get("metOn").asString()).isEqualTo("2019-12-19");
    JsonNode anomaly = assessment.get("anomalies").get(0);
    assertThat(anomaly.get("code").asString()).isEqualTo("late-petition");
    assertThat(anomaly.get("days").asLong()).isEqualTo(333);
    // met, however late: not in what is still due
    assertThat(get("/api/v1/deadlines?dueBefore=2030-01-01").body()).doesNotContain(caseId);
    // the case page says the same
    assertThat(get("/cases/" + caseId).body()).contains("late by 333 days");
  }

  @Test
  void aCertificateThatLapsedMonthsBeforeTheDecisionIsLate() {
    String caseId = newCase("Lapsed certificate case", person("Ержан Маратұлы"));
    step(caseId, "PETITION_SUBMITTED", "2019-12-19");
    step(caseId, "PETITION_REGISTERED", "2019-12-19");
    step(caseId, "CERTIFICATE_ISSUED", "2019-12-19");
    step(caseId, "STATUS_GRANTED", "2020-09-01");

    JsonNode assessment = json(get("/api/v1/cases/" + caseId + "/deadlines"));
    JsonNode certificate = item(assessment.get("items"), "asylum-seeker-certificate");
    assertThat(certificate.get("dueDate").asString()).isEqualTo("2020-03-19");
    assertThat(certificate.get("status").asString()).isEqualTo("late");
    assertThat(certificate.get("daysLate").asLong()).isEqualTo(166);
    assertThat(assessment.get("anomalies").toString()).contains("certificate-lapsed");
  }

  @Test
  void aRegistrationDayGivenAsARangeGivesOneApproximateAnswer() {
    String caseId = newCase("Range registration case", person("Динара Ерланқызы"));
    step(caseId, "PETITION_SUBMITTED", "2019-12-18");
    step(caseId, "PETITION_REGISTERED", "2019-12-18/2019-12-20");
    step(caseId, "CERTIFICATE_ISSUED", "2019-12-19");

    JsonNode assessment = json(get("/api/v1/cases/" + caseId + "/deadlines"));
    JsonNode certificate = item(assessment.get("items"), "certificate");
    assertThat(certificate.get("approximate").asBoolean()).isTrue();
    boolean flagged = assessment.get("anomalies").toString().contains("certificate-not-same-day");
    // "met" and "not issued on the day" never both
    assertThat(certificate.get("status").asString()).isEqualTo(flagged ? "late" : "met");
  }

  private static JsonNode item(JsonNode items, String kind) {
    for (JsonNode item : items) {
      if (item.get("kind").asString().equals(kind)) {
        return item;
      }
    }
    throw new AssertionError("no " + kind + " in " + items);
  }
}
