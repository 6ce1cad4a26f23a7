package org.pana.app.login;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.pana.app.config.PanaSettings;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry the CSRF token: every change (anything but GET, HEAD, OPTIONS, TRACE)
 * sent with the session cookie. A change to the JSON API may instead show that one of Pana's own
 * pages sent it: the browser says so in {@code Sec-Fetch-Site: same-origin}, or, where it sends no
 * such header, in an {@code Origin} equal to this server's own. Every other port on 127.0.0.1 is
 * the "same site" for the SameSite cookie rule, so SameSite alone does not keep a page served by
 * another local program from posting a form here.
 *
 * <p>A request with neither header does not come from a browser page (browsers send {@code Origin}
 * with every cross-origin POST) and needs no token. A bearer request carries its own credential,
 * which no other site can make a browser send without a CORS preflight that Pana never grants.
 */
public final class CrossSiteWrites implements RequestMatcher {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final PanaSettings settings;

  public CrossSiteWrites(PanaSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    if (SAFE.contains(request.getMethod())) {
      return false;
    }
    if (!request.getRequestURI().startsWith("/api/")) {
      return true;
    }
    if (BearerTokens.carriesToken(request)) {
      return false;
    }
    return !fromOwnPage(request);
  }

  private boolean fromOwnPage(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String own = authority(request.getScheme() + "://" + request.getHeader("Host"));
    return !own.isEmpty() && authority(origin).equals(own);
  }

  /** host:port of an origin or Host header, lower case, with the default port made explicit. */
  private String authority(String value) {
    if (value == null || value.isBlank() || value.equals("null")) {
      return "";
    }
    try {
      URI uri = URI.create(value);
      String host = uri.getHost();
      if (host == null || !settings.allowedHosts().contains(host.toLowerCase(Locale.ROOT))) {
        return "";
      }
      int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      return host.toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
