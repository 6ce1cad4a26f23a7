package org.pana.app.login;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pana.core.account.AccountStore.Failures;

/**
 * Failed logins for names that have no active account, kept in memory only, so that such names are
 * slowed down exactly as real ones are: otherwise the second wrong try would tell which names
 * exist. Holds the most recent names only; a guesser cycling through more names than that gains
 * nothing an existing name would not give them.
 */
final class UnknownLogins {

  private static final int REMEMBERED = 10_000;

  private final Map<String, Failures> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > REMEMBERED;
        }
      };

  synchronized Failures failures(String login) {
    return failures.getOrDefault(login, new Failures(0, Instant.EPOCH));
  }

  synchronized void failed(String login, Instant at) {
    failures.merge(
        login, new Failures(1, at), (before, next) -> new Failures(before.count() + 1, at));
  }
}
