package org.pana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit page's verdict on the chain, and what it checked and could not check, are in the
 * reader's language, while {@code audit verify} keeps its English (PanaCommandLineIT).
 */
class AuditPagesIT extends RunningPana {

  @Autowired AuditLog audit;

  @Test
  void theChainsVerdictIsInTheReadersLanguage() {
    HttpClient kazakh = accountIn(Role.ADMIN, "kk", "audit-kk");
    // signed up to here, as at a logout or a lock: the trail verifies and says what it checked
    audit.checkpoint();

    String page =
        send(kazakh, HttpRequest.newBuilder(uri("/admin/audit?verify=1")).GET().build()).body();

    assertThat(page)
        .contains("Аудит журналының тізбегі бүтін")
        .contains("хеш-тізбегі")
        .contains("тізбек соңының қол қойылған белгісі")
        .doesNotContain("audit chain")
        .doesNotContain("the hash chain of")
        .doesNotContain("signed head")
        .doesNotContain("whether the verifying key");
  }
}
