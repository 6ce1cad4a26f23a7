package org.pana.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pana.core.date.PartialDate;
import org.pana.core.organisation.Organisation.RegistrationPeriod;
import org.pana.core.organisation.Organisation.RegistrationStatus;
import org.pana.core.organisation.Organisation.Relation;
import org.pana.core.organisation.Organisation.RelationKind;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Records organisations, their registration history and their relations. */
public final class Organisations {

  /** The most registration periods, and the most relations, of one organisation. */
  public static final int MAX_PERIODS = 100;

  private final RecordStore store;

  public Organisations(RecordStore store) {
    this.store = store;
  }

  public Stored<Organisation> record(OrganisationDraft draft, Change change) {
    Organisation organisation = validate(UUID.randomUUID().toString(), draft);
    return store.insert(Organisation.KIND, organisation, change);
  }

  /** Replaces an organisation's name, registration, relations and notes (a new revision). */
  public Stored<Organisation> amend(
      String id, int expectedRevision, OrganisationDraft draft, Change change) {
    get(id);
    Organisation organisation = validate(id, draft);
    if (organisation.relations().stream().anyMatch(r -> r.organisationId().equals(id))) {
      throw new ValidationFailed(
          "relations", "self", "An organisation cannot stand in a relation to itself.");
    }
    return store.update(Organisation.KIND, organisation, expectedRevision, change);
  }

  public Stored<Organisation> get(String id) {
    return find(id).orElseThrow(() -> new NotFound("organisation", id));
  }

  public Optional<Stored<Organisation>> find(String id) {
    return store.find(Organisation.KIND, id);
  }

  public List<Stored<Organisation>> list() {
    return store.list(Organisation.KIND, 0, 1000);
  }

  private Organisation validate(String id, OrganisationDraft draft) {
    Problems problems = new Problems();
    String name = problems.required("name", draft.name(), 300);
    List<RegistrationPeriod> periods = new ArrayList<>();
    boolean fewPeriods = problems.atMost("registration", draft.registration(), MAX_PERIODS);
    for (int i = 0; fewPeriods && i < draft.registration().size(); i++) {
      var period = draft.registration().get(i);
      String field = "registration[" + i + "]";
      if (period == null) {
        problems.add(field, "required", "Remove the empty registration period.");
        continue;
      }
      RegistrationStatus status =
          problems.requiredCode(field + ".status", RegistrationStatus.class, period.status());
      PartialDate from = problems.partialDate(field + ".from", period.from());
      PartialDate until = problems.partialDate(field + ".until", period.until());
      if (from != null && until != null && until.isCertainlyBefore(from)) {
        problems.add(field + ".until", "before_start", "The period ends before it starts.");
      }
      String note = problems.optional(field + ".note", period.note(), 1000);
      if (status != null) {
        periods.add(new RegistrationPeriod(status, from, until, note));
      }
    }
    List<Relation> relations = new ArrayList<>();
    boolean fewRelations = problems.atMost("relations", draft.relations(), MAX_PERIODS);
    for (int i = 0; fewRelations && i < draft.relations().size(); i++) {
      var relation = draft.relations().get(i);
      String field = "relations[" + i + "]";
      if (relation == null) {
        problems.add(field, "required", "Remove the empty relation.");
        continue;
      }
      RelationKind kind =
          problems.requiredCode(field + ".kind", RelationKind.class, relation.kind());
      PartialDate since = problems.partialDate(field + ".since", relation.since());
      String other = relation.organisationId();
      if (!Problems.couldBeId(other) || store.find(Organisation.KIND, other).isEmpty()) {
        problems.add(
            field + ".organisationId", "unknown_organisation", "No organisation with this id.");
      } else if (kind != null) {
        relations.add(new Relation(kind, other, since));
      }
    }
    String notes = problems.optional("notes", draft.notes(), Problems.MAX_TEXT);
    problems.throwIfAny();
    return new Organisation(id, name, periods, relations, notes);
  }
}
