package org.pana.core.problem;

/**
 * The vault is locked, so nothing identifying can be read or written until someone logs in (or an
 * API token opens it). Not an error of the request: it can be retried after unlocking.
 */
public final class Locked extends PanaException {

  public Locked() {
    super("The vault is locked. Log in (or use an API token) to unlock it.");
  }
}
