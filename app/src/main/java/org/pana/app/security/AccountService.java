package org.pana.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pana.app.config.PanaSettings;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.ApiToken;
import org.pana.core.account.Credentials;
import org.pana.core.account.LoginThrottle;
import org.pana.core.account.Role;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.organisation.Organisation;
import org.pana.core.organisation.OrganisationDraft;
import org.pana.core.organisation.Organisations;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.store.jdbc.VaultProtection;
import org.pana.vault.Totp;
import org.pana.vault.Vault;
import org.pana.vault.VaultException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.FileSystemUtils;

/**
 * Accounts and their keys: the first administrator, further accounts, logins, passphrase changes
 * and API tokens. Each account and each token holds its own wrapped copy of the vault keys; opening
 * that copy is how a passphrase or token is checked.
 */
public final class AccountService {

  /** What an account's key copy is called in the vault file (ids only, no names). */
  static String holder(String accountId) {
    return "account:" + accountId;
  }

  static String tokenHolder(String tokenId) {
    return "token:" + tokenId;
  }

  private static final Pattern TOKEN = Pattern.compile("pana_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
  private static final int TOKEN_SECRET_BYTES = 32;

  private final AccountStore accounts;
  private final VaultKeeper keeper;
  private final RecordStore records;
  private final AuditLog audit;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final SecureRandom random = new SecureRandom();
  private final Totp totp = new Totp();
  private final String setupToken;
  private final UnknownLogins unknownLogins = new UnknownLogins();
  private final Map<String, byte[]> openedTokens = new ConcurrentHashMap<>();
  private volatile boolean setUp;

  public AccountService(
      AccountStore accounts,
      VaultKeeper keeper,
      RecordStore records,
      AuditLog audit,
      Clock clock,
      LoginThrottle throttle) {
    this.accounts = accounts;
    this.keeper = keeper;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
    this.throttle = throttle;
    byte[] bytes = new byte[15];
    random.nextBytes(bytes);
    this.setupToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    keeper.beforeLock(openedTokens::clear);
  }

  /** True until the first administrator exists; the web UI shows only the setup page until then. */
  public boolean needsSetup() {
    // Asked on every request by the setup gate. Accounts are disabled, never deleted, so once one
    // exists the answer stays no and the database need not be asked again.
    if (setUp) {
      return false;
    }
    setUp = accounts.count() > 0;
    return !setUp;
  }

  /** The one-time token printed on the console while setup is needed. */
  public String setupToken() {
    return setupToken;
  }

  /** Whether {@code given} is the setup token (compared in constant time). */
  public boolean isSetupToken(String given) {
    return given != null
        && MessageDigest.isEqual(
            given.strip().getBytes(StandardCharsets.UTF_8),
            setupToken.getBytes(StandardCharsets.UTF_8));
  }

  /** The first organisation's name when the first administrator is made without one. */
  public static final String FIRST_ORGANISATION = "First organisation";

  /**
   * Creates the vault, the first organisation and its first administrator, and leaves the vault
   * unlocked.
   *
   * @throws Conflict when accounts exist already
   */
  public Account createFirstAdmin(String name, char[] passphrase) {
    return createFirstAdmin(name, passphrase, FIRST_ORGANISATION);
  }

  /**
   * Creates the vault, the organisation {@code organisationName} (every person and case belongs to
   * an organisation, so the first one comes with the first account) and its first administrator, a
   * member of it, and leaves the vault unlocked.
   *
   * @throws Conflict when accounts exist already
   * @throws ValidationFailed naming {@code login}, {@code passphrase} or {@code organisation}
   */
  public synchronized Account createFirstAdmin(
      String name, char[] passphrase, String organisationName) {
    String login = Credentials.login(name);
    Credentials.checkNewPassphrase(passphrase);
    String organisation = organisationName == null ? "" : organisationName.strip();
    if (organisation.isEmpty() || organisation.length() > 300) {
      throw new ValidationFailed(
          "organisation",
          "required",
          "Give your group's name (1 to 300 characters); it can be changed later.");
    }
    if (!needsSetup()) {
      throw new Conflict(
          "Pana already has accounts; an administrator adds new ones (Accounts page).");
    }
    Vault vault = keeper.vault();
    if (vault.exists()) {
      if (!records.isEmpty()) {
        throw new Conflict(
            "This data directory has encrypted records but no accounts; restore a backup instead.");
      }
      vault.erase(); // a vault left over from a setup that crashed before its account was stored
    }
    String accountId = newId();
    Vault.Unlocked keys = vault.create(holder(accountId), passphrase);
    audit.beginSignedHead(); // a new vault: no head kept so far belongs to it
    keeper.keep(keys);
    try {
      return records.inTransaction(
          () -> {
            String organisationId =
                new Organisations(records)
                    .record(
                        new OrganisationDraft(organisation, List.of(), List.of(), null),
                        Change.by(accountId))
                    .value()
                    .id();
            Account account =
                new Account(
                    accountId, login, Role.ADMIN, Set.of(organisationId), true, clock.instant());
            accounts.insert(account, account.id());
            return account;
          });
    } catch (RuntimeException e) {
      keeper.lock();
      vault.erase();
      throw e;
    }
  }

  /** Adds an account with its own key copy; the vault must be unlocked (an admin is logged in). */
  public synchronized Account addAccount(
      PanaUser admin, String name, Role role, Set<String> organisationIds, char[] passphrase) {
    requireAdmin(admin);
    String login = Credentials.login(name);
    Credentials.checkNewPassphrase(passphrase);
    if (accounts.byLogin(login).isPresent()) {
      throw new ValidationFailed("login", "taken", "This login name is taken.");
    }
    organisationIds = organisationsOf(role, organisationIds);
    Account account = new Account(newId(), login, role, organisationIds, true, clock.instant());
    keeper.keys().addHolder(holder(account.id()), passphrase);
    try {
      accounts.insert(account, admin.accountId());
    } catch (RuntimeException e) {
      keeper.keys().removeHolder(holder(account.id()));
      throw e;
    }
    return account;
  }

  /** Changes role, organisations or the active flag; disabling also removes the key copy. */
  public synchronized Account changeAccount(
      PanaUser admin, String accountId, Role role, Set<String> organisationIds, boolean active) {
    requireAdmin(admin);
    Account account =
        accounts.byId(accountId).orElseThrow(() -> new NotFound("account", accountId));
    organisationIds = organisationsOf(role, organisationIds);
    if (account.id().equals(admin.accountId()) && (!active || role != Role.ADMIN)) {
      throw new ValidationFailed(
          "role", "self", "You cannot remove your own administrator rights or disable yourself.");
    }
    if (!active && account.active()) {
      keeper.keys().removeHolder(holder(account.id()));
      for (ApiToken token : accounts.tokensOf(account.id())) {
        revoke(admin, token);
      }
    }
    Account changed = account.withRole(role).withOrganisations(organisationIds).withActive(active);
    accounts.update(changed, admin.accountId());
    return changed;
  }

  /**
   * A case's team as canonical login names: each must be an active account.
   *
   * @throws ValidationFailed naming {@code volunteers[i]} for a name no active account has
   */
  /**
   * Creates (or replaces) the user's personal calendar feed and returns its secret token, shown
   * once: only its SHA-256 is kept. Event titles name cases only when {@code withNames}.
   */
  public String createCalendarFeed(PanaUser user, boolean withNames) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    accounts.storeCalendarFeed(user.accountId(), sha256(token), withNames, user.accountId());
    return token;
  }

  /** The user's calendar feed, if they have one. */
  public Optional<AccountStore.CalendarFeed> calendarFeedOf(PanaUser user) {
    return accounts.calendarFeedOf(user.accountId());
  }

  public void removeCalendarFeed(PanaUser user) {
    accounts.removeCalendarFeed(user.accountId(), user.accountId());
  }

  /** The active account whose calendar feed this token opens, and its choice of titles. */
  Optional<CalendarAccess> calendarAccess(String token) {
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
    return java.util.HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sets the user's daily digest address (checked as an e-mail address) and turns it on or off; a
   * blank address removes it.
   */
  public void setDigest(PanaUser user, String email, boolean on) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null) {
      try {
        new jakarta.mail.internet.InternetAddress(address, true).validate();
      } catch (jakarta.mail.internet.AddressException e) {
        throw new ValidationFailed("email", "email", "Not an e-mail address: " + e.getMessage());
      }
      if (address.length() > 254) {
        throw new ValidationFailed(
            "email", "too_long", "An e-mail address has at most 254 characters.");
      }
    }
    accounts.storeDigest(user.accountId(), address, on, user.accountId());
  }

  /** The user's digest address, if any (opened by the vault). */
  public Optional<String> digestEmail(PanaUser user) {
    return accounts.digestEmail(user.accountId());
  }

  /** Whether the user's digest is on. */
  public boolean digestOn(PanaUser user) {
    return accounts.digestAccounts().contains(user.accountId());
  }

  /** The accounts whose daily digest is on. */
  public List<String> digestAccounts() {
    return accounts.digestAccounts();
  }

  /**
   * Runs {@code work} as an account (for the digest, which reads what that account may see). The
   * account must be active.
   */
  public <T> Optional<T> asAccount(
      String accountId, java.util.function.Function<PanaUser, T> work) {
    Optional<PanaUser> user = accounts.byId(accountId).filter(Account::active).map(PanaUser::of);
    if (user.isEmpty()) {
      return Optional.empty();
    }
    var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
    var context =
        org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
    context.setAuthentication(PassphraseAuthentication.authenticated(user.get()));
    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    try {
      return Optional.ofNullable(work.apply(user.get()));
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
    }
  }

  /** Whether a login name is an active account's. */
  public boolean isActiveLogin(String given) {
    String login;
    try {
      login = Credentials.login(given);
    } catch (ValidationFailed e) {
      return false;
    }
    return accounts.all().stream().anyMatch(a -> a.active() && a.login().equals(login));
  }

  public List<String> team(List<String> logins) {
    Set<String> active =
        accounts.all().stream()
            .filter(Account::active)
            .map(Account::login)
            .collect(Collectors.toSet());
    List<String> team = new ArrayList<>();
    Problems problems = new Problems();
    for (int i = 0; i < logins.size(); i++) {
      String given = logins.get(i);
      if (given == null || given.isBlank()) {
        continue;
      }
      String login;
      try {
        login = Credentials.login(given);
      } catch (ValidationFailed e) {
        login = null;
      }
      if (login == null || !active.contains(login)) {
        problems.add(
            "volunteers[" + i + "]", "unknown_account", "No active account has this login name.");
      } else if (!team.contains(login)) {
        team.add(login);
      }
    }
    problems.throwIfAny();
    return team;
  }

  public List<Account> accounts() {
    return accounts.all();
  }

  public Account account(String id) {
    return accounts.byId(id).orElseThrow(() -> new NotFound("account", id));
  }

  /**
   * Checks a login. On success the vault is open (it opens it when locked) and the login is
   * audited; on failure the failure is counted and audited, and the next attempt waits.
   *
   * @throws LoginRefused saying why, without saying whether the name exists
   */
  public Account login(String name, char[] passphrase) {
    return login(name, passphrase, null);
  }

  /**
   * Checks a login with the second step, when the account turned it on: {@code code} is the current
   * 6-digit code of its authenticator app.
   *
   * @throws LoginRefused saying why; {@link LoginRefused#needsCode()} when only the code is missing
   */
  public Account login(String name, char[] passphrase, String code) {
    String login;
    try {
      login = Credentials.login(name);
    } catch (ValidationFailed e) {
      audit.append("anonymous", AuditAction.LOGIN_FAILED, null);
      throw LoginRefused.failed(0);
    }
    Optional<Account> found = accounts.byLogin(login);
    Account account = found.filter(Account::active).orElse(null);
    // A name without an active account is slowed down exactly like a real one, and answered with
    // the same words in the same time, so that no answer tells which login names exist.
    AccountStore.Failures failures =
        account == null ? unknownLogins.failures(login) : accounts.failures(account.id());
    Instant now = clock.instant();
    Instant blockedUntil = throttle.blockedUntil(failures.count(), failures.last());
    if (blockedUntil.isAfter(now)) {
      audit.append(
          account == null ? "anonymous" : account.id(),
          AuditAction.LOGIN_FAILED,
          found.map(Account::id).orElse(null));
      throw LoginRefused.failed(seconds(Duration.between(now, blockedUntil)));
    }
    if (account == null) {
      keeper.vault().decoyUnlock(passphrase);
      unknownLogins.failed(login, now);
      audit.append("anonymous", AuditAction.LOGIN_FAILED, found.map(Account::id).orElse(null));
      throw LoginRefused.failed(waitAfterFailure(failures.count(), now));
    }
    Vault.Unlocked keys;
    try {
      keys = keeper.vault().unlock(holder(account.id()), passphrase);
    } catch (VaultException.WrongPassphrase | VaultException.UnknownAccount e) {
      accounts.recordFailure(account.id(), now);
      throw LoginRefused.failed(waitAfterFailure(failures.count(), now));
    } catch (VaultException.NoVault e) {
      audit.append(account.id(), AuditAction.LOGIN_FAILED, account.id());
      throw LoginRefused.erased();
    }
    var sealedTotp = accounts.sealedTotpSecret(account.id());
    if (sealedTotp.isPresent()) {
      if (code == null || code.isBlank()) {
        throw LoginRefused.codeNeeded();
      }
      byte[] secret = openTotp(keys, account.id(), sealedTotp.get());
      var step = totp.matchingStep(secret, code, now);
      Arrays.fill(secret, (byte) 0);
      if (step.isEmpty() || !accounts.useTotpStep(account.id(), step.getAsLong())) {
        accounts.recordFailure(account.id(), now);
        throw LoginRefused.wrongCode();
      }
    }
    keeper.keep(keys);
    accounts.recordLogin(account.id());
    return account;
  }

  /** Seconds to wait after one more failure on top of {@code before} failures in a row. */
  private long waitAfterFailure(int before, Instant now) {
    return seconds(Duration.between(now, throttle.blockedUntil(before + 1, now)));
  }

  private static long seconds(Duration wait) {
    return wait.isNegative() || wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** The account with this id, when it is active (read afresh: it may have changed). */
  public Optional<Account> activeAccount(String accountId) {
    return accounts.byId(accountId).filter(Account::active);
  }

  /** Whether the account has two-step login on. */
  public boolean hasTotp(PanaUser user) {
    return accounts.sealedTotpSecret(user.accountId()).isPresent();
  }

  /**
   * Turns two-step login on, once the user proved their app holds {@code base32Secret} by typing
   * its current code.
   */
  public void enableTotp(PanaUser user, String base32Secret, String code) {
    byte[] secret;
    try {
      secret = Totp.fromBase32(base32Secret);
    } catch (RuntimeException e) {
      throw new ValidationFailed("secret", "format", "The set-up key was damaged; start again.");
    }
    if (secret.length < 16) {
      throw new ValidationFailed("secret", "format", "The set-up key was damaged; start again.");
    }
    var step = totp.matchingStep(secret, code, clock.instant());
    if (step.isEmpty()) {
      throw new ValidationFailed(
          "code", "wrong", "This code does not match; check the app's clock and try again.");
    }
    String sealed =
        keeper.seal(
            "account", "totp_secret", user.accountId(), Base64.getEncoder().encodeToString(secret));
    accounts.storeTotpSecret(user.accountId(), sealed, user.accountId());
    accounts.useTotpStep(user.accountId(), step.getAsLong());
  }

  /** Turns two-step login off, with a current code. */
  public void disableTotp(PanaUser user, String code) {
    String sealed =
        accounts
            .sealedTotpSecret(user.accountId())
            .orElseThrow(() -> new ValidationFailed("code", "off", "Two-step login is off."));
    byte[] secret =
        Base64.getDecoder().decode(keeper.open("account", "totp_secret", user.accountId(), sealed));
    if (totp.matchingStep(secret, code, clock.instant()).isEmpty()) {
      throw new ValidationFailed("code", "wrong", "This code does not match.");
    }
    accounts.storeTotpSecret(user.accountId(), null, user.accountId());
  }

  /** A fresh secret for setting up two-step login: its Base32 text and otpauth address. */
  public TotpSetup newTotp(PanaUser user) {
    byte[] secret = Totp.newSecret();
    return new TotpSetup(Totp.base32(secret), Totp.address("Pana", user.login(), secret));
  }

  /**
   * What a user types into (or imports with) an authenticator app.
   *
   * @param secret the key in Base32
   * @param address the otpauth address
   */
  public record TotpSetup(String secret, String address) {}

  private static byte[] openTotp(Vault.Unlocked keys, String accountId, String sealed) {
    String opened =
        new VaultProtection(keys.cipher()).open("account", "totp_secret", accountId, sealed);
    return Base64.getDecoder().decode(opened);
  }

  /**
   * Crypto-erase: destroys every wrapped copy of the keys, so everything encrypted becomes
   * unreadable at once, and drops the keys from memory. Audited first (the entry holds no secret).
   */
  public synchronized String eraseVault(String actor) {
    Vault vault = keeper.vault();
    if (!vault.exists()) {
      return "There is no vault to erase at " + vault.file() + ".";
    }
    audit.append(actor, AuditAction.VAULT_ERASED, null);
    keeper.lock();
    vault.erase();
    // the search index's files are sealed with the erased keys; the public portal's pages are
    // published anyway; but both tie this machine to the group
    List<Path> left = new ArrayList<>();
    for (Path folder :
        List.of(
            PanaSettings.indexFolder(vault.file()),
            vault.file().resolveSibling("portal"),
            PanaSettings.auditHeadFile(vault.file()))) {
      try {
        FileSystemUtils.deleteRecursively(folder);
      } catch (IOException e) {
        left.add(folder);
      }
    }
    String erased =
        "Erased the vault: every key copy is destroyed and the data can no longer be decrypted.";
    return left.isEmpty()
        ? erased
        : erased + " Could not delete " + left + ": delete them by hand.";
  }

  /** Changes the caller's own passphrase: only that account's key copy is rewrapped. */
  public void changePassphrase(PanaUser user, char[] current, char[] next) {
    Credentials.checkNewPassphrase(next);
    Vault.Unlocked keys;
    try {
      keys = keeper.vault().unlock(holder(user.accountId()), current);
    } catch (VaultException.WrongPassphrase e) {
      accounts.recordFailure(user.accountId(), clock.instant());
      throw new ValidationFailed("current", "wrong", "The current passphrase is not right.");
    }
    keys.changePassphrase(holder(user.accountId()), next);
    audit.append(user.accountId(), AuditAction.KEY_CHANGED, user.accountId());
  }

  /**
   * Creates a personal API token for {@code user}; the returned text is shown once and never
   * stored. Scripts send it as {@code Authorization: Bearer <token>}.
   */
  public String createToken(PanaUser user, String label) {
    String cleanLabel = label == null ? "" : label.strip();
    if (cleanLabel.isEmpty() || cleanLabel.length() > 100) {
      throw new ValidationFailed(
          "label", "required", "Give the token a label of 1 to 100 characters, e.g. the script.");
    }
    if (cleanLabel.chars().anyMatch(Character::isISOControl)) {
      throw new ValidationFailed("label", "control", "The label contains control characters.");
    }
    String id = UUID.randomUUID().toString().replace("-", "");
    byte[] secret = new byte[TOKEN_SECRET_BYTES];
    random.nextBytes(secret);
    keeper.keys().addSecretHolder(tokenHolder(id), secret);
    try {
      accounts.insertToken(
          new ApiToken(id, user.accountId(), cleanLabel, clock.instant(), null), user.accountId());
    } catch (RuntimeException e) {
      keeper.keys().removeHolder(tokenHolder(id));
      throw e;
    }
    String text =
        "pana_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Arrays.fill(secret, (byte) 0);
    return text;
  }

  /**
   * The account a bearer token acts for. Opens the vault when locked.
   *
   * @throws LoginRefused when the token is malformed, unknown, revoked or its account disabled
   */
  public Account authenticateToken(String text) {
    Matcher matcher = TOKEN.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw LoginRefused.badToken();
    }
    String id = matcher.group(1);
    // Nothing sealed is read before the token's own key copy has opened the vault.
    Account account = accounts.accountOfLiveToken(id).orElseThrow(LoginRefused::badToken);
    byte[] secret = Base64.getUrlDecoder().decode(matcher.group(2));
    try {
      byte[] digest = sha256(secret);
      byte[] known = openedTokens.get(id);
      if (known != null && keeper.isUnlocked() && MessageDigest.isEqual(known, digest)) {
        // This token opened the keys in this opening of the vault already: no need to unwrap them
        // again on every request of a script.
        keeper.touch();
        return account;
      }
      keeper.keep(keeper.vault().unlockWithSecret(tokenHolder(id), secret));
      openedTokens.put(id, digest);
    } catch (VaultException e) {
      throw LoginRefused.badToken();
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return account;
  }

  public List<ApiToken> tokensOf(PanaUser user) {
    return accounts.tokensOf(user.accountId());
  }

  /** Revokes one of the caller's tokens (or any token, for an administrator). */
  public void revokeToken(PanaUser user, String tokenId) {
    ApiToken token =
        accounts
            .token(tokenId)
            .filter(t -> t.accountId().equals(user.accountId()) || user.can(Role.ADMIN))
            .orElseThrow(() -> new NotFound("token", tokenId));
    revoke(user, token);
  }

  private void revoke(PanaUser user, ApiToken token) {
    openedTokens.remove(token.id());
    if (!token.revoked()) {
      keeper.keys().removeHolder(tokenHolder(token.id()));
      accounts.revokeToken(token.id(), clock.instant(), user.accountId());
    }
  }

  /**
   * The organisations of an account with {@code role}: those given, which must exist. Everyone but
   * an administrator works for at least one; when none is given and the casebook has exactly one,
   * that one.
   */
  private Set<String> organisationsOf(Role role, Set<String> organisationIds) {
    for (String id : organisationIds) {
      if (records.find(Organisation.KIND, id).isEmpty()) {
        throw new ValidationFailed(
            "organisations", "unknown", "No organisation has the id " + id + ".");
      }
    }
    if (!organisationIds.isEmpty() || role == Role.ADMIN) {
      return organisationIds;
    }
    List<Stored<Organisation>> all = records.list(Organisation.KIND, 0, 2);
    if (all.size() == 1) {
      return Set.of(all.get(0).value().id());
    }
    throw new ValidationFailed(
        "organisations",
        "required",
        "Choose the organisations this account works for: every person and case belongs to one.");
  }

  private static void requireAdmin(PanaUser user) {
    if (user == null || !user.can(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator manages accounts.");
    }
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
