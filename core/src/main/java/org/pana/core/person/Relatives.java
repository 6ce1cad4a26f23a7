package org.pana.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Records the third parties named in people's stories, and their risk flags. */
public final class Relatives {

  private final RecordStore store;
  private final People people;

  public Relatives(RecordStore store, People people) {
    this.store = store;
    this.people = people;
  }

  /**
   * A third party as submitted.
   *
   * @param relativeId the third party's person record
   * @param kinship a {@link Kinship} code
   * @param atRisk whether they are at risk (null: yes, the safe default)
   * @param note free text, optional
   */
  public record RelativeDraft(String relativeId, String kinship, Boolean atRisk, String note) {}

  /** Records that {@code personId}'s story names a third party; nothing is stored on error. */
  public Stored<Relative> record(String personId, RelativeDraft draft, Change change) {
    people.get(personId);
    Problems problems = new Problems();
    String relativeId = problems.required("relativeId", draft.relativeId(), 100);
    if (relativeId != null) {
      if (relativeId.equals(personId)) {
        problems.add("relativeId", "self", "A person is not their own relative.");
      } else if (people.find(relativeId).isEmpty()) {
        problems.add("relativeId", "unknown_person", "No person with this id.");
      } else if (of(personId).stream().anyMatch(r -> r.value().relativeId().equals(relativeId))) {
        problems.add("relativeId", "already", "This third party is recorded already.");
      }
    }
    Kinship kinship = problems.requiredCode("kinship", Kinship.class, draft.kinship());
    String note = problems.optional("note", draft.note(), 2000);
    problems.throwIfAny();
    return store.insert(
        Relative.KIND,
        new Relative(
            UUID.randomUUID().toString(),
            personId,
            relativeId,
            kinship,
            draft.atRisk() == null || draft.atRisk(),
            note),
        change);
  }

  /**
   * Records a third party who is not in the casebook yet: their own person record and the link to
   * {@code personId}'s story, in one transaction. Every problem of both is reported at once, the
   * new person's under {@code relative.} (e.g. {@code relative.names[0].value}); nothing is stored
   * when anything is wrong.
   */
  public Stored<Relative> recordNew(
      String personId, PersonDraft relative, RelativeDraft draft, Change change) {
    people.get(personId);
    return store.inTransaction(
        () -> {
          Problems problems = new Problems();
          problems.requiredCode("kinship", Kinship.class, draft.kinship());
          problems.optional("note", draft.note(), 2000);
          Stored<Person> recorded = null;
          try {
            recorded = people.record(relative, change);
          } catch (ValidationFailed e) {
            e.problems().forEach(p -> problems.add("relative." + p.field(), p.code(), p.message()));
          }
          problems.throwIfAny(); // also undoes the person recorded above
          return record(
              personId,
              new RelativeDraft(
                  recorded.value().id(), draft.kinship(), draft.atRisk(), draft.note()),
              change);
        });
  }

  /** Sets or clears the risk flag of a recorded third party (a new revision). */
  public Stored<Relative> flag(String id, int expectedRevision, boolean atRisk, Change change) {
    Relative current = get(id).value();
    return store.update(
        Relative.KIND,
        new Relative(
            current.id(),
            current.personId(),
            current.relativeId(),
            current.kinship(),
            atRisk,
            current.note()),
        expectedRevision,
        change);
  }

  public Stored<Relative> get(String id) {
    return store.find(Relative.KIND, id).orElseThrow(() -> new NotFound("relative", id));
  }

  /** The third parties named in a person's story, and the stories that name the person. */
  public List<Stored<Relative>> of(String personId) {
    people.get(personId);
    return new ArrayList<>(store.linkedTo(Relative.KIND, personId));
  }

  /** Whether a third party is flagged at risk in any story. */
  public static boolean atRisk(String personId, List<Relative> relatives) {
    return relatives.stream().anyMatch(r -> r.relativeId().equals(personId) && r.atRisk());
  }
}
