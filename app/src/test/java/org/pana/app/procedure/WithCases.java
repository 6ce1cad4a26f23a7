package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pana.app.RunningPana;

/** Tests that need a fictional case with procedure steps, recorded through the API. */
abstract class WithCases extends RunningPana {

  /**
   * A case of one person who arrived yesterday and was registered and given a certificate today:
   * fingerprints are then due in 3 days.
   */
  String caseWithACertificateIssuedToday(String title, String personName) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String caseId = newCase(title, person(personName));
    step(caseId, "ARRIVED", today.minusDays(1).toString());
    step(caseId, "PETITION_SUBMITTED", today.toString());
    step(caseId, "PETITION_REGISTERED", today.toString());
    step(caseId, "CERTIFICATE_ISSUED", today.toString());
    return caseId;
  }

  /** Records a step through the API, which must answer 201. */
  HttpResponse<String> step(String caseId, String type, String date) {
    HttpResponse<String> recorded =
        postJson(
            "/api/v1/cases/" + caseId + "/steps",
            "{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    return recorded;
  }
}
