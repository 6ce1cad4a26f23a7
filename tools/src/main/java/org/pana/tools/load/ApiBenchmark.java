package org.pana.tools.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code pana bench api}: starts a real Pana server in this JVM on a fresh data directory, creates
 * its first administrator and a few caseworkers (API tokens and logged-in browser sessions), seeds
 * a fictional casebook through the API and waits until the search index finds it, then drives the
 * server with concurrent caseworkers mixing token reads, searches, person and event writes, and
 * page loads; prints the figures per kind of request. The last line is {@code p95_ms <p95 of token
 * reads and pages> writes_per_s <value> errors_5xx <count>}.
 *
 * <p>5xx answers are figures, not failures: the benchmark ends normally with them. Only a server
 * that cannot start, or a casebook that cannot be seeded, ends it with an exception.
 */
public final class ApiBenchmark {

  private ApiBenchmark() {}

  /**
   * What to run.
   *
   * @param clients concurrent caseworkers (closed loop: each sends its next request on an answer)
   * @param seconds the measured time, after a warm-up
   * @param warmUp the uncounted time first, in seconds, or null to warm up until the server is
   *     warm: until its JIT compiler takes under a tenth of the CPU (at least 30 s, at most 300 s)
   * @param people people in the starting casebook
   * @param database a PostgreSQL URL of an empty database, or null for SQLite
   * @param mix what share of the requests each kind is
   */
  public record Settings(
      int clients, int seconds, Integer warmUp, int people, String database, Mix mix) {

    public static final int DEFAULT_CLIENTS = 16;
    public static final int DEFAULT_SECONDS = 30;
    public static final int DEFAULT_PEOPLE = 2_000;

    public Settings {
      if (clients < 1 || seconds < 1 || people < 10 || (warmUp != null && warmUp < 0)) {
        throw new IllegalArgumentException("clients, seconds and people must be positive");
      }
      if (mix == null) {
        throw new IllegalArgumentException("a mix must be given");
      }
    }
  }

  /**
   * Runs the benchmark against the server {@code servers} starts (on {@code settings.database()}),
   * printing to {@code out}.
   */
  public static void run(Settings settings, Supplier<BenchTarget> servers, PrintStream out) {
    out.println(Machine.here().describe());
    out.println("starting a Pana server on a fresh temporary data directory …");
    long started = System.nanoTime();
    Load.Result result;
    try (BenchTarget server = servers.get()) {
      out.printf(
          Locale.ROOT,
          "server: %s at %s, up in %.1f s%n",
          server.database(),
          server.base(),
          (System.nanoTime() - started) / 1e9);
      try (Team team = Team.assemble(server, settings.clients())) {
        List<Volunteer> crew = team.caseworkers();
        out.printf(
            Locale.ROOT,
            "clients: %d caseworkers (API token and browser session each), logged in%n",
            crew.size());
        long seeding = System.nanoTime();
        Casebook casebook = Casebook.seed(team, settings.people(), 1, out);
        out.printf(
            Locale.ROOT,
            "seed: %,d fictional people, %,d events, %,d cases in %.1f s (%,d writes refused)%n",
            casebook.ids().size(),
            casebook.events(),
            casebook.cases(),
            (System.nanoTime() - seeding) / 1e9,
            casebook.refused());
        casebook.refusals().forEach(refusal -> out.println("  refused: " + refusal));
        out.println(awaitIndex(crew.getFirst(), casebook));
        out.printf(
            Locale.ROOT,
            "load: %d clients, %s (not counted), %d s measured; mix %s%n",
            settings.clients(),
            settings.warmUp() == null
                ? "a warm-up until the JIT compiler has settled"
                : settings.warmUp() + " s warm-up",
            settings.seconds(),
            settings.mix().describe());
        result =
            new Load(crew, casebook, settings.mix())
                .run(settings.warmUp(), settings.seconds(), out);
      }
    }
    // printed after the server has stopped: nothing it logs can come after the last line
    Report.print(result, settings.mix(), out);
  }

  /** Waits (up to a minute) until a search by name finds the last person seeded. */
  private static String awaitIndex(Volunteer volunteer, Casebook casebook) {
    long started = System.nanoTime();
    String id = casebook.ids().getLast();
    String query = Intake.searchFor(casebook.people().getLast().names().getFirst());
    while (System.nanoTime() - started < 60_000_000_000L) {
      var answer = volunteer.post("/api/v1/search/persons", query);
      if (answer.ok() && Intake.lists(answer.body(), id)) {
        return String.format(
            Locale.ROOT,
            "index: built (the last person seeded is found by name after %.1f s)",
            (System.nanoTime() - started) / 1e9);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "index: the last person seeded was not found by name within a minute; measuring anyway";
  }
}
