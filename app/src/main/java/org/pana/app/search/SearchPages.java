package org.pana.app.search;

import java.util.ArrayList;
import java.util.List;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.casefile.CaseStatus;
import org.pana.core.organisation.Organisations;
import org.pana.core.person.People;
import org.pana.core.person.Sex;
import org.pana.core.problem.ValidationFailed;
import org.pana.names.NameComparator;
import org.pana.search.PersonQuery;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box on every page, the people page's search with its filters, and the intake form's
 * "this person may already be here". All by POST, so that the names people search for never land in
 * the browser's history or a proxy's log, as they would in a URL.
 */
@PageController
public class SearchPages {

  private final PersonSearch search;
  private final People people;
  private final Organisations organisations;

  public SearchPages(PersonSearch search, People people, Organisations organisations) {
    this.search = search;
    this.people = people;
    this.organisations = organisations;
  }

  @PostMapping("/people/search")
  String search(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    fill(form, model, false);
    model.addAttribute("total", people.count());
    model.addAttribute("organisations", organisations.list());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("statuses", CaseStatus.values());
    return "people/list";
  }

  /** The result rows only, for search-as-you-type (htmx): the last word may be unfinished. */
  @PostMapping("/people/results")
  String results(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    fill(new Form(submitted), model, true);
    return "people/list :: results";
  }

  /**
   * People who may be the one being recorded: the intake form's names and date of birth, matched at
   * the comparator's threshold (htmx, as the volunteer types).
   */
  @PostMapping("/people/similar")
  String similar(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    String date = form.get("birthDate");
    List<PersonSearch.Found> found = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < form.rows("names", 0); i++) {
      String name = form.get("names[" + i + "].value");
      if (name == null || name.strip().length() < 3) {
        continue;
      }
      PersonQuery query =
          PersonQuery.byName(name).withLimit(5).withMinimum(NameComparator.THRESHOLD);
      if (date != null && date.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        String d = date.strip();
        query =
            d.length() == 10
                ? query.withBirthDate(d)
                : query.withBirthYear(Integer.valueOf(d.substring(0, 4)));
      }
      for (PersonSearch.Found each : search.search(query)) {
        String id = each.person().value().id();
        if (!seen.contains(id)) {
          seen.add(id);
          found.add(each);
        }
      }
    }
    model.addAttribute("similar", found.size() > 5 ? found.subList(0, 5) : found);
    return "people/intake :: similar";
  }

  private void fill(Form form, Model model, boolean typing) {
    List<PersonSearch.Found> matches = List.of();
    try {
      PersonQuery query = request(form).query();
      matches = search.search(typing ? query.asTyped() : query);
    } catch (ValidationFailed e) {
      form.rejected(e, null);
    }
    form.addTo(model);
    model.addAttribute("q", form.get("q"));
    model.addAttribute("matches", matches);
    model.addAttribute("people", List.of());
  }

  private static SearchRequest request(Form form) {
    return new SearchRequest(
        form.get("q"),
        null,
        null,
        form.get("yearFrom"),
        form.get("yearTo"),
        form.get("sex"),
        form.get("place"),
        form.get("organisation"),
        form.get("status"),
        form.get("identifier"),
        50);
  }
}
