package org.pana.app.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.pana.app.acting.PanaUser;
import org.pana.app.web.LocaleConfiguration;
import org.pana.core.account.AccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a page is in: the one chosen in this browser ({@code ?lang=kk} on any page, kept in
 * a cookie that logging out does not end, since the login page passes it on); else, for a logged-in
 * account, the one it chose before (saved with the account, so that it follows the volunteer to
 * another browser); else the browser's preference among Pana's languages; else English. Choosing a
 * language while logged in saves it with the account.
 */
@Component("localeResolver")
public class AccountLanguage extends CookieLocaleResolver {

  /** The cookie that keeps a browser's choice. */
  public static final String COOKIE = "pana-lang";

  private final AccountStore accounts;

  public AccountLanguage(AccountStore accounts) {
    super(COOKIE);
    this.accounts = accounts;
    AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
    browser.setSupportedLocales(LocaleConfiguration.SUPPORTED);
    browser.setDefaultLocale(Locale.ENGLISH);
    setDefaultLocaleFunction(
        request -> saved(user()).orElseGet(() -> browser.resolveLocale(request)));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale chosen = locale == null ? null : supported(locale.getLanguage()).orElse(null);
    super.setLocale(request, response, chosen);
    PanaUser user = user();
    if (user != null && chosen != null) {
      accounts.setLanguage(user.accountId(), chosen.getLanguage());
    }
  }

  /**
   * What a login does with the language: one chosen in this browser (on the login page, say) is the
   * account's from now on; else one the account chose before is this browser's too; else the
   * browser's preference becomes the account's. Returns the language to show.
   */
  public Locale loggedIn(PanaUser user, HttpServletRequest request, HttpServletResponse response) {
    Optional<Locale> chosen = chosenHere(request);
    Optional<Locale> saved = saved(user);
    if (chosen.isEmpty() && saved.isPresent()) {
      super.setLocale(request, response, saved.get());
      return saved.get();
    }
    Locale current = chosen.orElseGet(() -> resolveLocale(request));
    accounts.setLanguage(user.accountId(), current.getLanguage());
    return current;
  }

  /** The language this browser's cookie holds, if it holds one Pana is written in. */
  private static Optional<Locale> chosenHere(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return supported(Locale.forLanguageTag(cookie.getValue()).getLanguage());
      }
    }
    return Optional.empty();
  }

  private Optional<Locale> saved(PanaUser user) {
    return user == null
        ? Optional.empty()
        : accounts.language(user.accountId()).flatMap(AccountLanguage::supported);
  }

  private static Optional<Locale> supported(String tag) {
    return LocaleConfiguration.SUPPORTED.stream()
        .filter(locale -> locale.getLanguage().equals(tag))
        .findFirst();
  }

  private static PanaUser user() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof PanaUser user ? user : null;
  }
}
