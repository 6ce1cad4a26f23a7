package org.pana.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pana.app.config.PanaSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose Host header is not a name this server answers to. A web page on
 * evil.example can make a browser send requests to 127.0.0.1 by re-pointing its own DNS name (DNS
 * rebinding); those requests still carry {@code Host: evil.example}.
 */
@ConditionalOnWebApplication
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HostHeaderFilter extends OncePerRequestFilter {

  private final PanaSettings settings;

  public HostHeaderFilter(PanaSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String host = PanaSettings.hostName(request.getHeader("Host"));
    if (host == null || !settings.allowedHosts().contains(host)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.getWriter().write("This server does not answer to that host name.\n");
      return;
    }
    chain.doFilter(request, response);
  }
}
