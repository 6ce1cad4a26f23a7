package org.pana.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details from filters, which run before Spring MVC's error handling. */
final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String TYPES = "https://pana.invalid/problems/";

  private Problems() {}

  static void write(HttpServletResponse response, int status, String type, String detail)
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
      case 403 -> "Forbidden";
      case 503 -> "Unavailable";
      default -> "Error";
    };
  }
}
