package org.pana.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import org.pana.app.i18n.Bundle;
import org.springframework.web.util.HtmlUtils;

/**
 * A person's page asks to double-check an identity number that disagrees with the record, and says
 * which region the number encodes since when, in the reader's language, while the API keeps the
 * English words. Everyone is invented.
 */
class PersonPagesIT extends RunningPana {

  @Test
  void theWarningsAboutAnIdentityNumberAreInTheReadersLanguage() {
    // the number says a man born on 1982-03-15; the record says a woman born in 1983
    String person =
        id(
            postJson(
                "/api/v1/persons",
                """
                {"names":[{"value":"Warning Testova"}],"sex":"female","birthDate":"1983",
                 "identifiers":[{"type":"CN_RESIDENT_ID","value":"654026198203150012"}]}"""));
    HttpClient kazakh = coordinatorIn("kk", "warnings-kk");

    String page =
        send(kazakh, HttpRequest.newBuilder(uri("/people/" + person)).GET().build()).body();

    Map<String, String> kk = Bundle.UI.translation("kk").orElseThrow().values();
    String number = kk.get("vocab.IdentifierType.CN_RESIDENT_ID");
    assertThat(page)
        .contains(format(kk, "person.identifierWarning.birth_date_mismatch", number))
        .contains(
            format(
                kk,
                "person.identifierWarning.sex_mismatch",
                number,
                kk.get("vocab.Sex.MALE"),
                kk.get("vocab.Sex.FEMALE")))
        .contains(
            format(
                kk,
                "person.identifierRegion.since",
                "Zhaosu County, Ili Kazakh Autonomous Prefecture",
                "654026",
                "2001"))
        .doesNotContain("does not match the recorded birth date")
        .doesNotContain("says the person is")
        .doesNotContain("since 2001");
    assertThat(get("/api/v1/persons/" + person).body())
        .contains("does not match the recorded birth date")
        .contains("(654026, since 2001)");
  }

  private static String format(Map<String, String> bundle, String key, Object... args) {
    String pattern = bundle.get(key);
    assertThat(pattern).as(key).isNotNull();
    return HtmlUtils.htmlEscape(
        new MessageFormat(pattern, new ULocale("kk")).format(args), "UTF-8");
  }
}
