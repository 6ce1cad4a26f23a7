package org.pana.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pana.app.account.AccountLanguage;
import org.pana.app.account.FirstRun;
import org.pana.app.account.SetupGate;
import org.pana.app.acting.PanaUser;
import org.pana.app.config.PanaSettings;
import org.pana.app.login.ApiTokens;
import org.pana.app.login.BearerTokens;
import org.pana.app.login.CrossSiteWrites;
import org.pana.app.login.LoginRefused;
import org.pana.app.login.LoginSessions;
import org.pana.app.login.Logins;
import org.pana.app.login.PassphraseAuthentication;
import org.pana.app.login.VaultSessions;
import org.pana.app.procedure.CalendarFeeds;
import org.pana.app.procedure.CalendarKeys;
import org.pana.app.vault.VaultKeeper;
import org.pana.app.web.Problems;
import org.pana.core.account.AccountStore;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages need a login session; the JSON API takes a session or a bearer token.
 * Every state change made with the session cookie needs the CSRF token, or, in the API, a request
 * the browser marks as coming from Pana's own pages (see {@link CrossSiteWrites}); bearer requests
 * carry their own credential and need neither. Until the first administrator exists, only the setup
 * page answers.
 *
 * <p>Roles are hierarchical: admin ⊃ coordinator ⊃ caseworker ⊃ viewer. Viewers read; caseworkers
 * record people, events, documents and sources; coordinators open and edit cases; administrators
 * manage organisations, accounts and the audit log.
 *
 * <p>It sits here, beside {@link Pana}, because it wires the filters of several rooms (the setup
 * gate of {@code account}, the bearer tokens and sessions of {@code login}, the calendar feeds of
 * {@code procedure}): every arrow from here points inwards.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final String[] OPEN = {
    "/login",
    "/setup",
    "/css/**",
    "/webjars/**",
    "/favicon.ico",
    "/actuator/health",
    "/error",
    "/public",
    "/public/**"
  };

  /** Pages that only show a form to record or correct something. */
  private static final String[] FORMS = {
    "/people/new",
    "/people/*/edit",
    "/people/*/events/new",
    "/people/*/documents/new",
    "/people/*/sources/new",
    "/people/*/needs/new",
    "/people/*/consents/new",
    "/people/*/relatives/new",
    "/consents/*/withdraw",
    "/events/*/edit",
    "/documents/*/edit",
    "/documents/*/custody/new",
    "/sources/*/edit",
    "/records/*/retract"
  };

  /** Retracted records and erasure: coordinators (retracting itself is for caseworkers). */
  private static final String[] RETRACTED = {
    "/retracted",
    "/api/v1/retracted",
    "/records/*/restore",
    "/api/v1/records/*/restore",
    "/people/*/erase",
    "/api/v1/persons/*/erase"
  };

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      FirstRun firstRun,
      ApiTokens tokens,
      CalendarKeys calendars,
      AccountStore accounts,
      VaultKeeper keeper,
      LoginSessions sessions,
      AuditLog audit,
      PanaSettings settings,
      AccountLanguage language)
      throws Exception {
    RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
    http.addFilterBefore(new SetupGate(firstRun), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new BearerTokens(tokens), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new CalendarFeeds(calendars), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(
            new VaultSessions(keeper, sessions, accounts),
            UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(OPEN)
                    .permitAll()
                    .requestMatchers(
                        "/admin/**",
                        "/api/v1/accounts/**",
                        "/api/v1/audit/**",
                        "/api/v1/unassigned/**",
                        "/api/v1/unassigned",
                        "/organisations/place-unassigned")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/people/*/move",
                        "/cases/*/move",
                        "/api/v1/persons/*/move",
                        "/api/v1/cases/*/move")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.GET, "/cases/new", "/cases/*/edit")
                    .hasRole("COORDINATOR")
                    .requestMatchers(RETRACTED)
                    .hasRole("COORDINATOR")
                    .requestMatchers(HttpMethod.GET, FORMS)
                    .hasRole("CASEWORKER")
                    .requestMatchers(HttpMethod.GET, "/statistics", "/statistics.csv")
                    .hasRole("COORDINATOR")
                    .requestMatchers(
                        HttpMethod.GET,
                        "/reports/**",
                        "/api/v1/reports/**",
                        "/api/v1/cases/*/reports")
                    .hasRole("CASEWORKER")
                    .requestMatchers(HttpMethod.GET, "/**")
                    .hasRole("VIEWER")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/people/search",
                        "/people/results",
                        "/api/v1/persons/search",
                        "/api/v1/search/persons")
                    .hasRole("VIEWER")
                    .requestMatchers("/account/**", "/lock")
                    .hasRole("VIEWER")
                    .requestMatchers("/organisations/**", "/api/v1/organisations/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/cases/*/steps",
                        "/api/v1/cases/*/steps",
                        "/cases/*/reports",
                        "/api/v1/cases/*/reports")
                    .hasRole("CASEWORKER")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/reports/*/approve",
                        "/api/v1/reports/*/approve",
                        "/reports/*/releases",
                        "/api/v1/reports/*/releases")
                    .hasRole("COORDINATOR")
                    .requestMatchers("/cases/**", "/api/v1/cases/**")
                    .hasRole("COORDINATOR")
                    .anyRequest()
                    .hasRole("CASEWORKER"))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .authenticationDetailsSource(
                        request ->
                            new PassphraseAuthentication.LoginDetails(request.getParameter("code")))
                    .successHandler(
                        (request, response, authentication) -> {
                          sessions.started(request.getSession());
                          if (authentication.getPrincipal() instanceof PanaUser user) {
                            language.loggedIn(user, request, response);
                          }
                          response.sendRedirect("/");
                        })
                    .failureHandler(loginFailure()))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(afterLogout(sessions, audit))
                    .addLogoutHandler(SecurityConfiguration::clearSiteData)
                    .logoutSuccessHandler(
                        (request, response, authentication) ->
                            // the language goes along: logging out clears the site's cookies
                            response.sendRedirect(
                                (keeper.isUnlocked() ? "/login?loggedOut" : "/login?logout")
                                    + "&lang="
                                    + language.resolveLocale(request).getLanguage())))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(apiUnauthenticated(), api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .accessDeniedHandler(denied()))
        .sessionManagement(
            management -> management.sessionFixation(fixation -> fixation.newSession()))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new CrossSiteWrites(settings)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("COORDINATOR")
        .role("COORDINATOR")
        .implies("CASEWORKER")
        .role("CASEWORKER")
        .implies("VIEWER")
        .build();
  }

  /**
   * The only way to log in: a passphrase that opens the account's key copy. Being the one
   * authentication provider bean also means Spring Boot creates no default user or password.
   */
  @Bean
  PassphraseAuthentication passphraseAuthentication(Logins logins) {
    return new PassphraseAuthentication(logins);
  }

  private static AuthenticationFailureHandler loginFailure() {
    return (request, response, exception) -> {
      if (exception instanceof LoginRefused refused && refused.needsCode()) {
        response.sendRedirect("/login?code");
        return;
      }
      long wait = exception instanceof LoginRefused refused ? refused.waitSeconds() : 0;
      response.sendRedirect(wait > 0 ? "/login?wait=" + wait : "/login?error");
    };
  }

  /**
   * The login sessions of this server; also told by the servlet container when a session ends, so
   * registered as a session listener.
   */
  @Bean
  LoginSessions loginSessions(VaultKeeper keeper) {
    return new LoginSessions(keeper);
  }

  private static LogoutHandler afterLogout(LoginSessions sessions, AuditLog audit) {
    return (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
      if (auth != null && auth.getPrincipal() instanceof PanaUser user) {
        audit.append(user.accountId(), AuditAction.LOGOUT, user.accountId());
      }
      audit.checkpoint();
      sessions.loggedOut(request.getSession(false));
    };
  }

  /**
   * Tells the browser to drop its cache, cookies and storage for Pana. Spring's own writer sends
   * this only over HTTPS; a loopback address is a secure context for browsers, so Pana always does.
   */
  private static void clearSiteData(
      HttpServletRequest request, HttpServletResponse response, Authentication auth) {
    response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
  }

  private static AuthenticationEntryPoint apiUnauthenticated() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      Problems.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "unauthenticated",
          "Log in, or send an API token as Authorization: Bearer <token>.");
    };
  }

  private static AccessDeniedHandler denied() {
    return (request, response, exception) -> {
      if (request.getRequestURI().startsWith("/api/") && exception instanceof CsrfException) {
        Problems.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "cross-site",
            "A change sent with the login cookie must come from Pana's own pages (or carry the"
                + " page's CSRF token in X-CSRF-TOKEN); scripts send an API token instead.");
      } else if (request.getRequestURI().startsWith("/api/")) {
        Problems.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "forbidden",
            "Your role or organisation does not allow this.");
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
    };
  }
}
