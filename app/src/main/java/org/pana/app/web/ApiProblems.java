package org.pana.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.IntegrityViolation;
import org.pana.core.problem.Locked;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where Pana's errors become RFC 9457 problem details for the JSON API. Each problem
 * names the offending fields; none echoes the submitted values. It applies to {@link
 * ApiController}s only: a page's errors are HTML pages, and errors before any controller is chosen
 * (an unknown path) become problem details through {@code errorpage.ErrorPages}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  private static final String TYPES = "https://pana.invalid/problems/";

  @ExceptionHandler(ValidationFailed.class)
  ResponseEntity<Object> invalid(ValidationFailed e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage());
    problem.setProperty("errors", errors(e.problems()));
    return ResponseEntity.of(problem).build();
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Object> notFound(NotFound e) {
    return answer(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<Object> conflict(Conflict e) {
    return answer(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
  }

  @ExceptionHandler(IntegrityViolation.class)
  ResponseEntity<Object> integrity(IntegrityViolation e) {
    return answer(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "integrity",
        "Stored data failed an integrity check",
        e.getMessage());
  }

  @ExceptionHandler(Revisions.PreconditionRequired.class)
  ResponseEntity<Object> preconditionRequired(Revisions.PreconditionRequired e) {
    ProblemDetail problem =
        problem(
            HttpStatus.PRECONDITION_REQUIRED,
            "if-match-required",
            "If-Match required",
            e.getMessage());
    problem.setProperty("errors", List.of(error("If-Match", "required", e.getMessage())));
    return ResponseEntity.of(problem).build();
  }

  @ExceptionHandler(Locked.class)
  ResponseEntity<Object> locked(Locked e) {
    return answer(HttpStatus.SERVICE_UNAVAILABLE, "locked", "Vault locked", e.getMessage());
  }

  /** A rule beyond the URL rules (an object of another organisation, an admin-only action). */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> denied(AccessDeniedException e) {
    return answer(
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Forbidden",
        "Your role or organisation does not allow this.");
  }

  /** Anything unforeseen: logged here (without request data), a plain 500 for the caller. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> unexpected(RuntimeException e) {
    // Type and place only: an exception's message can carry submitted values (names, numbers).
    LOG.error("Unexpected {} in the API at {}", e.getClass().getName(), where(e));
    return answer(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The request could not be completed; nothing was changed.");
  }

  /** The first stack frame in Pana's own code, else the first one. */
  public static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("org.pana.")) {
        return frame.toString();
      }
    }
    return trace.length == 0 ? "unknown" : trace[0].toString();
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail unreadable = unreadable(e);
    if (unreadable != null) {
      return ResponseEntity.of(unreadable).build();
    }
    String field = jsonPath(e);
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "malformed-json",
            "Malformed JSON",
            field == null
                ? "The request body is not valid JSON for this endpoint."
                : "The value of " + field + " has the wrong JSON type.");
    if (field != null) {
      problem.setProperty("errors", List.of(error(field, "json_type", "Wrong type.")));
    }
    return ResponseEntity.of(problem).build();
  }

  /**
   * A body refused before its fields could be read: bytes that are not UTF-8 ({@link Utf8Check}), a
   * body beyond the parser's limits, or a JSON object naming one key twice (which of the two would
   * count is up to the parser, so neither does). Null for other malformed bodies.
   */
  private static ProblemDetail unreadable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Utf8Check.Malformed malformed) {
        return problem(
            HttpStatus.BAD_REQUEST,
            "malformed-utf8",
            "Malformed UTF-8",
            "The request body is not valid UTF-8 from byte "
                + malformed.offset()
                + " on (a broken, overlong or cut-off sequence); send JSON encoded as UTF-8.");
      }
      if (cause instanceof StreamConstraintsException) {
        return problem(
            HttpStatus.CONTENT_TOO_LARGE,
            "too-large",
            "Request too large",
            "The request body is larger, or nested deeper, than any record can be.");
      }
      if (cause instanceof StreamReadException read
          && read.getOriginalMessage() != null
          && read.getOriginalMessage().startsWith("Duplicate Object property")) {
        return problem(
            HttpStatus.BAD_REQUEST,
            "duplicate-key",
            "Duplicate JSON key",
            "A key appears twice in the same JSON object; send each field once.");
      }
    }
    return null;
  }

  /** The problem as the whole answer. */
  private static ResponseEntity<Object> answer(
      HttpStatus status, String type, String title, String detail) {
    return ResponseEntity.of(problem(status, type, title, detail)).build();
  }

  private static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPES + type));
    problem.setTitle(title);
    return problem;
  }

  private static List<Map<String, String>> errors(List<FieldProblem> problems) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldProblem p : problems) {
      errors.add(error(p.field(), p.code(), p.message()));
    }
    return errors;
  }

  /** One entry of a problem's {@code errors}: the field, a code and a message, never the value. */
  private static Map<String, String> error(String field, String code, String message) {
    return Map.of("field", field, "code", code, "message", message);
  }

  /** The JSON path of the value Jackson could not read, e.g. {@code names[0].value}. */
  private static String jsonPath(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (var reference : databind.getPath()) {
          if (reference.getPropertyName() != null) {
            if (!path.isEmpty()) {
              path.append('.');
            }
            path.append(reference.getPropertyName());
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }
}
