package org.pana.app.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest, sent to a real in-process SMTP server (GreenMail): the deadlines and tasks of
 * the next 7 days, with links, without any person's name or case title; a bad address is refused
 * next to its field.
 */
class DigestIT extends WithCases {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Digests digests;

  @Test
  void theDigestListsWhatIsDueWithoutNames() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
    String caseId = caseWithACertificateIssuedToday("Digest case Tekeli", "Жібек Маратқызы");

    // a bad address is refused next to its field; a good one is kept (sealed) and turned on
    assertThat(setDigest("not an address", true).body()).contains("email-error");
    assertThat(setDigest("volunteer@example.org", true).statusCode()).isEqualTo(302);
    assertThat(get("/account").body()).contains("volunteer@example.org");

    assertThat(digests.sendAll()).isGreaterThanOrEqualTo(1);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("volunteer@example.org");
    String body = GreenMailUtil.getBody(received[0]);
    assertThat(body)
        .contains("fingerprints")
        .contains(today.plusDays(3).toString())
        .contains("Fingerprint registration within 3 calendar days")
        .contains("/cases/" + caseId)
        .doesNotContain("Digest case Tekeli")
        .doesNotContain("Жібек");

    // turned off: nothing more is sent
    setDigest("volunteer@example.org", false);
    smtp.reset();
    digests.sendAll();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private HttpResponse<String> setDigest(String email, boolean on) {
    Map<String, String> fields =
        on ? Map.of("email", email, "digestOn", "on") : Map.of("email", email);
    return postForm("/account", "/account/digest", fields);
  }
}
