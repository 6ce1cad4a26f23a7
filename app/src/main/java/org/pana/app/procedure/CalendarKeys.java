package org.pana.app.procedure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.springframework.stereotype.Component;

/**
 * The secret keys in the addresses of personal calendar feeds: one per account, shown once, kept
 * only as its SHA-256; replacing or removing it closes the old address.
 */
@Component
public class CalendarKeys {

  private final AccountStore accounts;
  private final SecureRandom random = new SecureRandom();

  public CalendarKeys(AccountStore accounts) {
    this.accounts = accounts;
  }

  /**
   * Creates (or replaces) the user's personal calendar feed and returns its secret token, shown
   * once: only its SHA-256 is kept. Event titles name cases only when {@code withNames}.
   */
  public String create(PanaUser user, boolean withNames) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    accounts.storeCalendarFeed(user.accountId(), sha256(token), withNames, user.accountId());
    return token;
  }

  /** The user's calendar feed, if they have one. */
  public Optional<AccountStore.CalendarFeed> of(PanaUser user) {
    return accounts.calendarFeedOf(user.accountId());
  }

  public void remove(PanaUser user) {
    accounts.removeCalendarFeed(user.accountId(), user.accountId());
  }

  /** The active account whose calendar feed this token opens, and its choice of titles. */
  Optional<CalendarAccess> access(String token) {
    return accounts
        .calendarFeed(sha256(token))
        .flatMap(
            feed ->
                accounts
                    .byId(feed.accountId())
                    .filter(Account::active)
                    .map(account -> new CalendarAccess(PanaUser.of(account), feed.withNames())));
  }

  /**
   * Who a calendar feed opens to.
   *
   * @param user the account
   * @param withNames whether event titles may name cases
   */
  record CalendarAccess(PanaUser user, boolean withNames) {}

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
