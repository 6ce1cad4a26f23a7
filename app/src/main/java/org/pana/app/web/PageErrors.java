package org.pana.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors on HTML pages become a readable page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

  @ExceptionHandler(NotFound.class)
  String notFound(NotFound e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("messageKey", "error.notFound");
    return "error";
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("messageKey", "error.conflict");
    return "error";
  }
}
