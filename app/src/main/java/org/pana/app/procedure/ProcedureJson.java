package org.pana.app.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pana.core.procedure.Anomaly;
import org.pana.core.procedure.Assessment;
import org.pana.core.procedure.Authority;
import org.pana.core.procedure.CaseStep;
import org.pana.core.procedure.Deadline;
import org.pana.core.procedure.DeadlineStatus;
import org.pana.core.procedure.DueItem;
import org.pana.core.procedure.Rule;
import org.pana.core.record.Stored;

/** JSON shapes of steps, deadlines and what is due. */
final class ProcedureJson {

  private ProcedureJson() {}

  /**
   * A rule as the API shows it.
   *
   * @param id the rule's id
   * @param title what it says
   * @param source the law or document it comes from
   * @param confidence V (verified), S (secondary source) or U (unverified)
   */
  record RuleJson(String id, String title, String source, String confidence) {
    static RuleJson of(Rule rule) {
      return new RuleJson(rule.id(), rule.title(), rule.source(), rule.confidence().name());
    }
  }

  /**
   * A recorded step.
   *
   * @param id the step's id
   * @param caseId its case
   * @param type the step (a StepType code)
   * @param date when (EDTF)
   * @param sourceId where the date is known from
   * @param note free text
   * @param overrideReason why it was recorded although the procedure does not expect it
   * @param place where it happened
   * @param ground for a refusal, the ground given (a rule id of the procedure)
   * @param eventId the timeline event it was taken from
   */
  record StepJson(
      String id,
      String caseId,
      String type,
      String date,
      String sourceId,
      String note,
      String overrideReason,
      String place,
      String ground,
      String eventId) {
    static StepJson of(Stored<CaseStep> stored) {
      CaseStep step = stored.value();
      return new StepJson(
          step.id(),
          step.caseId(),
          step.type().name(),
          step.date().toString(),
          step.sourceId(),
          step.note(),
          step.overrideReason(),
          step.place(),
          step.ground(),
          step.eventId());
    }
  }

  /**
   * A deadline or expiry.
   *
   * @param kind what is due
   * @param dueDate the last day
   * @param status {@code open}, {@code met} (on or before the day), {@code late} (met after it) or
   *     {@code overdue} (not met, past the day)
   * @param daysLate for a late deadline the days it was met after its day, for an overdue one the
   *     days since; null otherwise
   * @param rule the rule that produced it (id and source)
   * @param unverified whether that rule is unconfirmed
   * @param approximate whether a date it depends on is partial (its day and status with it)
   * @param basis the reasoning, with codes
   * @param metOn when it was met (on time or late)
   * @param metBy the step that met it (null also when it was met by no longer being needed)
   * @param procedure the procedure definition it was computed under
   */
  record DeadlineJson(
      String kind,
      LocalDate dueDate,
      String status,
      Long daysLate,
      RuleJson rule,
      boolean unverified,
      boolean approximate,
      String basis,
      LocalDate metOn,
      String metBy,
      String procedure) {
    static DeadlineJson of(Deadline deadline) {
      boolean behind =
          deadline.status() == DeadlineStatus.LATE || deadline.status() == DeadlineStatus.OVERDUE;
      return new DeadlineJson(
          deadline.kind(),
          deadline.due(),
          deadline.status().name().toLowerCase(Locale.ROOT),
          behind ? deadline.daysLate() : null,
          RuleJson.of(deadline.rule()),
          deadline.unverified(),
          deadline.approximate(),
          deadline.basis(),
          deadline.metOn(),
          deadline.metBy() == null ? null : deadline.metBy().name(),
          deadline.procedure());
    }
  }

  /**
   * An anomaly.
   *
   * @param code what kind
   * @param on when
   * @param days by how many days
   * @param approximate whether the days are counted from a partial date
   * @param kind the kind of the late or overdue deadline it comes from
   * @param explanation in words
   * @param rule the rule it breaks
   */
  record AnomalyJson(
      String code,
      LocalDate on,
      long days,
      boolean approximate,
      String kind,
      String explanation,
      RuleJson rule) {
    static AnomalyJson of(Anomaly anomaly, ProcedureWords words) {
      return new AnomalyJson(
          anomaly.code(),
          anomaly.on(),
          anomaly.days(),
          anomaly.approximate(),
          anomaly.deadline().kind(),
          words.explanation(anomaly),
          RuleJson.of(anomaly.rule()));
    }
  }

  /**
   * A case's deadlines and what else its steps show.
   *
   * @param items every deadline and expiry, earliest first
   * @param anomalies what breaks a rule
   * @param risks risks the steps show
   * @param authority the competent authority (on the petition's day)
   * @param region the region the petition's place lay in on its day (decides the regional
   *     department), when the place is known
   */
  record AssessmentJson(
      List<DeadlineJson> items,
      List<AnomalyJson> anomalies,
      List<String> risks,
      AuthorityJson authority,
      String region) {
    static AssessmentJson of(Assessment assessment, ProcedureWords words) {
      return new AssessmentJson(
          assessment.deadlines().stream().map(DeadlineJson::of).toList(),
          assessment.anomalies().stream().map(a -> AnomalyJson.of(a, words)).toList(),
          assessment.risks().stream().map(Enum::name).sorted().toList(),
          assessment.authority().map(AuthorityJson::of).orElse(null),
          assessment.region().map(r -> r.region()).orElse(null));
    }
  }

  /**
   * The competent authority.
   *
   * @param name who
   * @param from since when
   * @param until until when (null: still)
   * @param rule where this comes from
   */
  record AuthorityJson(String name, LocalDate from, LocalDate until, RuleJson rule) {
    static AuthorityJson of(Authority authority) {
      return new AuthorityJson(
          authority.name(), authority.from(), authority.until(), RuleJson.of(authority.rule()));
    }
  }

  /**
   * A deadline of a case, in lists of what is due.
   *
   * @param caseId the case
   * @param caseTitle its title
   * @param deadline the deadline
   */
  record DueJson(String caseId, String caseTitle, DeadlineJson deadline) {
    static DueJson of(DueItem item) {
      return new DueJson(
          item.caseFile().value().id(),
          item.caseFile().value().title(),
          DeadlineJson.of(item.deadline()));
    }
  }
}
