package org.pana.app.security;

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
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.problem.Locked;
import org.pana.vault.Vault;

/** The keeper locks on a laptop after idle time and at logout, and refuses to work locked. */
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
    keeper.lockOnLogout();
    assertThat(keeper.isUnlocked()).isFalse();
  }

  @Test
  void aServerStaysUnlockedForItsOtherUsers() {
    Vault vault = Vault.at(dir.resolve("vault.json"));
    VaultKeeper keeper = new VaultKeeper(vault, clock, false);
    keeper.keep(vault.create("admin", "a long passphrase".toCharArray()));

    keeper.lockOnLogout();
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
