package org.pana.app.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pana.app.acting.PanaUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Requests that carry their own credential (an API token, a calendar feed's secret) rather than a
 * login session: they run as the credential's account, with no session, and {@link VaultSessions}
 * leaves them alone.
 */
public final class OwnCredentials {

  private static final String STATELESS = "pana.stateless";

  private OwnCredentials() {}

  /** Passes {@code request} on as {@code user}, and forgets the user once it is answered. */
  public static void continueAs(
      PanaUser user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(STATELESS, Boolean.TRUE);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(user.authentication());
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Whether the request was authenticated by its own credential. */
  static boolean carriedBy(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(STATELESS));
  }
}
