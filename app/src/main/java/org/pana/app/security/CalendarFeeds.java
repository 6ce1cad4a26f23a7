package org.pana.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a personal calendar feed ({@code GET /calendar/<token>.ics}) as the account whose
 * feed it is: calendar applications cannot log in, so the secret in the URL is the credential. The
 * request then sees exactly what that account may see. An unknown or removed token is a plain 404.
 */
public final class CalendarFeeds extends OncePerRequestFilter {

  /** The request attribute saying whether the feed's event titles may name cases (Boolean). */
  public static final String WITH_NAMES = "pana.calendar.withNames";

  private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{20,100})\\.ics");

  private final AccountService accounts;

  CalendarFeeds(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/calendar/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher feed = FEED.matcher(request.getRequestURI());
    Optional<AccountService.CalendarAccess> access =
        feed.matches() && "GET".equals(request.getMethod())
            ? accounts.calendarAccess(feed.group(1))
            : Optional.empty();
    if (access.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(WITH_NAMES, access.get().withNames());
    VaultSessions.markStateless(request);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(PassphraseAuthentication.authenticated(access.get().user()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
