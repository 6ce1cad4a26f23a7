package org.pana.app.errorpage;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pana.app.web.PageController;
import org.pana.app.web.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error address: what a request ends with when it failed before or outside any
 * controller (an unknown address, a page the role may not open, a method or content type the
 * address does not take). A page gets the HTML error page with a message from the bundles, whatever
 * the browser says it accepts; an address under {@code /api/} gets problem details.
 */
@PageController
public class ErrorPages implements ErrorController {

  @RequestMapping("/error")
  String error(HttpServletRequest request, HttpServletResponse response, Model model)
      throws IOException {
    int status = status(request);
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path instanceof String uri && uri.startsWith("/api/")) {
      Problems.write(response, status, type(status), detail(status));
      return null; // written
    }
    response.setStatus(status);
    model.addAttribute("messageKey", messageKey(status));
    return "error";
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status && status >= 400 ? status : 500;
  }

  private static String messageKey(int status) {
    return switch (status) {
      case 404 -> "error.pageNotFound";
      case 403 -> "error.forbidden";
      case 400 -> "error.invalid";
      default -> "error.generic";
    };
  }

  private static String type(int status) {
    return switch (status) {
      case 400 -> "malformed";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> status < 500 ? "invalid-request" : "internal";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request could not be read.";
      case 403 -> "Your role or organisation does not allow this.";
      case 404 -> "No such address in the API; see /api/v1/openapi.json.";
      case 405 -> "This address does not take this method.";
      case 406 -> "This address cannot answer in the format asked for.";
      case 413 -> "The request is too large.";
      case 415 -> "This content type is not accepted here; send JSON as application/json.";
      default ->
          status < 500
              ? "The request could not be completed."
              : "The request could not be completed; nothing was changed.";
    };
  }
}
