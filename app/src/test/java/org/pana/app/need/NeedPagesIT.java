package org.pana.app.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;

/** A need of a family is recorded from the person page's form, as a browser posts it. */
class NeedPagesIT extends RunningPana {

  @Test
  void theNeedFormOffersTheFamilyInTheCasesAndRecordsANeedForSeveral() {
    String father = person("Болат Ерланұлы");
    String mother = person("Гүлмира Асанқызы");
    String daughter = person("Аружан Болатқызы");
    String outsider = person("Темірлан Сәкенұлы");
    newCase("Family need case", father, mother, daughter);

    String form = get("/people/" + father + "/needs/new").body();
    assertThat(form)
        .contains("name=\"personIds\"")
        .contains("value=\"" + mother + "\"")
        .contains("value=\"" + daughter + "\"")
        .doesNotContain("value=\"" + outsider + "\"");

    String csrf = csrf(form);
    String body =
        form(
                Map.of(
                    "_csrf",
                    csrf,
                    "category",
                    "HOUSING",
                    "urgency",
                    "HIGH",
                    "description",
                    "The family's flat is to be vacated by the end of the month"))
            + "&personIds="
            + mother
            + "&personIds="
            + daughter;
    HttpResponse<String> posted = postForm("/people/" + father + "/needs", body);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    for (String member : List.of(father, mother, daughter)) {
      assertThat(get("/api/v1/persons/" + member + "/needs").body())
          .as(member)
          .contains("The family's flat is to be vacated");
    }
    assertThat(get("/api/v1/persons/" + outsider + "/needs").body())
        .doesNotContain("The family's flat");
  }
}
