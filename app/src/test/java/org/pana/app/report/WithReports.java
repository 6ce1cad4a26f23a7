package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Role;

/** Tests that draft, approve and release reports through the API, with accounts of their own. */
abstract class WithReports extends RunningPana {

  /** Someone calling the API with a bearer token. */
  record Caller(String token) {}

  String text(String report, String format) {
    HttpResponse<String> response = get("/api/v1/reports/" + report + "?format=" + format);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    return response.body();
  }

  /** Approves as the caller, or as the administrator who drafted it when the caller is null. */
  HttpResponse<String> approve(Caller caller, String report, int revision, String hash) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/v1/reports/" + report + "/approve"))
            .header("Content-Type", "application/json")
            .header("If-Match", "\"" + revision + "\"")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    hash == null ? "{}" : "{\"hash\":\"" + hash + "\"}"));
    if (caller == null) {
      return send(request.build());
    }
    return send(anonymous(), request.header("Authorization", "Bearer " + caller.token()).build());
  }

  /** Releases a report to a fictional recipient of a kind, as the caller. */
  HttpResponse<String> release(Caller caller, String report, String kind) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri("/api/v1/reports/" + report + "/releases"))
            .header("Authorization", "Bearer " + caller.token())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"recipientKind\":\""
                        + kind
                        + "\",\"recipient\":\"Example Daily (fictional)\"}"))
            .build());
  }

  HttpResponse<String> postAs(Caller caller, String path, String json) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + caller.token())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** An account of the organisation, calling the API with a bearer token. */
  Caller account(String login, Role role, String organisation) {
    return account(login, role, Set.of(organisation));
  }

  /** An account of these organisations, calling the API with a bearer token. */
  Caller account(String login, Role role, Set<String> organisations) {
    var account =
        accounts.add(
            PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray())),
            login,
            role,
            organisations,
            "report test passphrase".toCharArray());
    return new Caller(tokens.create(PanaUser.of(account), "report test"));
  }

  HttpResponse<String> getAs(Caller caller, String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + caller.token())
            .GET()
            .build());
  }
}
