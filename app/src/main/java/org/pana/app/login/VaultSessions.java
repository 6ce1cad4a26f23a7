package org.pana.app.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.VaultKeeper;
import org.pana.app.web.Problems;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login session is only as good as the open vault behind it and the account it stands for. Once
 * the vault locked (idle time, "lock now", the last logout on a laptop) the session ends and the
 * browser goes back to the login page. On every request the account is read again: a disabled
 * account's session ends at once, and a changed role or organisation list applies from this request
 * on. Requests of logged-in users count as activity for the idle lock.
 */
public final class VaultSessions extends OncePerRequestFilter {

  private final VaultKeeper keeper;
  private final LoginSessions sessions;
  private final AccountStore accounts;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  public VaultSessions(VaultKeeper keeper, LoginSessions sessions, AccountStore accounts) {
    this.keeper = keeper;
    this.sessions = sessions;
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PanaUser user) {
      if (!OwnCredentials.carriedBy(request)) {
        HttpSession session = request.getSession(false);
        Optional<Account> account =
            sessions.current(session)
                ? accounts.byId(user.accountId()).filter(Account::active)
                : Optional.empty();
        if (account.isEmpty()) {
          end(request, response, session);
          return;
        }
        PanaUser now = PanaUser.of(account.get());
        if (!now.equals(user)) {
          SecurityContext context = SecurityContextHolder.createEmptyContext();
          context.setAuthentication(now.authentication());
          SecurityContextHolder.setContext(context);
          contexts.saveContext(context, request, response);
        }
      }
      keeper.touch();
    }
    chain.doFilter(request, response);
  }

  private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
      throws IOException {
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    if (request.getRequestURI().startsWith("/api/")) {
      Problems.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "session-ended",
          "This session ended: the casebook locked, or the account was changed. Log in again.");
    } else {
      response.sendRedirect(keeper.isUnlocked() ? "/login?ended" : "/login?locked");
    }
  }
}
