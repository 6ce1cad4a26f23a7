package org.pana.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The port to stored accounts, their failed-login counters and their API tokens. */
public interface AccountStore {

  long count();

  Optional<Account> byId(String id);

  /** The account with this canonical login name. */
  Optional<Account> byLogin(String login);

  List<Account> all();

  /**
   * Every account's login by its id: pages name an account by its login, where audit entries and
   * revisions keep its id.
   */
  default Map<String, String> logins() {
    return all().stream().collect(Collectors.toMap(Account::id, Account::login));
  }

  /** Stores a new account, and audits it as a permission change by {@code actor}. */
  void insert(Account account, String actor);

  /** Stores a changed role, organisation list or active flag; audited as above. */
  void update(Account account, String actor);

  /** The organisation the account chose to record new people and cases for, if it chose one. */
  Optional<String> workingOrganisation(String accountId);

  /** Remembers the account's choice of organisation for new records (null forgets it). */
  void setWorkingOrganisation(String accountId, String organisationId);

  /** The language the account chose to read Pana in (a tag such as {@code kk}), if it chose one. */
  Optional<String> language(String accountId);

  /** Remembers the account's language (a tag such as {@code kk}). */
  void setLanguage(String accountId, String language);

  /** Failed logins in a row and the time of the last one. */
  Failures failures(String accountId);

  /** Counts a failed login (and audits it). */
  void recordFailure(String accountId, Instant at);

  /** Resets the failure counter after a successful login (and audits the login). */
  void recordLogin(String accountId);

  /** The account's TOTP secret as sealed by the vault, when two-step login is on. */
  Optional<String> sealedTotpSecret(String accountId);

  /** Turns two-step login on (a sealed secret) or off (null); audited as a key change. */
  void storeTotpSecret(String accountId, String sealedSecret, String actor);

  /**
   * Records that a code of time step {@code step} was used; false when that step (or a later one)
   * was used already, so that a code cannot be replayed.
   */
  boolean useTotpStep(String accountId, long step);

  /**
   * Sets (or replaces) the account's calendar feed: the SHA-256 of its secret token, and whether
   * event titles may name cases. Audited as a key change.
   */
  void storeCalendarFeed(String accountId, String tokenHash, boolean withNames, String actor);

  /** The account and title setting of a calendar feed, by the SHA-256 of its token. */
  Optional<CalendarFeed> calendarFeed(String tokenHash);

  /** Whether the account has a calendar feed, and with names. */
  Optional<CalendarFeed> calendarFeedOf(String accountId);

  /** Removes the account's calendar feed (its URL stops working). Audited as a key change. */
  void removeCalendarFeed(String accountId, String actor);

  /**
   * A personal calendar feed.
   *
   * @param accountId whose
   * @param withNames whether event titles may carry case titles
   */
  record CalendarFeed(String accountId, boolean withNames) {}

  /**
   * Sets the account's daily digest: its e-mail address (sealed by the store) and whether it is on;
   * a null address turns it off. Audited as a permission change.
   */
  void storeDigest(String accountId, String email, boolean on, String actor);

  /** The account's digest address, when it has one. */
  Optional<String> digestEmail(String accountId);

  /** The accounts whose digest is on (active accounts only). */
  List<String> digestAccounts();

  void insertToken(ApiToken token, String actor);

  Optional<ApiToken> token(String id);

  /**
   * The active account whose token this is, when the token is not revoked. Reads nothing sealed, so
   * it answers while the vault is locked (a token is how a script unlocks it).
   */
  Optional<Account> accountOfLiveToken(String tokenId);

  List<ApiToken> tokensOf(String accountId);

  void revokeToken(String id, Instant at, String actor);

  /**
   * Failed logins in a row.
   *
   * @param count how many
   * @param last when the last one was, or {@link Instant#EPOCH}
   */
  record Failures(int count, Instant last) {}
}
