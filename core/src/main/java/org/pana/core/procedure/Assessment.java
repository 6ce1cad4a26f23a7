package org.pana.core.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pana.core.place.Gazetteer;

/**
 * What a case's steps mean under its jurisdiction's procedure on a given day: every deadline and
 * expiry with the rule that made it, the anomalies, the risks, and the competent authority.
 *
 * <p>Each limit is counted under the definition in force on the day its starting step happened (a
 * petition of 2019 under the migration police rules, one of 2023 under the labour ministry's). A
 * deadline counted from a partial date (a month, a year, a range) starts from its earliest possible
 * day, so that no deadline is shown later than it might be, and is marked approximate; its status
 * and days late are measured against that day too, and are approximate with it.
 *
 * <p>A deadline met after its day is late, not met. Every anomaly is read off a late or overdue
 * deadline, so the two always agree.
 *
 * @param deadlines all deadlines and expiries, earliest first
 * @param anomalies what breaks a rule, for a volunteer to look at
 * @param risks risks the steps show
 * @param authority the authority competent on the day of the petition (or today, without one)
 * @param region the region the petition's place lay in on its day, when the place is known
 */
public record Assessment(
    List<Deadline> deadlines,
    List<Anomaly> anomalies,
    Set<ProcedureRisk> risks,
    Optional<Authority> authority,
    Optional<Gazetteer.RegionPeriod> region) {

  public Assessment {
    deadlines = List.copyOf(deadlines);
    anomalies = List.copyOf(anomalies);
    risks = risks.isEmpty() ? Set.of() : Set.copyOf(risks);
  }

  /** The deadlines still open or overdue, earliest first. */
  public List<Deadline> pending() {
    return deadlines.stream().filter(d -> d.status().pending()).toList();
  }

  /**
   * Assesses a case's steps in a jurisdiction on {@code today} (the day in the case's time zone).
   */
  public static Assessment of(
      Procedures procedures, String jurisdiction, List<Step> recorded, LocalDate today) {
    return of(procedures, null, jurisdiction, recorded, today);
  }

  /** As above, with the region of the petition's place from {@code gazetteer} (may be null). */
  public static Assessment of(
      Procedures procedures,
      Gazetteer gazetteer,
      String jurisdiction,
      List<Step> recorded,
      LocalDate today) {
    List<Step> steps = new ArrayList<>(recorded);
    steps.sort(Comparator.comparing(s -> s.date().earliest()));
    List<Deadline> deadlines = new ArrayList<>();
    List<Anomaly> anomalies = new ArrayList<>();
    Set<ProcedureRisk> risks = EnumSet.noneOf(ProcedureRisk.class);
    for (Procedure procedure : procedures.all()) {
      if (!procedure.jurisdiction().equals(jurisdiction)) {
        continue;
      }
      for (TimeLimit limit : procedure.limits()) {
        limit(procedure, limit, steps, today, deadlines, anomalies, risks);
      }
      for (DocumentValidity document : procedure.documents()) {
        document(procedure, document, steps, today, deadlines, anomalies, risks);
      }
    }
    for (Step step : steps) {
      if (step.type() == StepType.EXPULSION_ORDERED
          || step.type() == StepType.DEPORTATION_ORDERED) {
        risks.add(ProcedureRisk.REMOVAL_ORDER);
      }
    }
    Optional<Step> criminal = last(steps, StepType.CRIMINAL_CASE_OPENED);
    if (criminal.isPresent()
        && steps.stream()
            .noneMatch(
                s ->
                    s.type() == StepType.VERDICT
                        && !s.date().earliest().isBefore(criminal.get().date().earliest()))) {
      risks.add(ProcedureRisk.OPEN_CRIMINAL_CASE);
    }
    deadlines.sort(Comparator.comparing(Deadline::due));
    anomalies.sort(Comparator.comparing(Anomaly::on));
    LocalDate petition =
        first(steps, StepType.PETITION_SUBMITTED).map(s -> s.date().earliest()).orElse(today);
    Optional<Authority> authority =
        procedures.inForce(jurisdiction, petition).flatMap(p -> p.authorityOn(petition));
    Optional<Gazetteer.RegionPeriod> region =
        gazetteer == null
            ? Optional.empty()
            : first(steps, StepType.PETITION_SUBMITTED)
                .filter(s -> s.place() != null)
                .flatMap(s -> gazetteer.regionOf(s.place(), petition));
    return new Assessment(deadlines, anomalies, risks, authority, region);
  }

  /** One time limit: counted from the first starting step in force under this definition. */
  private static void limit(
      Procedure procedure,
      TimeLimit limit,
      List<Step> steps,
      LocalDate today,
      List<Deadline> deadlines,
      List<Anomaly> anomalies,
      Set<ProcedureRisk> risks) {
    Optional<Step> start = first(steps, limit.after());
    if (start.isEmpty() && limit.alsoAfter() != null) {
      start = first(steps, limit.alsoAfter());
    }
    if (start.isEmpty()) {
      return;
    }
    Step from = start.get();
    LocalDate fromDate = from.date().earliest();
    if (!procedure.inForceOn(fromDate)) {
      return;
    }
    var period = limit.within();
    if (limit.extendedBy() != null && limit.extendedTo() != null) {
      Optional<Step> extension = first(steps, limit.extendedBy());
      if (extension.isPresent() && !extension.get().date().earliest().isBefore(fromDate)) {
        period = limit.extendedTo();
      }
    }
    LocalDate due = fromDate.plus(period);
    Optional<Step> met =
        steps.stream()
            .filter(s -> limit.due().contains(s.type()))
            .filter(s -> !s.date().earliest().isBefore(fromDate))
            .findFirst();
    LocalDate metOn = met.map(s -> s.date().earliest()).orElse(null);
    Deadline deadline =
        new Deadline(
            limit.kind(),
            due,
            Deadline.statusOf(due, metOn, today),
            limit.rule(),
            from.type(),
            fromDate,
            period,
            approximate(from) || met.map(Assessment::approximate).orElse(false),
            metOn,
            met.map(Step::type).orElse(null),
            Deadline.daysLate(due, metOn, today),
            procedure.id());
    deadlines.add(deadline);
    if (limit.lateAnomaly() == null) {
      return;
    }
    switch (deadline.status()) {
      case LATE ->
          anomalies.add(
              new Anomaly(limit.lateAnomaly(), metOn, limit.rule(), deadline.daysLate(), deadline));
      case OVERDUE -> {
        anomalies.add(
            new Anomaly(
                limit.lateAnomaly(), due.plusDays(1), limit.rule(), deadline.daysLate(), deadline));
        if (limit.kind().equals("decision")) {
          risks.add(ProcedureRisk.DECISION_OVERDUE);
        }
      }
      case OPEN, MET -> {}
    }
  }

  /**
   * One document: each issue runs for its period; its expiry is met when it is renewed or no longer
   * needed by then, and late when that came only after it ran out (a lapse). The latest issue's
   * expiry is always listed, an earlier one when it lapsed.
   */
  private static void document(
      Procedure procedure,
      DocumentValidity document,
      List<Step> steps,
      LocalDate today,
      List<Deadline> deadlines,
      List<Anomaly> anomalies,
      Set<ProcedureRisk> risks) {
    List<Step> issues = steps.stream().filter(s -> document.issuedBy().contains(s.type())).toList();
    for (int i = 0; i < issues.size(); i++) {
      Step issue = issues.get(i);
      LocalDate issued = issue.date().earliest();
      if (!procedure.inForceOn(issued)) {
        continue;
      }
      LocalDate expires = issued.plus(document.validFor());
      Optional<Step> ended =
          steps.stream()
              .filter(s -> document.neededUntil().contains(s.type()))
              .filter(s -> !s.date().earliest().isBefore(issued))
              .findFirst();
      Optional<Step> renewed =
          i + 1 < issues.size() ? Optional.of(issues.get(i + 1)) : Optional.empty();
      Optional<Step> next =
          java.util.stream.Stream.of(ended, renewed)
              .flatMap(Optional::stream)
              .min(Comparator.comparing(s -> s.date().earliest()));
      LocalDate metOn = next.map(s -> s.date().earliest()).orElse(null);
      boolean approximate = approximate(issue) || next.map(Assessment::approximate).orElse(false);
      Deadline deadline =
          new Deadline(
              document.kind(),
              expires,
              Deadline.statusOf(expires, metOn, today),
              document.rule(),
              issue.type(),
              issued,
              document.validFor(),
              approximate,
              metOn,
              next.map(Step::type).orElse(null),
              Deadline.daysLate(expires, metOn, today),
              procedure.id());
      if (deadline.status() == DeadlineStatus.LATE || deadline.status() == DeadlineStatus.OVERDUE) {
        anomalies.add(
            new Anomaly(
                document.lapseAnomaly(), expires, document.rule(), deadline.daysLate(), deadline));
        if (deadline.status() == DeadlineStatus.OVERDUE) {
          risks.add(ProcedureRisk.LAPSED_DOCUMENT);
        }
      }
      if (i == issues.size() - 1 || deadline.status() != DeadlineStatus.MET) {
        deadlines.add(deadline);
        if (document.renewBefore() != null && next.isEmpty()) {
          LocalDate remind = expires.minus(document.renewBefore());
          deadlines.add(
              new Deadline(
                  document.kind() + "-renewal",
                  remind,
                  Deadline.statusOf(remind, null, today),
                  document.renewRule(),
                  issue.type(),
                  issued,
                  java.time.Period.between(issued, remind),
                  approximate,
                  null,
                  null,
                  Deadline.daysLate(remind, null, today),
                  procedure.id()));
        }
      }
    }
  }

  private static boolean approximate(Step step) {
    return step.date().isInterval()
        || step.date().isApproximate()
        || step.date().precision() != org.pana.core.date.PartialDate.Precision.DAY;
  }

  private static Optional<Step> first(List<Step> steps, StepType type) {
    return steps.stream().filter(s -> s.type() == type).findFirst();
  }

  private static Optional<Step> last(List<Step> steps, StepType type) {
    Step found = null;
    for (Step step : steps) {
      if (step.type() == type) {
        found = step;
      }
    }
    return Optional.ofNullable(found);
  }
}
