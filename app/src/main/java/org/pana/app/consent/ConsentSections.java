package org.pana.app.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pana.core.consent.Consents;
import org.pana.core.person.People;
import org.pana.core.person.Relatives;
import org.pana.core.report.Disclosures;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a person's page shows about consent and exposure: their consents, the third parties named in
 * their story (with risk flags), every release about them, and the releases to ask back.
 */
@Component
public class ConsentSections {

  private final Consents consents;
  private final Relatives relatives;
  private final Disclosures disclosures;
  private final People people;

  public ConsentSections(
      Consents consents, Relatives relatives, Disclosures disclosures, People people) {
    this.consents = consents;
    this.relatives = relatives;
    this.disclosures = disclosures;
    this.people = people;
  }

  /** Adds the sections' data for one person to a page. */
  public void addTo(Model model, String personId) {
    model.addAttribute("consents", consents.of(personId));
    var third = relatives.of(personId);
    Map<String, String> names = new LinkedHashMap<>();
    for (var relative : third) {
      for (String id : List.of(relative.value().personId(), relative.value().relativeId())) {
        people.find(id).ifPresent(p -> names.put(id, p.value().primaryName().value()));
      }
    }
    model.addAttribute("relatives", third);
    model.addAttribute("relativeNames", names);
    model.addAttribute("disclosures", disclosures.about(personId));
    model.addAttribute("recalls", disclosures.toRecall(personId));
    model.addAttribute("today", LocalDate.now());
  }
}
