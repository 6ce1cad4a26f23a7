package org.pana.app.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pana.app.acting.PanaUser;
import org.pana.app.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. Such requests are
 * stateless: no session is created or used. A bad token gets 401 at once; it never falls back to a
 * session cookie.
 */
public final class BearerTokens extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final ApiTokens tokens;

  public BearerTokens(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (!carriesToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    PanaUser user;
    try {
      user = PanaUser.of(tokens.authenticate(header.substring(PREFIX.length())));
    } catch (LoginRefused e) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problems.write(
          response, HttpServletResponse.SC_UNAUTHORIZED, "invalid-token", e.getMessage());
      return;
    }
    OwnCredentials.continueAs(user, request, response, chain);
  }

  /** Whether the request sends a bearer token (valid or not). */
  static boolean carriesToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }
}
