package org.pana.app.procedure;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import org.pana.app.acting.PanaUser;
import org.pana.core.account.AccountStore;
import org.pana.core.problem.ValidationFailed;
import org.springframework.stereotype.Component;

/**
 * Who gets the daily digest and where: each account's address (checked, and stored encrypted) and
 * whether its digest is on, set on its own account page.
 */
@Component
public class DigestAddresses {

  private final AccountStore accounts;

  public DigestAddresses(AccountStore accounts) {
    this.accounts = accounts;
  }

  /**
   * Sets the user's daily digest address (checked as an e-mail address) and turns it on or off; a
   * blank address removes it.
   *
   * @throws ValidationFailed naming {@code email} when it is not an e-mail address
   */
  public void set(PanaUser user, String email, boolean on) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null) {
      try {
        new InternetAddress(address, true).validate();
      } catch (AddressException e) {
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
  public Optional<String> of(PanaUser user) {
    return accounts.digestEmail(user.accountId());
  }

  /** Whether the user's digest is on. */
  public boolean isOn(PanaUser user) {
    return accounts.digestAccounts().contains(user.accountId());
  }

  /** The accounts whose daily digest is on. */
  public List<String> accountsOn() {
    return accounts.digestAccounts();
  }
}
