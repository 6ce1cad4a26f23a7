package org.pana.tools.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.pana.tools.search.SyntheticPeople;

/**
 * The starting casebook, written through the API by the caseworkers: fictional people, one to three
 * events for every second person, and a case for every tenth person with up to three of the people
 * recorded after them.
 *
 * @param people the people written, in order
 * @param ids their ids, in the same order
 * @param events events written
 * @param cases cases written
 * @param refused writes that were not answered 2xx
 * @param refusals the first few of them, for diagnosis
 */
record Casebook(
    List<SyntheticPeople.Person> people,
    List<String> ids,
    int events,
    int cases,
    int refused,
    List<String> refusals) {

  private static final int REFUSALS_KEPT = 3;

  /**
   * Writes {@code size} people, then their events, each caseworker on a thread of its own, then the
   * coordinator opens the cases; prints progress every five seconds.
   *
   * @throws IllegalStateException when fewer than half of the people could be written
   */
  static Casebook seed(Team team, int size, long seed, PrintStream out) {
    List<Volunteer> crew = team.caseworkers();
    Intake intake = new Intake(seed);
    List<SyntheticPeople.Person> generated = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      generated.add(intake.nextPerson());
    }
    String[] ids = new String[size];
    AtomicInteger done = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    Writes writes = new Writes(done, refused, refusals);
    try (Ticker ticker =
        new Ticker(
            out, () -> String.format(Locale.ROOT, "  seeding: %,d writes done", done.get()))) {
      inParallel(
          crew,
          size,
          (volunteer, i) -> {
            var answer = volunteer.post("/api/v1/persons", Intake.person(generated.get(i)));
            if (writes.count("POST /api/v1/persons", answer)) {
              ids[i] = Intake.id(answer.body());
            }
          });
      if (refused.get() > size / 2) {
        throw new IllegalStateException(
            "seeding failed: "
                + refused.get()
                + " of "
                + size
                + " people refused, first: "
                + refusals.getFirst());
      }
      // Per person: an event count (every second person has one to three) and whether a case
      // starts there; both are drawn before the threads start, so that a seed gives one casebook.
      int[] eventsOf = new int[size];
      int[] caseOf = new int[size];
      for (int i = 0; i < size; i++) {
        eventsOf[i] = i % 2 == 0 ? 1 + intake.nextInt(3) : 0;
        caseOf[i] = i % 10 == 0 ? 1 + intake.nextInt(4) : 0;
      }
      AtomicInteger events = new AtomicInteger();
      AtomicInteger cases = new AtomicInteger();
      inParallel(
          crew,
          size,
          (volunteer, i) -> {
            if (ids[i] == null) {
              return;
            }
            Intake own = volunteer.intake();
            for (int e = 0; e < eventsOf[i]; e++) {
              String place = generated.get(own.nextInt(size)).place();
              var answer =
                  volunteer.post("/api/v1/persons/" + ids[i] + "/events", own.event(place));
              if (writes.count("POST /api/v1/persons/{id}/events", answer)) {
                events.incrementAndGet();
              }
            }
          });
      for (int i = 0; i < size; i++) {
        if (caseOf[i] > 0 && ids[i] != null) {
          List<String> members = new ArrayList<>();
          for (int m = i; m < Math.min(size, i + caseOf[i]); m++) {
            if (ids[m] != null) {
              members.add(ids[m]);
            }
          }
          Volunteer coordinator = team.coordinator();
          String title = "Fictional case " + (i / 10 + 1);
          var answer =
              coordinator.post(
                  "/api/v1/cases", Intake.caseOf(title, members, coordinator.organisation()));
          if (writes.count("POST /api/v1/cases", answer)) {
            cases.incrementAndGet();
          }
        }
      }
      List<SyntheticPeople.Person> people = new ArrayList<>();
      List<String> written = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (ids[i] != null) {
          people.add(generated.get(i));
          written.add(ids[i]);
        }
      }
      return new Casebook(
          people, written, events.get(), cases.get(), refused.get(), List.copyOf(refusals));
    }
  }

  /** Counts seeding writes and keeps the first refusals. */
  private record Writes(AtomicInteger done, AtomicInteger refused, List<String> refusals) {
    boolean count(String request, Volunteer.Answer answer) {
      done.incrementAndGet();
      if (answer.ok()) {
        return true;
      }
      refused.incrementAndGet();
      synchronized (refusals) {
        if (refusals.size() < REFUSALS_KEPT) {
          refusals.add(request + " → " + Load.describe(answer));
        }
      }
      return false;
    }
  }

  /** One step of seeding: the {@code i}th job, done by {@code volunteer}. */
  private interface Job {
    void run(Volunteer volunteer, int i);
  }

  /** Runs jobs 0 to {@code jobs - 1}, each volunteer on its own thread taking the next one. */
  private static void inParallel(List<Volunteer> crew, int jobs, Job job) {
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (Volunteer volunteer : crew) {
      threads.add(
          Thread.ofPlatform()
              .name("bench-seed-" + threads.size())
              .start(
                  () -> {
                    for (int i = next.getAndIncrement(); i < jobs; i = next.getAndIncrement()) {
                      job.run(volunteer, i);
                    }
                  }));
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while seeding", e);
      }
    }
  }
}
