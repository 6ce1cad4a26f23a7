package org.pana.core.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed logins slow down the next attempt on an account. On a laptop (one person, a seized
 * machine being guessed at) each failure doubles the wait, from one second up to fifteen minutes.
 * On a server (many people; an online guesser) five failures in a row lock the account for fifteen
 * minutes, and every failure after that again.
 */
public enum LoginThrottle {
  LAPTOP,
  SERVER;

  static final Duration LONGEST = Duration.ofMinutes(15);
  static final int SERVER_ATTEMPTS = 5;

  /** Until when the next attempt is refused after {@code failures} failures in a row. */
  public Instant blockedUntil(int failures, Instant lastFailure) {
    if (failures <= 0) {
      return Instant.EPOCH;
    }
    return switch (this) {
      case LAPTOP -> {
        int doublings = Math.min(failures - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        yield lastFailure.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
      }
      case SERVER -> failures < SERVER_ATTEMPTS ? Instant.EPOCH : lastFailure.plus(LONGEST);
    };
  }
}
