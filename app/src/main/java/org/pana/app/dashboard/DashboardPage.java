package org.pana.app.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pana.app.acting.Author;
import org.pana.app.web.PageController;
import org.pana.core.account.Role;
import org.pana.core.casefile.Cases;
import org.pana.core.casefile.Placement;
import org.pana.core.need.Needs;
import org.pana.core.person.People;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.DeadlineStatus;
import org.pana.core.procedure.DueItem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page: what is due (overdue, in 7 days, in 30 days, each with its case and the rule that
 * made it), counts, recently changed people and cases, and the way in.
 */
@PageController
public class DashboardPage {

  private final People people;
  private final Cases cases;
  private final CaseProcedures procedures;
  private final Needs needs;
  private final Author author;
  private final Placement placement;

  public DashboardPage(
      People people,
      Cases cases,
      CaseProcedures procedures,
      Needs needs,
      Author author,
      Placement placement) {
    this.placement = placement;
    this.people = people;
    this.cases = cases;
    this.procedures = procedures;
    this.needs = needs;
    this.author = author;
  }

  /**
   * @param forWhom {@code me}: only the cases whose team includes the reader; otherwise every case
   *     of the reader's organisations
   */
  @GetMapping("/")
  String dashboard(
      @org.springframework.web.bind.annotation.RequestParam(name = "for", required = false)
          String forWhom,
      Model model) {
    boolean mine = "me".equals(forWhom);
    String login = author.current().login();
    model.addAttribute("peopleCount", people.count());
    model.addAttribute("caseCount", cases.count());
    model.addAttribute("people", people.list(0, 10));
    model.addAttribute("cases", cases.list(0, 10));
    LocalDate today = procedures.today();
    CaseProcedures.Overview overview = procedures.overview(today.plusDays(30));
    List<DueItem> due =
        overview.due().stream()
            .filter(d -> !mine || d.caseFile().value().volunteers().contains(login))
            .toList();
    model.addAttribute("mine", mine);
    model.addAttribute(
        "atRisk",
        overview.atRisk().stream()
            .filter(r -> !mine || r.caseFile().value().volunteers().contains(login))
            .toList());
    model.addAttribute("today", today);
    model.addAttribute(
        "overdue",
        due.stream().filter(d -> d.deadline().status() == DeadlineStatus.OVERDUE).toList());
    model.addAttribute(
        "week",
        due.stream()
            .filter(d -> d.deadline().status() == DeadlineStatus.OPEN)
            .filter(d -> !d.deadline().due().isAfter(today.plusDays(7)))
            .toList());
    model.addAttribute(
        "month",
        due.stream()
            .filter(d -> d.deadline().status() == DeadlineStatus.OPEN)
            .filter(d -> d.deadline().due().isAfter(today.plusDays(7)))
            .toList());
    model.addAttribute("myTasks", needs.tasksDue(today.plusDays(30), login));
    if (author.current().can(Role.ADMIN)) {
      // A casebook from before every record had to belong to an organisation: ask once to place
      // its records (the banner goes once they are placed).
      Map<String, Long> unassigned = placement.unassigned();
      long total = unassigned.values().stream().mapToLong(Long::longValue).sum();
      if (total > 0) {
        model.addAttribute("unassignedCount", total);
        model.addAttribute("placeChoices", author.recordingChoiceNames());
      }
    }
    return "dashboard";
  }
}
