package org.pana.app.procedure;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pana.app.acting.Author;
import org.pana.app.procedure.ProcedureJson.AssessmentJson;
import org.pana.app.procedure.ProcedureJson.DueJson;
import org.pana.app.procedure.ProcedureJson.StepJson;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.CaseStep;
import org.pana.core.procedure.StepDraft;
import org.pana.core.record.Stored;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The procedure of cases in the JSON API: steps, deadlines, and what is due across cases. */
@ApiController
public class ProcedureApi {

  private final CaseProcedures procedures;
  private final Author author;
  private final ProcedureWords words;

  public ProcedureApi(CaseProcedures procedures, Author author, ProcedureWords words) {
    this.procedures = procedures;
    this.author = author;
    this.words = words;
  }

  /**
   * Records a step; one the procedure does not expect here needs an {@code overrideReason}. A step
   * may be taken from a timeline event ({@code eventId}) instead of being typed again.
   */
  @PostMapping(path = "/cases/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StepJson> record(@PathVariable String id, @RequestBody StepDraft draft) {
    Stored<CaseStep> stored = procedures.record(id, draft, author.change(null));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/steps"))
        .body(StepJson.of(stored));
  }

  @GetMapping("/cases/{id}/steps")
  Page<StepJson> steps(@PathVariable String id) {
    var steps = procedures.steps(id).stream().map(StepJson::of).toList();
    if (steps.isEmpty()) {
      procedures.assess(id); // 404 for a case the reader may not see
    }
    return new Page<>(steps, 0, steps.size(), (long) steps.size());
  }

  /** Every deadline and expiry of a case, with the rule that produced each, and its anomalies. */
  @GetMapping("/cases/{id}/deadlines")
  AssessmentJson deadlines(@PathVariable String id) {
    return AssessmentJson.of(procedures.assess(id), words);
  }

  /** Open and overdue deadlines of every case the reader may see, due on or before a day. */
  @GetMapping("/deadlines")
  Page<DueJson> due(@RequestParam(required = false) String dueBefore) {
    LocalDate before;
    if (dueBefore == null || dueBefore.isBlank()) {
      before = procedures.today().plusDays(30);
    } else {
      try {
        before = LocalDate.parse(dueBefore.strip());
      } catch (DateTimeParseException e) {
        throw new ValidationFailed("dueBefore", "date", "Write the day as yyyy-mm-dd.");
      }
    }
    var items = procedures.due(before).stream().map(DueJson::of).toList();
    return new Page<>(items, 0, items.size(), (long) items.size());
  }
}
