package org.pana.tools.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints what a load came to: per kind of request and per request, the count, requests per second,
 * p50/p95/p99 latency, non-2xx and 5xx answers; overall requests and writes per second; the first
 * 5xx answers; and, last, {@code p95_ms <reads and pages> writes_per_s <v> errors_5xx <n>}.
 */
final class Report {

  private static final String ROW = "%-40s %9s %9s %9s %9s %9s %8s %6s %10s%n";

  private Report() {}

  static void print(Load.Result result, Mix mix, PrintStream out) {
    Tally tally = result.tally();
    double seconds = result.seconds();
    out.printf(
        Locale.ROOT,
        ROW,
        "request",
        "count",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "non-2xx",
        "5xx",
        "unanswered");
    for (Operation.Kind kind : Operation.Kind.values()) {
      List<Operation> operations = new ArrayList<>();
      for (Operation operation : Operation.values()) {
        if (operation.kind() == kind) {
          operations.add(operation);
        }
      }
      row(out, kind.label() + " (" + mix.percent(kind) + " %)", tally.of(operations), seconds);
      for (Operation operation : operations) {
        row(out, "  " + operation.request(), tally.of(List.of(operation)), seconds);
      }
    }
    Tally.Figures all = tally.of(List.of(Operation.values()));
    row(out, "all", all, seconds);
    Set<Operation> readsAndPages = EnumSet.noneOf(Operation.class);
    Set<Operation> writes = EnumSet.noneOf(Operation.class);
    for (Operation operation : Operation.values()) {
      switch (operation.kind()) {
        case READ, PAGE -> readsAndPages.add(operation);
        case WRITE -> writes.add(operation);
        case SEARCH -> {}
      }
    }
    Tally.Figures readsPages = tally.of(readsAndPages);
    row(out, "token reads and pages", readsPages, seconds);
    double writesPerSecond = tally.of(writes).succeeded() / seconds;
    out.printf(
        Locale.ROOT,
        "overall: %,.1f requests/s; %,.1f writes/s (people and events answered 2xx) over %.1f s%n",
        all.count() / seconds,
        writesPerSecond,
        seconds);
    Load.Cpu cpu = result.cpu();
    if (cpu != null && all.count() > 0) {
      out.printf(
          Locale.ROOT,
          "cpu: %.1f of %d cores busy; %.2f ms of CPU per request (server, load clients, compiler"
              + " and collector together), of which the JIT compiler's threads %.2f ms%n",
          cpu.process() / seconds,
          cpu.cores(),
          cpu.process() * 1e3 / all.count(),
          cpu.compiling() * 1e3 / all.count());
    }
    out.printf(
        Locale.ROOT,
        "5xx answers: %,d; other non-2xx: %,d (of which unanswered: %,d)%n",
        all.errors5xx(),
        all.non2xx() - all.errors5xx(),
        all.unanswered());
    if (!result.serverErrorSamples().isEmpty()) {
      out.println("first 5xx answers:");
      result.serverErrorSamples().forEach(sample -> out.println("  " + sample));
    }
    if (!result.otherSamples().isEmpty()) {
      out.println("first other non-2xx answers:");
      result.otherSamples().forEach(sample -> out.println("  " + sample));
    }
    out.printf(
        Locale.ROOT,
        "p95_ms %.3f writes_per_s %.1f errors_5xx %d%n",
        readsPages.p95(),
        writesPerSecond,
        all.errors5xx());
  }

  private static void row(PrintStream out, String label, Tally.Figures figures, double seconds) {
    out.printf(
        Locale.ROOT,
        ROW,
        label,
        String.format(Locale.ROOT, "%,d", figures.count()),
        String.format(Locale.ROOT, "%,.1f", figures.count() / seconds),
        String.format(Locale.ROOT, "%.3f", figures.p50()),
        String.format(Locale.ROOT, "%.3f", figures.p95()),
        String.format(Locale.ROOT, "%.3f", figures.p99()),
        String.format(Locale.ROOT, "%,d", figures.non2xx()),
        String.format(Locale.ROOT, "%,d", figures.errors5xx()),
        String.format(Locale.ROOT, "%,d", figures.unanswered()));
  }
}
