package org.pana.app.login;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.KeyCopies;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.account.Account;
import org.pana.core.account.AccountStore;
import org.pana.core.account.ApiToken;
import org.pana.core.account.Role;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.pana.vault.VaultException;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens for scripts: {@code pana_<id>_<secret>}. Each token holds its own wrapped
 * copy of the vault keys, which only its secret opens; the secret is shown once and never stored.
 */
@Component
public class ApiTokens {

  private static final Pattern TOKEN = Pattern.compile("pana_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
  private static final int TOKEN_SECRET_BYTES = 32;

  private final AccountStore accounts;
  private final KeyCopies copies;
  private final VaultKeeper keeper;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** The tokens that opened the vault in its current opening, with their secret's digest. */
  private final Map<String, byte[]> openedTokens = new ConcurrentHashMap<>();

  public ApiTokens(AccountStore accounts, KeyCopies copies, VaultKeeper keeper, Clock clock) {
    this.accounts = accounts;
    this.copies = copies;
    this.keeper = keeper;
    this.clock = clock;
    keeper.beforeLock(openedTokens::clear);
  }

  /**
   * Creates a personal API token for {@code user}; the returned text is shown once and never
   * stored. Scripts send it as {@code Authorization: Bearer <token>}.
   */
  public String create(PanaUser user, String label) {
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
    copies.addToken(id, secret);
    try {
      accounts.insertToken(
          new ApiToken(id, user.accountId(), cleanLabel, clock.instant(), null), user.accountId());
    } catch (RuntimeException e) {
      copies.removeToken(id);
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
  public Account authenticate(String text) {
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
      copies.openWithToken(id, secret);
      openedTokens.put(id, digest);
    } catch (VaultException e) {
      throw LoginRefused.badToken();
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return account;
  }

  /** The user's tokens, revoked ones too. */
  public List<ApiToken> of(PanaUser user) {
    return accounts.tokensOf(user.accountId());
  }

  /** Revokes one of the caller's tokens (or any token, for an administrator). */
  public void revoke(PanaUser user, String tokenId) {
    ApiToken token =
        accounts
            .token(tokenId)
            .filter(t -> t.accountId().equals(user.accountId()) || user.can(Role.ADMIN))
            .orElseThrow(() -> new NotFound("token", tokenId));
    revoke(user, token);
  }

  /** Revokes every token of an account (being disabled), as {@code admin}. */
  public void revokeAllOf(PanaUser admin, String accountId) {
    for (ApiToken token : accounts.tokensOf(accountId)) {
      revoke(admin, token);
    }
  }

  private void revoke(PanaUser user, ApiToken token) {
    openedTokens.remove(token.id());
    if (!token.revoked()) {
      copies.removeToken(token.id());
      accounts.revokeToken(token.id(), clock.instant(), user.accountId());
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
