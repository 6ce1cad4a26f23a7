package org.pana.app.errorpage;

import jakarta.servlet.http.HttpServletResponse;
import org.pana.app.casefile.CasePages;
import org.pana.app.dashboard.DashboardPage;
import org.pana.app.document.DocumentPages;
import org.pana.app.evidence.EvidencePages;
import org.pana.app.history.HistoryPages;
import org.pana.app.organisation.OrganisationPages;
import org.pana.app.person.PersonPages;
import org.pana.app.retraction.RetractionPages;
import org.pana.app.security.AccessPages;
import org.pana.app.security.AccountPages;
import org.pana.app.security.AuditPages;
import org.pana.app.source.SourcePages;
import org.pana.app.timeline.EventPages;
import org.pana.app.web.ApiProblems;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.Locked;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors on HTML pages become a readable page, never a stack trace or a JSON document. Listed by
 * type because the JSON API's controllers are controllers too.
 */
@ControllerAdvice(
    assignableTypes = {
      DashboardPage.class,
      PersonPages.class,
      EventPages.class,
      SourcePages.class,
      DocumentPages.class,
      CasePages.class,
      OrganisationPages.class,
      HistoryPages.class,
      AccessPages.class,
      AccountPages.class,
      AuditPages.class,
      EvidencePages.class,
      RetractionPages.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(NotFound.class)
  String notFound(NotFound e, Model model, HttpServletResponse response) {
    return page(HttpServletResponse.SC_NOT_FOUND, "error.notFound", model, response);
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, Model model, HttpServletResponse response) {
    return page(HttpServletResponse.SC_CONFLICT, "error.conflict", model, response);
  }

  @ExceptionHandler(ValidationFailed.class)
  String invalid(ValidationFailed e, Model model, HttpServletResponse response) {
    return page(HttpServletResponse.SC_BAD_REQUEST, "error.invalid", model, response);
  }

  @ExceptionHandler(AccessDeniedException.class)
  String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
    return page(HttpServletResponse.SC_FORBIDDEN, "error.forbidden", model, response);
  }

  /** The vault locked between the page's login check and its read: log in again. */
  @ExceptionHandler(Locked.class)
  String locked(Locked e) {
    return "redirect:/login?locked";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, Model model, HttpServletResponse response) {
    if (e instanceof ErrorResponse framework) {
      return page(framework.getStatusCode().value(), "error.generic", model, response);
    }
    // Type and place only: an exception's message can carry submitted values (names, numbers).
    LOG.error("Unexpected {} on a page at {}", e.getClass().getName(), ApiProblems.where(e));
    return page(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.generic", model, response);
  }

  private static String page(
      int status, String messageKey, Model model, HttpServletResponse response) {
    response.setStatus(status);
    model.addAttribute("messageKey", messageKey);
    return "error";
  }
}
