package org.pana.core.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.Person;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/**
 * Which organisation's compartment a person or a case lies in, changed by an administrator: a
 * person moves with their own records (events, documents, sources, needs, consents, evidence); a
 * case with its steps and reports, and with its people when asked. Also places, in one step, the
 * records a casebook kept in no organisation before every person and case had to belong to one.
 * Every move is audited. Only administrators may move records; the caller checks that.
 */
public final class Placement {

  private final RecordStore store;

  public Placement(RecordStore store) {
    this.store = store;
  }

  /** Moves a person, and the records that are theirs, to {@code organisationId}. */
  public void movePerson(String personId, String organisationId, Change change) {
    store.find(Person.KIND, personId).orElseThrow(() -> new NotFound("person", personId));
    requireOrganisation(organisationId);
    store.moveTo(organisationId, List.of(personId), change);
  }

  /**
   * Makes {@code organisationId} the owner of a case (a new revision), and moves its steps and
   * reports, and its people with their records when {@code withPeople}.
   */
  public void moveCase(String caseId, String organisationId, boolean withPeople, Change change) {
    requireOrganisation(organisationId);
    store.inTransaction(
        () -> {
          Stored<CaseFile> file =
              store.find(CaseFile.KIND, caseId).orElseThrow(() -> new NotFound("case", caseId));
          owned(file, organisationId, change);
          List<String> moved = new ArrayList<>(List.of(caseId));
          if (withPeople) {
            moved.addAll(file.value().personIds());
          }
          store.moveTo(organisationId, moved, change);
          return null;
        });
  }

  /** How many records of each kind belong to no organisation. */
  public Map<String, Long> unassigned() {
    return store.unassigned();
  }

  /**
   * Places every record that belongs to no organisation in {@code organisationId}.
   *
   * @return how many records it placed (with the records that follow them)
   */
  public int placeUnassigned(String organisationId, Change change) {
    requireOrganisation(organisationId);
    return store.inTransaction(
        () -> {
          List<String> ids = store.unassignedIds();
          for (String id : ids) {
            store.find(CaseFile.KIND, id).ifPresent(file -> owned(file, organisationId, change));
          }
          store.moveTo(organisationId, ids, change);
          return ids.size();
        });
  }

  private void owned(Stored<CaseFile> stored, String organisationId, Change change) {
    CaseFile file = stored.value();
    if (organisationId.equals(file.organisationId())) {
      return;
    }
    Set<String> partners = new HashSet<>(file.sharedWith());
    partners.remove(organisationId);
    store.update(
        CaseFile.KIND, file.withSharing(organisationId, partners), stored.revision(), change);
  }

  private void requireOrganisation(String organisationId) {
    if (organisationId == null
        || organisationId.isBlank()
        || store.find(Organisation.KIND, organisationId.strip()).isEmpty()) {
      throw new ValidationFailed(
          "organisationId", "unknown_organisation", "Choose an organisation that exists.");
    }
  }
}
