package org.pana.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details from filters, which run before Spring MVC's error handling, and
 * from the container's error address ({@code errorpage.ErrorPages}).
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String TYPES = "https://pana.invalid/problems/";

  private Problems() {}

  public static void write(HttpServletResponse response, int status, String type, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPES + type);
    problem.put("title", title(status));
    problem.put("status", status);
    problem.put("detail", detail);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }

  private static String title(int status) {
    return switch (status) {
      case 401 -> "Authentication required";
      case 400 -> "Bad request";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 413 -> "Too large";
      case 415 -> "Unsupported media type";
      case 503 -> "Unavailable";
      default -> "Error";
    };
  }
}
