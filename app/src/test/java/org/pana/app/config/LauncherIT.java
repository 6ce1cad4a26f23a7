package org.pana.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, {@code ./pana serve}, on the jar this build packaged: its first start
 * after a build prepares the faster start and serves from it, a later start serves from it at once,
 * and any other command goes to the jar as it is.
 */
class LauncherIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path PREPARED = ROOT.resolve("app/target/aot");

  @Test
  void otherCommandsGoToTheJarAsTheyAre() throws Exception {
    Path log = Files.createTempFile("pana-launcher-", ".log");
    Process help = launcher(log, "--help").start();
    assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(help.exitValue()).isZero();
    assertThat(Files.readString(log)).contains("Usage:").contains("serve");
  }

  @Test
  void aJavaOlderThan21IsNamedNotRun() throws Exception {
    // a JAVA_HOME whose java says it is version 17, as Debian 12's default does
    Path home = Files.createTempDirectory("pana-old-java-");
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(
        java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\nexit 0\n");
    java.toFile().setExecutable(true);
    Path log = Files.createTempFile("pana-launcher-", ".log");
    ProcessBuilder launcher = launcher(log, "serve");
    launcher.environment().put("JAVA_HOME", home.toString());
    Process old = launcher.start();
    assertThat(old.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(old.exitValue()).isEqualTo(2);
    assertThat(Files.readString(log))
        .contains("Pana needs Java 21 or newer")
        .contains("\"17.0.15\"");
  }

  @Test
  void serveStartsFromThePreparationItMakesOnceAfterABuild() throws Exception {
    // as after a new build: nothing prepared yet
    deleteTree(PREPARED);

    String first = serveUntilHealthy();
    assertThat(first).contains("preparing a faster start").contains(PREPARED + "/pana.jar");
    assertThat(PREPARED.resolve("made-for")).exists();

    String second = serveUntilHealthy();
    assertThat(second)
        .as("nothing left to prepare")
        .doesNotContain("preparing a faster start")
        .contains(PREPARED + "/pana.jar");

    // made for another build or JDK: prepared again before the start
    Files.writeString(PREPARED.resolve("made-for"), "another build\n");
    assertThat(serveUntilHealthy()).contains("preparing a faster start");
  }

  /** Starts {@code ./pana serve} on a fresh data directory, waits for health, stops it. */
  private static String serveUntilHealthy() throws Exception {
    Path dataDir = Files.createTempDirectory("pana-launcher-");
    Path log = Files.createTempFile("pana-launcher-", ".log");
    int port = freePort();
    Process server =
        launcher(log, "serve", "--data-dir", dataDir.toString(), "--port", Integer.toString(port))
            .start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (true) {
        assertThat(server.isAlive()).as(() -> "stopped early:\n" + read(log)).isTrue();
        assertThat(Instant.now()).as(() -> "never healthy:\n" + read(log)).isBefore(deadline);
        try {
          HttpResponse<Void> health =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (health.statusCode() == 200) {
            return read(log);
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(200);
      }
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static ProcessBuilder launcher(Path log, String... arguments) {
    ProcessBuilder builder =
        new ProcessBuilder(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("bash", ROOT.resolve("pana").toString()),
                        java.util.stream.Stream.of(arguments))
                    .toList())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // the JDK running the tests, as a volunteer's JAVA_HOME would be
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return builder;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var each = Files.walk(dir)) {
      for (Path path : each.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
