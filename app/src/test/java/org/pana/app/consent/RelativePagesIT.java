package org.pana.app.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;
import tools.jackson.databind.JsonNode;

/**
 * A third party is recorded from the person page's form: someone already in the casebook, or a new
 * person entered on the form itself, whose record is made in the same step.
 */
class RelativePagesIT extends RunningPana {

  @Test
  void aRelativeNotYetRecordedIsEnteredOnTheThirdPartyForm() {
    String person = person("Нұржан Әлиұлы");
    String form = get("/people/" + person + "/relatives/new").body();
    // the person field is not an "optional" choice that then says it is required
    String choice = form.substring(form.indexOf("name=\"relativeId\""));
    choice = choice.substring(0, choice.indexOf("</select>"));
    assertThat(choice).doesNotContain(">optional<");
    assertThat(form).contains("name=\"relative.names[0].value\"");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("relative.names[0].value", "Әли Нұржанұлы");
    fields.put("relative.sex", "male");
    fields.put("relative.birthDate", "1958");
    fields.put("relative.birthPlace", "Ghulja");
    fields.put("kinship", "PARENT");
    fields.put("atRisk", "on");
    HttpResponse<String> posted = post(person, form, fields);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);

    JsonNode relatives = json(get("/api/v1/persons/" + person + "/relatives")).get("items");
    assertThat(relatives).hasSize(1);
    String relativeId = relatives.get(0).get("relativeId").asString();
    JsonNode relative = json(get("/api/v1/persons/" + relativeId));
    assertThat(relative.toString()).contains("Әли Нұржанұлы").contains("1958").contains("male");
    assertThat(relatives.get(0).get("atRisk").asBoolean()).isTrue();
  }

  @Test
  void aRefusedThirdPartyFormLeavesNoNewPersonBehind() {
    String person = person("Мәдина Қайратқызы");
    long before = personCount();
    String form = get("/people/" + person + "/relatives/new").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("relative.names[0].value", "Қайрат Мұратұлы");
    fields.put("kinship", "NOT_A_KINSHIP");
    HttpResponse<String> refused = post(person, form, fields);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"kinship-error\"");
    assertThat(personCount()).isEqualTo(before);

    // neither someone recorded nor a new person: one clear error, nothing stored
    HttpResponse<String> empty = post(person, form, Map.of("kinship", "SIBLING"));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("id=\"relativeId-error\"");
    assertThat(json(get("/api/v1/persons/" + person + "/relatives")).get("items")).isEmpty();
  }

  private HttpResponse<String> post(String person, String page, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(page));
    return postForm("/people/" + person + "/relatives", form(withToken));
  }
}
