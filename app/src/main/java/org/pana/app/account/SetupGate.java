package org.pana.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.pana.app.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the first administrator exists, every page leads to the setup page and the API answers 503
 * saying so. Only the setup page itself, styles and scripts, and the health check answer.
 */
public final class SetupGate extends OncePerRequestFilter {

  private static final Set<String> OPEN_PREFIXES =
      Set.of("/setup", "/css/", "/webjars/", "/actuator/health", "/favicon.ico", "/error");

  private final FirstRun firstRun;

  public SetupGate(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    if (!firstRun.needsSetup()) {
      if (path.equals("/setup")) {
        response.sendRedirect("/login");
        return;
      }
      chain.doFilter(request, response);
    } else if (open(path)) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      Problems.write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "setup-needed",
          "Pana has no accounts yet. Create the first administrator on the setup page or"
              + " with: pana user add --name NAME --admin");
    } else {
      response.sendRedirect("/setup");
    }
  }

  private static boolean open(String path) {
    return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
  }
}
