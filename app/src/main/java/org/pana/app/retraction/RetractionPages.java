package org.pana.app.retraction;

import java.util.List;
import org.pana.app.acting.Author;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.app.web.ProblemWords;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Recorded;
import org.pana.core.record.Stored;
import org.pana.core.retraction.Erasures;
import org.pana.core.retraction.Retractions;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that take mistakes back: retract a record with a reason, the coordinator's list of
 * retracted records with their restoration, and the erasure of a person on request.
 */
@PageController
public class RetractionPages {

  private static final int LISTED = 200;

  private final Retractions retractions;
  private final Erasures erasures;
  private final PersonErasure erasure;
  private final Author author;
  private final ProblemWords words;

  public RetractionPages(
      Retractions retractions,
      Erasures erasures,
      PersonErasure erasure,
      Author author,
      ProblemWords words) {
    this.retractions = retractions;
    this.erasures = erasures;
    this.erasure = erasure;
    this.author = author;
    this.words = words;
  }

  @GetMapping("/records/{id}/retract")
  String retractForm(@PathVariable String id, Model model) {
    return retractPage(retractions.current(id), new Form(), model);
  }

  @PostMapping("/records/{id}/retract")
  String retract(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Stored<? extends Recorded> current = retractions.current(id);
    Form form = new Form(submitted);
    try {
      retractions.retract(id, form.revision(), form.get("reason"), author.change(null));
      return "redirect:" + RecordPlaces.pageOf(current.value());
    } catch (ValidationFailed e) {
      return retractPage(current, form.rejected(e, null), model);
    }
  }

  @GetMapping("/retracted")
  String list(Model model) {
    return listPage(null, new Form(), model);
  }

  @PostMapping("/records/{id}/restore")
  String restore(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    retractions.kindOf(id);
    Form form = new Form(submitted);
    try {
      retractions.restore(id, form.revision(), form.get("reason"), author.change(null));
      return "redirect:/retracted";
    } catch (ValidationFailed e) {
      return listPage(id, form.rejected(e, null), model);
    } catch (Conflict e) {
      model.addAttribute("refusal", words.text(e));
      return listPage(id, form, model);
    }
  }

  @GetMapping("/people/{id}/erase")
  String eraseForm(@PathVariable String id, Model model) {
    return erasePage(id, new Form(), model);
  }

  @PostMapping("/people/{id}/erase")
  String erase(
      @PathVariable String id, @RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    try {
      erasure.erase(id, form.get("confirm"), author.change(null));
      return "redirect:/people?erased";
    } catch (ValidationFailed e) {
      return erasePage(id, form.rejected(e, null), model);
    } catch (Conflict e) {
      model.addAttribute("refusal", words.text(e));
      return erasePage(id, form, model);
    }
  }

  private String retractPage(Stored<? extends Recorded> current, Form form, Model model) {
    model.addAttribute("kind", retractions.kindOf(current.value().id()));
    model.addAttribute("record", current.value());
    model.addAttribute("revision", current.revision());
    model.addAttribute("back", RecordPlaces.pageOf(current.value()));
    form.addTo(model);
    return "retraction/retract";
  }

  /**
   * @param failedId the record whose restoration was refused, whose form shows why
   */
  private String listPage(String failedId, Form form, Model model) {
    List<Retractions.Retracted> retracted = retractions.retracted(0, LISTED);
    model.addAttribute("retracted", retracted);
    model.addAttribute("failedId", failedId);
    form.addTo(model);
    return "retraction/list";
  }

  private String erasePage(String id, Form form, Model model) {
    Erasures.Plan plan = erasures.plan(id);
    model.addAttribute("plan", plan);
    model.addAttribute("person", plan.person().value());
    model.addAttribute("confirmation", Erasures.CONFIRMATION);
    form.addTo(model);
    return "retraction/erase";
  }
}
