package org.pana.store.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.CaseStep;
import org.pana.core.procedure.StepDraft;
import org.pana.core.procedure.StepType;
import org.pana.core.source.SourceDraft;
import org.pana.core.timeline.EventDraft;
import org.pana.store.fixture.SqliteCasebook;

/**
 * Recording the steps of an asylum case ({@link CaseProcedures#record}) on a real SQLite casebook:
 * the order the procedure in force expects, the override reason, refusal grounds, and a step taken
 * from an event on the timeline. All people here are fictional.
 */
class CaseProceduresIT extends OnACasebook {

  private String person;
  private String caseId;

  @BeforeEach
  void open() {
    String organisation = casebook.organisation("Procedure test group (fictional)");
    person = casebook.person("Сәуле Тоқтарқызы", organisation);
    caseId = casebook.openCase("Procedure case (test)", organisation, List.of(person), List.of());
  }

  @Test
  void aStepOutOfOrderIsRefusedWithoutAReasonAndKeptWithOne() {
    record(new StepDraft("ARRIVED", "2023-03-01", null, null, null, null, null, null));

    ValidationFailed refused =
        refused(new StepDraft("STATUS_GRANTED", "2023-03-02", null, null, null, null, null, null));
    CaseStep kept =
        record(
            new StepDraft(
                "STATUS_GRANTED",
                "2023-03-02",
                null,
                null,
                "granted by court order; earlier steps not known",
                null,
                null,
                null));

    assertThat(refused.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(tuple("overrideReason", "transition"));
    assertThat(kept.overrideReason()).isEqualTo("granted by court order; earlier steps not known");
    assertThat(casebook.procedures.steps(caseId))
        .extracting(s -> s.value().type())
        .containsExactly(StepType.ARRIVED, StepType.STATUS_GRANTED);
  }

  @Test
  void aStepTakenFromAnEventCopiesItsTypeDatePlaceAndSource() {
    String source =
        casebook
            .sources
            .record(
                person,
                new SourceDraft("the person", "SELF", "2026-01-05", "IN_PERSON", "B", null),
                SqliteCasebook.by("test-clerk"))
            .value()
            .id();
    String event =
        casebook
            .timeline
            .add(
                person,
                new EventDraft(
                    "BORDER_CROSSED_IRREGULARLY",
                    "2019-12-24",
                    "Khorgos",
                    null,
                    List.of(),
                    source,
                    "ORGANISATION"),
                SqliteCasebook.by("test-clerk"))
            .value()
            .id();

    CaseStep step = record(new StepDraft(null, null, null, null, null, null, null, event));

    assertThat(step.type()).isEqualTo(StepType.BORDER_CROSSED_IRREGULARLY);
    assertThat(step.date()).hasToString("2019-12-24");
    assertThat(step.place()).isEqualTo("Khorgos");
    assertThat(step.sourceId()).isEqualTo(source);
    assertThat(step.eventId()).isEqualTo(event);
  }

  @Test
  void anEventOfSomeoneOutsideTheCaseCannotBecomeAStep() {
    String stranger = casebook.person("Someone outside the case", null);
    String event =
        casebook
            .timeline
            .add(
                stranger,
                new EventDraft("ARRIVED", "2023-03-01", null, null, List.of(), null, null),
                SqliteCasebook.by("test-clerk"))
            .value()
            .id();

    ValidationFailed refused =
        refused(new StepDraft(null, null, null, null, null, null, null, event));

    assertThat(refused.problems()).extracting(FieldProblem::code).contains("not_in_case");
    assertThat(casebook.procedures.steps(caseId)).isEmpty();
  }

  @Test
  void onlyARefusalGivesAGroundAndOnlyOneTheProcedureKnows() {
    record(new StepDraft("PETITION_SUBMITTED", "2016-09-01", null, null, null, null, null, null));

    CaseStep refusal =
        record(
            new StepDraft(
                "STATUS_REFUSED",
                "2016-10-02",
                null,
                null,
                "the steps between are not known",
                null,
                "refusal-safe-third-country",
                null));
    ValidationFailed notARefusal =
        refused(
            new StepDraft(
                "DECISION_NOTIFIED",
                "2016-10-05",
                null,
                null,
                null,
                null,
                "refusal-safe-third-country",
                null));
    ValidationFailed unknown =
        refused(
            new StepDraft(
                "STATUS_REFUSED", "2016-10-06", null, null, "again", null, "bad-weather", null));

    assertThat(refusal.ground()).isEqualTo("refusal-safe-third-country");
    assertThat(notARefusal.problems()).extracting(FieldProblem::code).contains("not_a_refusal");
    assertThat(unknown.problems()).extracting(FieldProblem::code).containsExactly("unknown_ground");
    assertThat(casebook.procedures.steps(caseId)).hasSize(2);
  }

  @Test
  void aStepBeforeAnyProcedureOrMoreThanAYearAheadIsNotRecorded() {
    ValidationFailed early =
        refused(new StepDraft("ARRIVED", "2005-06-01", null, null, null, null, null, null));
    ValidationFailed ahead =
        refused(new StepDraft("ARRIVED", "2027-06-01", null, null, null, null, null, null));

    assertThat(early.problems()).extracting(FieldProblem::code).containsExactly("no_procedure");
    assertThat(ahead.problems()).extracting(FieldProblem::code).containsExactly("future");
    assertThat(casebook.procedures.steps(caseId)).isEmpty();
  }

  private CaseStep record(StepDraft draft) {
    return casebook.procedures.record(caseId, draft, SqliteCasebook.by("test-clerk")).value();
  }

  private ValidationFailed refused(StepDraft draft) {
    return catchThrowableOfType(
        ValidationFailed.class,
        () -> casebook.procedures.record(caseId, draft, SqliteCasebook.by("test-clerk")));
  }
}
