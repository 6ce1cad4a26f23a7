package org.pana.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login session is only as good as the open vault behind it: once the vault locked (idle time, or
 * a logout elsewhere on this laptop) the session ends and the browser goes back to the login page.
 * Requests of logged-in users count as activity for the idle lock.
 */
final class VaultSessions extends OncePerRequestFilter {

  private final VaultKeeper keeper;

  VaultSessions(VaultKeeper keeper) {
    this.keeper = keeper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PanaUser) {
      if (!keeper.isUnlocked()) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
          Problems.write(
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              "locked",
              "The vault locked after a logout or idle time. Log in again.");
        } else {
          response.sendRedirect("/login?locked");
        }
        return;
      }
      keeper.touch();
    }
    chain.doFilter(request, response);
  }
}
