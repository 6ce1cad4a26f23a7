package org.pana.app.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pana.app.web.Form;
import org.pana.app.web.PageController;
import org.pana.core.account.AccountStore;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: newest first, filtered by account, action and day range, with
 * the chain's verdict on top. Entries show ids and actions only; the log holds nothing else.
 */
@PageController
public class AuditPages {

  static final int PAGE = 100;

  private final AuditLog audit;
  private final AccountStore accounts;

  public AuditPages(AuditLog audit, AccountStore accounts) {
    this.audit = audit;
    this.accounts = accounts;
  }

  @GetMapping("/admin/audit")
  String browse(@RequestParam MultiValueMap<String, String> submitted, Model model) {
    Form form = new Form(submitted);
    Problems problems = new Problems();
    AuditAction action = problems.code("action", AuditAction.class, form.get("action"));
    var from = day(problems, "from", form.get("from"));
    var until = day(problems, "until", form.get("until"));
    int page = 0;
    try {
      page = form.get("page") == null ? 0 : Math.max(0, Integer.parseInt(form.get("page")));
    } catch (NumberFormatException e) {
      problems.add("page", "number", "The page is a number.");
    }
    try {
      problems.throwIfAny();
      model.addAttribute(
          "entries",
          audit.search(
              new AuditQuery(
                  form.get("actor"),
                  action,
                  null,
                  from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                  until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                  page * PAGE,
                  PAGE)));
    } catch (ValidationFailed e) {
      form.rejected(e, null);
      model.addAttribute("entries", List.of());
    }
    form.addTo(model);
    model.addAttribute("page", page);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("check", form.get("verify") == null ? null : audit.verify());
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("logins", accounts.logins());
    return "access/audit";
  }

  private static LocalDate day(Problems problems, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(field, "date", "Use a day as YYYY-MM-DD.");
      return null;
    }
  }
}
