package org.pana.core.retraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pana.core.evidence.Evidence;
import org.pana.core.person.Person;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.report.Disclosure;
import org.pana.core.report.Report;

/**
 * Erases a person on request, for good: their record, everything entered for them ({@link
 * OwnRecords}, retracted or not) and the reports not yet released that tell of them (an approved
 * report's frozen text may name them) go with every revision; one audit entry says who erased which
 * id, and nothing of what the records said is kept. The application then deletes their evidence
 * files and the search index's copy.
 *
 * <p>A person in a report that was released cannot be erased: the disclosure ledger must keep its
 * record of what left the casebook. Records recorded on someone else's page that name the person,
 * and cases they are in, stay (holding only the person's id, which leads nowhere).
 */
public final class Erasures {

  /** The word to type to confirm an erasure. */
  public static final String CONFIRMATION = "erase";

  private final RecordStore store;

  public Erasures(RecordStore store) {
    this.store = store;
  }

  /**
   * What was erased.
   *
   * @param personId the person
   * @param recordIds every record deleted, the person first
   * @param evidenceIds the evidence files among them, whose files must be deleted too
   */
  public record Erased(String personId, List<String> recordIds, List<String> evidenceIds) {

    public Erased {
      recordIds = List.copyOf(recordIds);
      evidenceIds = List.copyOf(evidenceIds);
    }
  }

  /**
   * What erasing a person would delete, without deleting anything (for the page that asks to
   * confirm).
   *
   * @param person the person, as the reader sees them
   * @param recordIds every record that would go, the person first
   * @param evidenceIds the evidence files among them
   * @param releases how many releases in the disclosure ledger tell of the person: while there are
   *     any, the person cannot be erased
   */
  public record Plan(
      Stored<Person> person, List<String> recordIds, List<String> evidenceIds, int releases) {

    public Plan {
      recordIds = List.copyOf(recordIds);
      evidenceIds = List.copyOf(evidenceIds);
    }
  }

  /**
   * What erasing the person (retracted or not) would delete.
   *
   * @throws NotFound when the reader cannot see such a person
   */
  public Plan plan(String personId) {
    return store.includingRetracted(
        () -> {
          Stored<Person> person =
              store.find(Person.KIND, personId).orElseThrow(() -> new NotFound("person", personId));
          Set<String> ids = new LinkedHashSet<>();
          List<String> evidence = new ArrayList<>();
          ids.add(personId);
          for (OwnRecords.Own own : OwnRecords.of(store, personId)) {
            ids.add(own.id());
            if (own.stored().value() instanceof Evidence) {
              evidence.add(own.id());
            }
          }
          store.linkedTo(Report.KIND, personId).forEach(r -> ids.add(r.value().id()));
          int releases = store.linkedTo(Disclosure.KIND, personId).size();
          return new Plan(person, List.copyOf(ids), evidence, releases);
        });
  }

  /**
   * Erases the person (retracted or not) and what goes with them; nothing changes when the
   * confirmation word is wrong, the person was in a released report, or a record is not the
   * reader's organisation's. Must not run inside a transaction.
   *
   * @param confirm must be {@value #CONFIRMATION}
   * @throws NotFound when the reader cannot see such a person
   */
  public Erased erase(String personId, String confirm, Change author) {
    Plan plan = plan(personId);
    if (confirm == null || !confirm.strip().toLowerCase(Locale.ROOT).equals(CONFIRMATION)) {
      throw new ValidationFailed(
          "confirm",
          "confirmation",
          "Type the word " + CONFIRMATION + " to confirm: an erasure cannot be undone.");
    }
    if (plan.releases() > 0) {
      throw new Conflict(
          "released_person",
          "This person is in a report that was released ("
              + plan.releases()
              + " release(s) in the disclosure ledger), which must keep its record: they cannot"
              + " be erased. Retract them instead.");
    }
    store.erase(personId, plan.recordIds(), author);
    return new Erased(personId, plan.recordIds(), plan.evidenceIds());
  }
}
