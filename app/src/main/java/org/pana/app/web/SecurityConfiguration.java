package org.pana.app.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web protections that hold before accounts exist: CSRF tokens on every form, and strict response
 * headers on every response. The JSON API accepts only {@code application/json} bodies, which a
 * browser cannot send cross-site without a CORS preflight that Pana never grants, so it needs no
 * CSRF token; accounts and bearer tokens come with the vault issue.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  /** No accounts yet, and no generated default password either. */
  @Bean
  UserDetailsService noAccounts() {
    return new InMemoryUserDetailsManager();
  }
}
