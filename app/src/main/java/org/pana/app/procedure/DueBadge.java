package org.pana.app.procedure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pana.app.acting.PanaUser;
import org.pana.app.web.PageController;
import org.pana.core.casefile.CaseFile;
import org.pana.core.need.Need;
import org.pana.core.need.Needs;
import org.pana.core.problem.Locked;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.RecordStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The in-app notification on every page: how many deadlines are overdue or due within 7 days in the
 * reader's cases, plus the reader's own tasks, shown in the header and linked to the dashboard.
 * Counted at most once a minute per account (assessing every case is not free).
 */
@ControllerAdvice(annotations = PageController.class)
public class DueBadge {

  private static final Duration FRESH = Duration.ofMinutes(1);

  private record Count(int value, Instant at) {}

  private final CaseProcedures procedures;
  private final Needs needs;
  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  public DueBadge(CaseProcedures procedures, Needs needs, RecordStore store) {
    this.procedures = procedures;
    this.needs = needs;
    // a step, need or case written changes what is due: count afresh on the next page
    store.addListener((kind, id) -> counts.clear(), CaseStep.KIND, Need.KIND, CaseFile.KIND);
  }

  @ModelAttribute("dueCount")
  Integer dueCount(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getRequestURI().startsWith("/api/")
        || request.getRequestURI().startsWith("/calendar/")) {
      return null; // pages only
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof PanaUser user)) {
      return null;
    }
    Count cached = counts.get(user.accountId());
    if (cached != null && cached.at().plus(FRESH).isAfter(Instant.now())) {
      return cached.value();
    }
    try {
      LocalDate today = procedures.today();
      // open and overdue deadlines due within a week
      int due = procedures.due(today.plusDays(7)).size();
      int tasks = needs.tasksDue(today.plusDays(7), user.login()).size();
      counts.put(user.accountId(), new Count(due + tasks, Instant.now()));
      return due + tasks;
    } catch (Locked e) {
      return null;
    }
  }
}
