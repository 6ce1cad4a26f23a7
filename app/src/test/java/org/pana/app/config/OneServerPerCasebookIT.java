package org.pana.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pana.app.PanaServer;

/**
 * One server per casebook: a second server on the same data directory, or on the same PostgreSQL
 * database from another data directory, is refused with a clear message, and the lock of a server
 * killed with {@code kill -9} does not stay stuck.
 */
class OneServerPerCasebookIT {

  @Test
  void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstGoesOn() {
    try (PanaServer first = PanaServer.fresh()) {
      assertThatThrownBy(() -> PanaServer.on(first.dataDir()).close())
          .rootCause()
          .hasMessageContaining("Another Pana server")
          .hasMessageContaining("process " + ProcessHandle.current().pid())
          .hasMessageContaining("one server per casebook");

      assertThat(first.browser().get("/actuator/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theLockOfAServerKilledWithKill9IsFreeAgain() throws Exception {
    Path dir = Files.createTempDirectory("pana-killed-");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.pana.app.Pana",
                "serve",
                "--data-dir",
                dir.toString(),
                "--port",
                Integer.toString(freePort()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      waitUntilLocked(dir.resolve("pana.lock"), child);
      assertThatThrownBy(() -> PanaServer.on(dir).close())
          .rootCause()
          .hasMessageContaining("process " + child.pid());
    } finally {
      // On Linux, destroyForcibly is SIGKILL: no shutdown hook, nothing released by Pana itself.
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    try (PanaServer after = PanaServer.on(dir)) {
      assertThat(after.browser().get("/actuator/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSecondServerOnTheSamePostgresqlDatabaseIsRefusedFromAnotherDataDirectory()
      throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String db =
          "pana.db=postgresql://postgres:postgres@localhost:" + postgres.getPort() + "/postgres";
      try (PanaServer first = PanaServer.fresh(db)) {
        assertThatThrownBy(() -> PanaServer.fresh(db).close())
            .rootCause()
            .hasMessageContaining("Another Pana server is running on the database");
        assertThat(first.browser().get("/actuator/health").statusCode()).isEqualTo(200);
      }
      try (PanaServer again = PanaServer.fresh(db)) {
        assertThat(again.browser().get("/actuator/health").statusCode())
            .as("the lock went with the first server")
            .isEqualTo(200);
      }
    }
  }

  /** Waits until another process holds the lock file (the child server has started). */
  private static void waitUntilLocked(Path file, Process child) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      assertThat(child.isAlive()).as("the child server runs").isTrue();
      if (Files.exists(file)) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock()) {
          if (lock == null) {
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the child server did not take the lock in time");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
