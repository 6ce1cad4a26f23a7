package org.pana.tools.seed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.person.PersonDraft;
import org.pana.core.person.PersonDraft.IdentifierDraft;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.tools.search.SyntheticPeople;

/**
 * {@code pana seed}: writes generated fictional people (the {@code bench search} generator) into a
 * casebook in batches, printing progress, so that Pana can be measured on a large casebook: its
 * start-up, its pages, its search. The command line writes each batch through the casebook's own
 * use cases, so every record is sealed, audited and indexed as a volunteer's would be.
 */
public final class LargeCasebook {

  /** People written in one transaction. */
  public static final int BATCH = 500;

  /** Writes one batch of people, in one transaction. */
  @FunctionalInterface
  public interface Batches {
    void write(List<PersonDraft> people);
  }

  private LargeCasebook() {}

  /**
   * Generates {@code count} people from {@code seed} for {@code organisationId} and hands them to
   * {@code batches}, {@value #BATCH} at a time; prints progress every tenth and the rate at the
   * end.
   */
  public static void seed(
      int count, long seed, String organisationId, Batches batches, PrintStream out) {
    SyntheticPeople generator = new SyntheticPeople(seed);
    long started = System.nanoTime();
    int written = 0;
    int tenth = Math.max(1, count / 10);
    List<PersonDraft> batch = new ArrayList<>(BATCH);
    while (written < count) {
      batch.add(draft(generator.next(), organisationId));
      written++;
      if (batch.size() == BATCH || written == count) {
        batches.write(List.copyOf(batch));
        batch.clear();
      }
      if (written % tenth == 0 || written == count) {
        out.printf(Locale.ROOT, "  %,d of %,d people written%n", written, count);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "Seeded %,d fictional people (seed %d) in %.1f s (%,.0f people/s).%n",
        count,
        seed,
        seconds,
        count / seconds);
  }

  /** The intake form's draft of a generated person. */
  static PersonDraft draft(SyntheticPeople.Person person, String organisationId) {
    List<NameDraft> names = new ArrayList<>();
    for (int i = 0; i < person.names().size(); i++) {
      names.add(new NameDraft(person.names().get(i), null, null, person.nameKind(i), null));
    }
    return new PersonDraft(
        names,
        person.female() ? "female" : "male",
        person.birthDate(),
        person.place(),
        null,
        List.of(),
        person.identifiers().stream()
            .map(value -> new IdentifierDraft("CN_RESIDENT_ID", value, null, null))
            .toList(),
        null,
        null,
        List.of(),
        organisationId);
  }
}
