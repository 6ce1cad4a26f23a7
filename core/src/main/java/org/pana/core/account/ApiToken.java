package org.pana.core.account;

import java.time.Instant;

/**
 * A personal API token for scripts. Its secret is shown once and never stored: it opens the token's
 * own copy of the vault keys, and that opening is the check. A token acts with exactly its
 * account's rights.
 *
 * @param id token id (the first part of the token text)
 * @param accountId whose token it is
 * @param label what the owner called it, e.g. "weekly export script"
 * @param createdAt when
 * @param revokedAt when it was revoked, or null
 */
public record ApiToken(
    String id, String accountId, String label, Instant createdAt, Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
