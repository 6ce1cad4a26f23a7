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
    String person =
        json(postJson("/api/v1/persons", "{\"names\":[{\"value\":\"" + personName + "\"}]}"))
            .get("id")
            .asString();
    String caseId =
        json(postJson(
                "/api/v1/cases",
                "{\"title\":\"" + title + "\",\"personIds\":[\"" + person + "\"]}"))
            .get("id")
            .asString();
    for (String[] step :
        new String[][] {
          {"ARRIVED", today.minusDays(1).toString()},
          {"PETITION_SUBMITTED", today.toString()},
          {"PETITION_REGISTERED", today.toString()},
          {"CERTIFICATE_ISSUED", today.toString()}
        }) {
      HttpResponse<String> recorded =
          postJson(
              "/api/v1/cases/" + caseId + "/steps",
              "{\"type\":\"" + step[0] + "\",\"date\":\"" + step[1] + "\"}");
      assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    }
    return caseId;
  }
}
