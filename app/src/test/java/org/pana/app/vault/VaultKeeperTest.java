package org.pana.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.app.login.LoginSessions;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.problem.Locked;
import org.pana.vault.Vault;
import org.springframework.mock.web.MockHttpSession;

/**
 * The keeper locks on a laptop after idle time and when the last session logs out, and refuses to
 * work locked.
 */
class VaultKeeperTest {

  @TempDir Path dir;

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void aLaptopLocksAfterIdleTimeAndAtLogout() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    VaultKeeper keeper = new VaultKeeper(vault, clock, true);
    assertThatThrownBy(() -> keeper.seal("record", "body", "r", "x")).isInstanceOf(Locked.class);

    keeper.keep(vault.create("admin", "a long passphrase".toCharArray()));
    assertThat(keeper.open("record", "body", "r", keeper.seal("record", "body", "r", "x")))
        .isEqualTo("x");
    now.set(now.get().plus(Duration.ofMinutes(14)));
    assertThat(keeper.lockIfIdle(Duration.ofMinutes(15))).isFalse();
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertThat(keeper.lockIfIdle(Duration.ofMinutes(15))).isTrue();
    assertThat(keeper.isUnlocked()).isFalse();
    assertThatThrownBy(() -> keeper.seal("record", "body", "r", "x")).isInstanceOf(Locked.class);

    keeper.keep(vault.unlock("admin", "a long passphrase".toCharArray()));
    LoginSessions sessions = new LoginSessions(keeper);
    MockHttpSession first = new MockHttpSession(null, "first");
    MockHttpSession second = new MockHttpSession(null, "second");
    sessions.started(first);
    sessions.started(second);
    assertThat(sessions.loggedOut(first)).as("another session is still logged in").isFalse();
    assertThat(keeper.isUnlocked()).isTrue();
    assertThat(sessions.loggedOut(second)).as("the last session logged out").isTrue();
    assertThat(keeper.isUnlocked()).isFalse();
  }

  @Test
  void aSessionEndsWithTheOpeningOfTheVaultItLoggedInTo() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    VaultKeeper keeper = new VaultKeeper(vault, clock, true);
    keeper.keep(vault.create("admin", "a long passphrase".toCharArray()));
    LoginSessions sessions = new LoginSessions(keeper);
    MockHttpSession before = new MockHttpSession(null, "before");
    sessions.started(before);

    keeper.lock();
    keeper.keep(vault.unlock("admin", "a long passphrase".toCharArray()));

    assertThat(sessions.current(before)).isFalse();
    MockHttpSession after = new MockHttpSession(null, "after");
    sessions.started(after);
    assertThat(sessions.current(after)).isTrue();
  }

  @Test
  void aServerStaysUnlockedForItsOtherUsers() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    VaultKeeper keeper = new VaultKeeper(vault, clock, false);
    keeper.keep(vault.create("admin", "a long passphrase".toCharArray()));

    LoginSessions sessions = new LoginSessions(keeper);
    MockHttpSession only = new MockHttpSession(null, "only");
    sessions.started(only);
    assertThat(sessions.loggedOut(only)).isFalse();
    now.set(now.get().plus(Duration.ofHours(5)));

    assertThat(keeper.lockIfIdle(Duration.ofMinutes(15))).isFalse();
    assertThat(keeper.isUnlocked()).isTrue();
  }

  @Test
  void unlockingSignsOnceAndTheOpenKeysPinTheVerifyingKey() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    VaultKeeper keeper = new VaultKeeper(vault, clock, true);
    AtomicInteger signed = new AtomicInteger();
    keeper.afterUnlock(signed::incrementAndGet);
    keeper.beforeLock(signed::incrementAndGet);
    assertThat(keeper.keyPin()).isEqualTo(CheckpointSignatures.KeyPin.NOT_CHECKED);
    assertThat(keeper.hasKey()).isFalse();

    Vault.Unlocked keys = vault.create("admin", "a long passphrase".toCharArray());
    keeper.keep(keys);
    keeper.keep(keys); // already open: nothing more to sign

    assertThat(signed).hasValue(1);
    assertThat(keeper.hasKey()).isTrue();
    assertThat(keeper.keyPin()).isEqualTo(CheckpointSignatures.KeyPin.SAME);
    assertThat(keeper.keyFingerprint()).contains(vault.verifyKeyFingerprint());
    keeper.lock();
    assertThat(signed).hasValue(2);
    assertThat(keeper.keyPin()).isEqualTo(CheckpointSignatures.KeyPin.NOT_CHECKED);
  }
}
