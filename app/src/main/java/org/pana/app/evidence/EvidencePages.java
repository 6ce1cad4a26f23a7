package org.pana.app.evidence;

import org.pana.app.acting.Author;
import org.pana.app.web.PageController;
import org.pana.app.web.ProblemWords;
import org.pana.core.evidence.EvidenceRecords;
import org.pana.core.problem.ValidationFailed;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The upload form on the person page, and downloads of the originals. */
@PageController
public class EvidencePages {

  private final EvidenceIntake intake;
  private final EvidenceRecords records;
  private final Author author;
  private final ProblemWords words;

  public EvidencePages(
      EvidenceIntake intake, EvidenceRecords records, Author author, ProblemWords words) {
    this.intake = intake;
    this.records = records;
    this.author = author;
    this.words = words;
  }

  @PostMapping("/people/{id}/evidence")
  String upload(
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String description,
      RedirectAttributes redirect) {
    try {
      EvidenceApi.take(intake, id, file, description, null, author);
    } catch (ValidationFailed e) {
      // in the language of the page it goes back to, which is this request's
      redirect.addFlashAttribute("evidenceError", words.text(e.problems().get(0)));
    }
    return "redirect:/people/" + id + "#evidence";
  }

  @GetMapping("/evidence/{id}/content")
  ResponseEntity<InputStreamResource> download(@PathVariable String id) {
    return EvidenceApi.download(records.get(id).value(), intake.content(id));
  }
}
