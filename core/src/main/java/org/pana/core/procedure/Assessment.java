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
 * day, so that no deadline is shown later than it might be, and is marked approximate.
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
    return deadlines.stream().filter(d -> d.status() != DeadlineStatus.MET).toList();
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
                    s.type() == StepType.CRIMINAL_VERDICT
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
    boolean approximate = approximate(from);
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
    DeadlineStatus status;
    LocalDate metOn = null;
    if (met.isPresent()) {
      status = DeadlineStatus.MET;
      metOn = met.get().date().earliest();
      approximate |= approximate(met.get());
      if (metOn.isAfter(due) && limit.lateAnomaly() != null) {
        long late = java.time.temporal.ChronoUnit.DAYS.between(due, metOn);
        anomalies.add(
            new Anomaly(
                limit.lateAnomaly(),
                metOn,
                limit.rule(),
                late,
                met.get().type()
                    + " on "
                    + metOn
                    + " is "
                    + late
                    + " day"
                    + (late == 1 ? "" : "s")
                    + " after the limit of "
                    + Periods.words(period)
                    + " from "
                    + from.type()
                    + " on "
                    + fromDate
                    + (limit.lateAnomaly().equals("late-petition")
                        ? ": record the reasons for the delay"
                        : "")));
      }
    } else if (today.isAfter(due)) {
      status = DeadlineStatus.OVERDUE;
      if (limit.lateAnomaly() != null) {
        long late = java.time.temporal.ChronoUnit.DAYS.between(due, today);
        anomalies.add(
            new Anomaly(
                limit.lateAnomaly(),
                due.plusDays(1),
                limit.rule(),
                late,
                limit.kind()
                    + " was due on "
                    + due
                    + " ("
                    + Periods.words(period)
                    + " from "
                    + from.type()
                    + " on "
                    + fromDate
                    + ") and is "
                    + late
                    + " day"
                    + (late == 1 ? "" : "s")
                    + " overdue"));
        if (limit.kind().equals("decision")) {
          risks.add(ProcedureRisk.DECISION_OVERDUE);
        }
      }
    } else {
      status = DeadlineStatus.OPEN;
    }
    deadlines.add(
        new Deadline(
            limit.kind(),
            due,
            status,
            limit.rule(),
            from.type(),
            fromDate,
            period,
            approximate,
            metOn,
            procedure.id()));
  }

  /**
   * One document: each issue runs for its period; the latest one's expiry is a deadline (met when
   * it is renewed or no longer needed); an issue that ran out before it was renewed or no longer
   * needed is a lapse.
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
      Optional<LocalDate> next =
          java.util.stream.Stream.of(ended, renewed)
              .flatMap(Optional::stream)
              .map(s -> s.date().earliest())
              .min(Comparator.naturalOrder());
      boolean approximate = approximate(issue);
      DeadlineStatus status;
      LocalDate metOn = null;
      if (next.isPresent() && !next.get().isAfter(expires)) {
        status = DeadlineStatus.MET;
        metOn = next.get();
      } else {
        LocalDate lapseEnd = next.orElse(today);
        if (lapseEnd.isAfter(expires)) {
          long days = java.time.temporal.ChronoUnit.DAYS.between(expires, lapseEnd);
          anomalies.add(
              new Anomaly(
                  document.lapseAnomaly(),
                  expires,
                  document.rule(),
                  days,
                  document.kind()
                      + " issued on "
                      + issued
                      + " expired on "
                      + expires
                      + (next.isPresent()
                          ? " and was not renewed for " + days + " day" + (days == 1 ? "" : "s")
                          : " and has not been renewed (" + days + " days)")));
          if (next.isEmpty()) {
            risks.add(ProcedureRisk.LAPSED_DOCUMENT);
          }
        }
        status =
            next.isPresent()
                ? DeadlineStatus.MET
                : today.isAfter(expires) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
        metOn = next.orElse(null);
      }
      if (i == issues.size() - 1 || status != DeadlineStatus.MET) {
        deadlines.add(
            new Deadline(
                document.kind(),
                expires,
                status,
                document.rule(),
                issue.type(),
                issued,
                document.validFor(),
                approximate,
                metOn,
                procedure.id()));
        if (document.renewBefore() != null && next.isEmpty()) {
          LocalDate remind = expires.minus(document.renewBefore());
          deadlines.add(
              new Deadline(
                  document.kind() + "-renewal",
                  remind,
                  today.isAfter(remind) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN,
                  document.renewRule(),
                  issue.type(),
                  issued,
                  java.time.Period.between(issued, remind),
                  approximate,
                  null,
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
