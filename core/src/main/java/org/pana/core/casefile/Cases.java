package org.pana.core.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.date.Today;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.Person;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Opens cases, changes them, and lists them. */
public final class Cases {

  /** The most people one case may hold: a large family, or a group that fled together. */
  public static final int MAX_PEOPLE = 100;

  /** The most volunteers on a case's team. */
  public static final int MAX_VOLUNTEERS = 50;

  /** The most partner organisations a case may be shared with. */
  public static final int MAX_PARTNERS = 20;

  private final RecordStore store;
  private final Clock clock;

  public Cases(RecordStore store) {
    this(store, Clock.systemUTC());
  }

  public Cases(RecordStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Stored<CaseFile> open(CaseDraft draft, Change change) {
    return store.insert(CaseFile.KIND, validate(UUID.randomUUID().toString(), draft, null), change);
  }

  /**
   * Changes a case. Sharing it with a further partner organisation needs, at that moment, every
   * person's consent to sharing with that partner.
   */
  public Stored<CaseFile> amend(String id, int expectedRevision, CaseDraft draft, Change change) {
    CaseFile current = get(id).value();
    return store.update(CaseFile.KIND, validate(id, draft, current), expectedRevision, change);
  }

  public Stored<CaseFile> get(String id) {
    return store.find(CaseFile.KIND, id).orElseThrow(() -> new NotFound("case", id));
  }

  public List<Stored<CaseFile>> list(int offset, int limit) {
    return store.list(CaseFile.KIND, offset, limit);
  }

  public long count() {
    return store.count(CaseFile.KIND);
  }

  /**
   * Stops sharing a person's cases with a partner (after their consent to it was withdrawn): each
   * case shared with the partner gets a new revision without it.
   */
  public void unshare(String personId, String partner, Change change) {
    for (Stored<CaseFile> stored : of(personId)) {
      CaseFile file = stored.value();
      if (!file.sharedWith().contains(partner)) {
        continue;
      }
      Set<String> remaining = new LinkedHashSet<>(file.sharedWith());
      remaining.remove(partner);
      store.update(
          CaseFile.KIND,
          file.withSharing(file.organisationId(), remaining),
          stored.revision(),
          change);
    }
  }

  /** The cases a person is in. */
  public List<Stored<CaseFile>> of(String personId) {
    return store.linkedTo(CaseFile.KIND, personId);
  }

  /** The people of a case whose consent to sharing with a partner does not hold today. */
  private List<String> withoutConsentToShare(Set<String> personIds, String partner) {
    LocalDate today = Today.in(clock).date();
    List<String> without = new ArrayList<>();
    for (String personId : personIds) {
      boolean consents =
          store.linkedTo(Consent.KIND, personId).stream()
              .map(Stored::value)
              .anyMatch(
                  c ->
                      c.scope() == ConsentScope.SHARING_WITH_PARTNER
                          && partner.equals(c.partnerOrganisationId())
                          && c.holdsOn(today));
      if (!consents) {
        without.add(personId);
      }
    }
    return without;
  }

  /**
   * @param before the case as it was (null for a new case): only a person or partner added now
   *     needs a consent to sharing checked
   */
  private CaseFile validate(String id, CaseDraft draft, CaseFile before) {
    Problems problems = new Problems();
    String title = problems.required("title", draft.title(), 200);
    Set<String> personIds = new LinkedHashSet<>();
    boolean fewPeople = problems.atMost("personIds", draft.personIds(), MAX_PEOPLE);
    for (int i = 0; fewPeople && i < draft.personIds().size(); i++) {
      String personId = draft.personIds().get(i);
      if (personId == null || personId.isBlank()) {
        continue;
      }
      boolean already = before != null && before.personIds().contains(personId.strip());
      // a person already in the case stays, even when retracted meanwhile (restoring them brings
      // them back into the case)
      if (!already
          && (!Problems.couldBeId(personId.strip())
              || store.find(Person.KIND, personId.strip()).isEmpty())) {
        problems.add("personIds[" + i + "]", "unknown_person", "No person with this id.");
      } else {
        personIds.add(personId.strip());
      }
    }
    if (personIds.isEmpty() && problems.isEmpty()) {
      problems.add("personIds", "required", "A case needs at least one person.");
    }
    String organisationId =
        draft.organisationId() == null || draft.organisationId().isBlank()
            ? null
            : draft.organisationId().strip();
    if (organisationId != null
        && (!Problems.couldBeId(organisationId)
            || store.find(Organisation.KIND, organisationId).isEmpty())) {
      problems.add("organisationId", "unknown_organisation", "No organisation with this id.");
    }
    List<String> volunteers = new ArrayList<>();
    boolean fewVolunteers = problems.atMost("volunteers", draft.volunteers(), MAX_VOLUNTEERS);
    for (int i = 0; fewVolunteers && i < draft.volunteers().size(); i++) {
      String volunteer = problems.optional("volunteers[" + i + "]", draft.volunteers().get(i), 100);
      if (volunteer != null) {
        volunteers.add(volunteer);
      }
    }
    CaseStatus status = problems.code("status", CaseStatus.class, draft.status());
    Set<RiskFlag> risks = EnumSet.noneOf(RiskFlag.class);
    boolean fewRisks = problems.atMost("risks", draft.risks(), RiskFlag.values().length);
    for (int i = 0; fewRisks && i < draft.risks().size(); i++) {
      RiskFlag risk = problems.code("risks[" + i + "]", RiskFlag.class, draft.risks().get(i));
      if (risk != null) {
        risks.add(risk);
      }
    }
    String summary = problems.optional("summary", draft.summary(), Problems.MAX_TEXT);
    Set<String> sharedWith = new LinkedHashSet<>();
    boolean fewPartners = problems.atMost("sharedWith", draft.sharedWith(), MAX_PARTNERS);
    for (int i = 0; fewPartners && i < draft.sharedWith().size(); i++) {
      String partner = draft.sharedWith().get(i);
      if (partner == null || partner.isBlank() || partner.strip().equals(organisationId)) {
        continue;
      }
      if (!Problems.couldBeId(partner.strip())
          || store.find(Organisation.KIND, partner.strip()).isEmpty()) {
        problems.add(
            "sharedWith[" + i + "]", "unknown_organisation", "No organisation with this id.");
      } else {
        sharedWith.add(partner.strip());
        Set<String> toCheck = new LinkedHashSet<>(personIds);
        if (before != null && before.sharedWith().contains(partner.strip())) {
          toCheck.removeAll(before.personIds());
        }
        if (!toCheck.isEmpty()) {
          List<String> without = withoutConsentToShare(toCheck, partner.strip());
          if (!without.isEmpty()) {
            problems.add(
                "sharedWith[" + i + "]",
                "no_consent",
                "Not every person in the case consents to sharing with this partner: record"
                    + " their consent first ("
                    + without.size()
                    + " without).");
          }
        }
      }
    }
    String timeZone = problems.optional("timeZone", draft.timeZone(), 60);
    if (timeZone != null) {
      try {
        timeZone = java.time.ZoneId.of(timeZone).getId();
      } catch (java.time.DateTimeException e) {
        problems.add("timeZone", "time_zone", "Not a time zone; write it like Asia/Almaty.");
      }
    }
    problems.throwIfAny();
    return new CaseFile(
        id,
        title,
        List.copyOf(personIds),
        organisationId,
        volunteers,
        status == null ? CaseStatus.OPEN : status,
        risks,
        summary,
        sharedWith,
        timeZone);
  }
}
