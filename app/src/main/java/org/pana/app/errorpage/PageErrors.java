package org.pana.app.errorpage;

import jakarta.servlet.http.HttpServletResponse;
import org.pana.app.web.ApiProblems;
import org.pana.app.web.PageController;
import org.pana.app.web.ProblemWords;
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
 * Errors on HTML pages become a readable page, never a stack trace or a JSON document. It applies
 * to every {@link PageController}, so a new page cannot be forgotten; errors outside any controller
 * (an unknown address, a page the role may not open) reach {@link ErrorPages} instead.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

  private final ProblemWords words;

  public PageErrors(ProblemWords words) {
    this.words = words;
  }

  @ExceptionHandler(NotFound.class)
  String notFound(NotFound e, Model model, HttpServletResponse response) {
    return page(HttpServletResponse.SC_NOT_FOUND, "error.notFound", model, response);
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, Model model, HttpServletResponse response) {
    // what stands in the way (approved already, retracted already), in the page's language
    model.addAttribute("message", words.text(e));
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
