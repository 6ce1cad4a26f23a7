package org.pana.app.retraction;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.pana.app.RunningPana;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Role;

/**
 * Tests of retraction and erasure, each with an organisation of its own and a caseworker and a
 * coordinator of it calling the API with tokens, so that counts are the test's own. Everyone is
 * invented.
 */
abstract class WithOrganisation extends RunningPana {

  /** An organisation with a caseworker's and a coordinator's token. */
  record Group(String organisation, String caseworker, String coordinator) {}

  Group group(String name) {
    String organisation =
        id(postJson("/api/v1/organisations", "{\"name\":\"" + name + " (fictional)\"}"));
    PanaUser admin = PanaUser.of(logins.login(ADMIN, PASSPHRASE.toCharArray()));
    String login = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Group(
        organisation,
        token(admin, login + "-caseworker", Role.CASEWORKER, organisation),
        token(admin, login + "-coordinator", Role.COORDINATOR, organisation));
  }

  private String token(PanaUser admin, String login, Role role, String organisation) {
    return tokens.create(
        PanaUser.of(
            accounts.add(
                admin, login, role, Set.of(organisation), "retraction passphrase".toCharArray())),
        "retraction test");
  }

  HttpResponse<String> post(String token, String path, String json) {
    return post(token, path, json, null);
  }

  HttpResponse<String> post(String token, String path, String json, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", "\"" + ifMatch + "\"");
    }
    return send(anonymous(), request.build());
  }

  HttpResponse<String> get(String token, String path) {
    return send(
        anonymous(),
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build());
  }

  /** Retracts a record as the caller, at a revision, with a reason. */
  HttpResponse<String> retract(String token, String id, int revision, String reason) {
    return post(
        token,
        "/api/v1/records/" + id + "/retract",
        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}",
        Integer.toString(revision));
  }

  /** Restores a record as the caller, at a revision, with a reason. */
  HttpResponse<String> restore(String token, String id, int revision, String reason) {
    return post(
        token,
        "/api/v1/records/" + id + "/restore",
        "{\"reason\":\"" + reason + "\"}",
        Integer.toString(revision));
  }

  String person(String token, String json) {
    return id(post(token, "/api/v1/persons", json));
  }
}
