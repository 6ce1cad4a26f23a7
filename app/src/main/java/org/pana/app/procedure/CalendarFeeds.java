package org.pana.app.procedure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.app.login.OwnCredentials;
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

  private final CalendarKeys keys;

  public CalendarFeeds(CalendarKeys keys) {
    this.keys = keys;
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
    Optional<CalendarKeys.CalendarAccess> access =
        feed.matches() && "GET".equals(request.getMethod())
            ? keys.access(feed.group(1))
            : Optional.empty();
    if (access.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(WITH_NAMES, access.get().withNames());
    OwnCredentials.continueAs(access.get().user(), request, response, chain);
  }
}
