package org.pana.core.account;

import java.time.Instant;
import java.util.Set;

/**
 * Someone who logs in to Pana. The passphrase is not here: it opens the account's copy of the vault
 * keys, and that opening is the check.
 *
 * @param id record id; audit entries and revisions name accounts by this id only
 * @param login the login name (stored in clear so that login can find the key copy before anything
 *     is decrypted; a pseudonym is recommended)
 * @param role what the account may do
 * @param organisationIds the organisations (compartments) whose cases the account works on
 * @param active false once an administrator disabled the account
 * @param createdAt when
 */
public record Account(
    String id,
    String login,
    Role role,
    Set<String> organisationIds,
    boolean active,
    Instant createdAt) {

  public Account {
    organisationIds = Set.copyOf(organisationIds);
  }

  public boolean isMemberOf(String organisationId) {
    return organisationIds.contains(organisationId);
  }

  public Account withRole(Role newRole) {
    return new Account(id, login, newRole, organisationIds, active, createdAt);
  }

  public Account withOrganisations(Set<String> ids) {
    return new Account(id, login, role, ids, active, createdAt);
  }

  public Account withActive(boolean isActive) {
    return new Account(id, login, role, organisationIds, isActive, createdAt);
  }
}
