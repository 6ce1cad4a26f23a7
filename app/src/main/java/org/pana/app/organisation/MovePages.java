package org.pana.app.organisation;

import org.pana.app.acting.Author;
import org.pana.app.web.PageController;
import org.pana.core.casefile.Placement;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An administrator moves a person, or a case (with its people when ticked), to another organisation
 * from its page. The security rules let only administrators post here.
 */
@PageController
public class MovePages {

  private final Placement placement;
  private final Author author;

  public MovePages(Placement placement, Author author) {
    this.placement = placement;
    this.author = author;
  }

  @PostMapping("/people/{id}/move")
  String movePerson(@PathVariable String id, @RequestParam MultiValueMap<String, String> form) {
    placement.movePerson(id, form.getFirst("organisationId"), author.change(reason(form)));
    return "redirect:/people/" + id;
  }

  @PostMapping("/cases/{id}/move")
  String moveCase(@PathVariable String id, @RequestParam MultiValueMap<String, String> form) {
    placement.moveCase(
        id,
        form.getFirst("organisationId"),
        form.getFirst("withPeople") != null,
        author.change(reason(form)));
    return "redirect:/cases/" + id;
  }

  private static String reason(MultiValueMap<String, String> form) {
    String reason = form.getFirst("reason");
    return reason == null || reason.isBlank() ? "moved to another organisation" : reason.strip();
  }
}
