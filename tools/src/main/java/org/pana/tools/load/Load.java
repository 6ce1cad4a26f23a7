package org.pana.tools.load;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.pana.tools.search.SyntheticPeople;

/**
 * Drives the server: every volunteer on a thread of its own sends the {@link Mix}'s requests back
 * to back (a closed loop, no think time) through a warm-up that is not counted (until the server is
 * warm, unless its length is given), then for the measured seconds. A request counts when it starts
 * inside the measured window.
 */
final class Load {

  private static final int SAMPLES_KEPT = 5;
  private static final int BODY_SHOWN = 200;

  private final List<Volunteer> crew;
  private final Casebook casebook;
  private final Mix mix;
  private final LongAdder sent = new LongAdder();
  private final LongAdder written = new LongAdder();
  private final LongAdder serverErrors = new LongAdder();
  private final List<String> serverErrorSamples = new ArrayList<>();
  private final List<String> otherSamples = new ArrayList<>();

  /**
   * What the measured window came to.
   *
   * @param tally every measured request
   * @param seconds from the window's start until the last measured request was answered
   * @param serverErrorSamples the first 5xx answers: request, status, start of the body
   * @param otherSamples the first other answers that were not 2xx
   */
  record Result(
      Tally tally,
      double seconds,
      List<String> serverErrorSamples,
      List<String> otherSamples,
      Cpu cpu) {}

  /**
   * What the measured window cost the machine: the CPU time of this process (server, load clients,
   * compiler and collector together) and of the JIT compiler's threads alone, in seconds (NaN where
   * the system does not tell).
   */
  record Cpu(double process, double compiling, int cores) {

    /** Clock ticks per second of Linux's per-thread CPU times (USER_HZ, 100 on every kernel). */
    private static final double TICKS = 100;

    static Cpu now() {
      var system = ManagementFactory.getOperatingSystemMXBean();
      double process =
          system instanceof com.sun.management.OperatingSystemMXBean os
              ? os.getProcessCpuTime() / 1e9
              : Double.NaN;
      return new Cpu(process, compilerThreads(), system.getAvailableProcessors());
    }

    /**
     * The CPU time of the JIT compiler's threads, which the JVM's own beans do not show (their
     * compilation time is wall time, much longer than CPU time on a busy machine): Linux lists it
     * per thread under /proc.
     */
    private static double compilerThreads() {
      Path tasks = Path.of("/proc/self/task");
      if (!Files.isDirectory(tasks)) {
        return Double.NaN;
      }
      long ticks = 0;
      try (var each = Files.list(tasks)) {
        for (Path task : each.toList()) {
          String stat;
          try {
            stat = Files.readString(task.resolve("stat"));
          } catch (IOException gone) {
            continue; // the thread ended meanwhile
          }
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          if (open < 0 || close < open || !stat.substring(open + 1, close).contains("Compiler")) {
            continue;
          }
          String[] fields = stat.substring(close + 2).split(" ");
          // after the name: state is field 3 of stat(5); utime and stime are fields 14 and 15
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      } catch (IOException | RuntimeException e) {
        return Double.NaN;
      }
      return ticks / TICKS;
    }

    Cpu since(Cpu earlier) {
      return new Cpu(process - earlier.process, compiling - earlier.compiling, cores);
    }
  }

  Load(List<Volunteer> crew, Casebook casebook, Mix mix) {
    this.crew = List.copyOf(crew);
    this.casebook = casebook;
    this.mix = mix;
  }

  /**
   * Runs the warm-up, then the measured window, printing progress every five seconds.
   *
   * @param warmUpSeconds the uncounted seconds first, or null to warm up until the JIT compiler has
   *     settled (see {@link #settled})
   */
  Result run(Integer warmUpSeconds, int seconds, PrintStream out) {
    List<Tally> tallies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long[] before = {0};
    Thread watch =
        Thread.ofPlatform()
            .name("bench-warm-up")
            .daemon()
            .start(() -> startMeasuring(warmUpSeconds, seconds, out));
    try (Ticker ticker = new Ticker(out, () -> progress(seconds, before))) {
      for (int i = 0; i < crew.size(); i++) {
        Tally tally = new Tally();
        tallies.add(tally);
        Volunteer volunteer = crew.get(i);
        SplittableRandom random = new SplittableRandom(1000 + i);
        threads.add(
            Thread.ofPlatform()
                .name("bench-client-" + i)
                .start(() -> drive(volunteer, random, tally)));
      }
      for (Thread thread : threads) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          watch.interrupt();
          throw new IllegalStateException("interrupted while measuring", e);
        }
      }
    }
    Window measured = window;
    double took = (System.nanoTime() - measured.from()) / 1e9;
    Cpu cpu = Cpu.now().since(measured.cpu());
    Tally all = new Tally();
    tallies.forEach(all::addAll);
    synchronized (this) {
      return new Result(all, took, List.copyOf(serverErrorSamples), List.copyOf(otherSamples), cpu);
    }
  }

  /** The measured window, once the warm-up is over. */
  private record Window(long from, long end, Cpu cpu) {}

  /** Null during the warm-up. */
  private volatile Window window;

  /**
   * Ends the warm-up: after {@code warmUpSeconds}, or when {@link #settled} says the server is
   * warm.
   */
  private void startMeasuring(Integer warmUpSeconds, int seconds, PrintStream out) {
    try {
      if (warmUpSeconds != null) {
        Thread.sleep(warmUpSeconds * 1_000L);
      } else {
        Cpu last = Cpu.now();
        for (int waited = 0; ; ) {
          Thread.sleep(WARM_UP_STEP * 1_000L);
          waited += WARM_UP_STEP;
          Cpu now = Cpu.now();
          Cpu step = now.since(last);
          last = now;
          double share = step.compiling() / step.process();
          boolean settled = waited >= WARM_UP_LEAST && settled(step);
          if (settled || waited >= WARM_UP_MOST) {
            out.printf(
                Locale.ROOT,
                "  warm-up over after %d s: the JIT compiler took %.1f %% of the CPU in the last"
                    + " %d s%s%n",
                waited,
                100 * share,
                WARM_UP_STEP,
                settled ? "" : " (still compiling at the longest warm-up)");
            break;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long from = System.nanoTime();
    window = new Window(from, from + seconds * 1_000_000_000L, Cpu.now());
  }

  /** Seconds between two looks at whether the server is warm. */
  static final int WARM_UP_STEP = 10;

  /** The shortest warm-up, in seconds, when it is left to the JIT compiler. */
  static final int WARM_UP_LEAST = 30;

  /** The longest warm-up, in seconds: measured then, however much is still being compiled. */
  static final int WARM_UP_MOST = 300;

  /**
   * Whether a step of the warm-up shows a warm server: its JIT compiler took under a tenth of the
   * process's CPU. A server that has just started spends much of its CPU compiling its hot code for
   * a minute or two (on 2 cores a third of it, and the requests it serves meanwhile are two to
   * three times as dear), and what a team meets is the server after that. Where the system does not
   * tell the compiler's time, the least warm-up is taken.
   */
  static boolean settled(Cpu step) {
    double share = step.compiling() / step.process();
    return Double.isNaN(share) || share < 0.10;
  }

  private String progress(int seconds, long[] before) {
    long now = System.nanoTime();
    long total = sent.sum();
    long recent = total - before[0];
    before[0] = total;
    Window measured = window;
    String when =
        measured == null
            ? "warm-up"
            : String.format(
                Locale.ROOT, "%d of %d s", Math.round((now - measured.from()) / 1e9), seconds);
    return String.format(
        Locale.ROOT,
        "  load %s: %,d requests (%,.0f/s in the last 5 s), %,d writes, %,d 5xx",
        when,
        total,
        recent / 5.0,
        written.sum(),
        serverErrors.sum());
  }

  private void drive(Volunteer volunteer, SplittableRandom random, Tally tally) {
    while (true) {
      long start = System.nanoTime();
      Window measured = window;
      if (measured != null && start - measured.end() >= 0) {
        return;
      }
      Operation operation = mix.draw(random);
      Volunteer.Answer answer = send(volunteer, operation, random);
      long took = System.nanoTime() - start;
      sent.increment();
      if (operation.kind() == Operation.Kind.WRITE && answer.ok()) {
        written.increment();
      }
      if (answer.status() >= 500) {
        serverErrors.increment();
      }
      if (measured != null) {
        tally.add(operation, answer.status(), took);
        if (!answer.ok()) {
          keep(operation, answer);
        }
      }
    }
  }

  private Volunteer.Answer send(Volunteer volunteer, Operation operation, SplittableRandom random) {
    int n = casebook.ids().size();
    int pick = random.nextInt(n);
    String id = casebook.ids().get(pick);
    SyntheticPeople.Person person = casebook.people().get(pick);
    Intake intake = volunteer.intake();
    return switch (operation) {
      case READ_PERSON -> volunteer.get("/api/v1/persons/" + id);
      case READ_TIMELINE -> volunteer.get("/api/v1/persons/" + id + "/timeline");
      case LIST_PERSONS ->
          volunteer.get("/api/v1/persons?page=" + random.nextInt((n + 19) / 20) + "&size=20");
      case SEARCH -> volunteer.post("/api/v1/search/persons", intake.search(person));
      case WRITE_PERSON -> volunteer.post("/api/v1/persons", Intake.person(intake.nextPerson()));
      case WRITE_EVENT ->
          volunteer.post(
              "/api/v1/persons/" + id + "/events",
              intake.event(casebook.people().get(random.nextInt(n)).place()));
      case PAGE_PERSON -> volunteer.page("/people/" + id);
      case PAGE_DASHBOARD -> volunteer.page("/");
      case PAGE_CASES -> volunteer.page("/cases");
    };
  }

  private synchronized void keep(Operation operation, Volunteer.Answer answer) {
    List<String> samples = answer.status() >= 500 ? serverErrorSamples : otherSamples;
    if (samples.size() < SAMPLES_KEPT) {
      samples.add(operation.request() + " → " + describe(answer));
    }
  }

  /** The status and the start of the body, on one line. */
  static String describe(Volunteer.Answer answer) {
    String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ").strip();
    if (body.length() > BODY_SHOWN) {
      body = body.substring(0, BODY_SHOWN) + "…";
    }
    return answer.status() < 0 ? body : answer.status() + " " + body;
  }
}
