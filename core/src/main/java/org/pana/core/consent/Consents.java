package org.pana.core.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pana.core.date.Today;
import org.pana.core.evidence.Evidence;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.People;
import org.pana.core.problem.Problems;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Records consents, withdraws them, and answers whether something is allowed on a day. */
public final class Consents {

  private static final Pattern SCRIPT = Pattern.compile("[A-Z][a-z]{3}");

  /** The most scripts a consent to publication with name may list. */
  public static final int MAX_SCRIPTS = 10;

  private final RecordStore store;
  private final People people;
  private final Today today;

  public Consents(RecordStore store, People people) {
    this(store, people, Clock.systemUTC());
  }

  /** With the clock that says what day it is (a consent is given, or withdrawn, by then). */
  public Consents(RecordStore store, People people, Clock clock) {
    this.store = store;
    this.people = people;
    this.today = Today.in(clock);
  }

  /**
   * Records a consent of a person, obtained by {@code obtainedBy}; nothing is stored when anything
   * is wrong.
   */
  public Stored<Consent> record(
      String personId, ConsentDraft draft, String obtainedBy, Change change) {
    people.get(personId);
    Problems problems = new Problems();
    ConsentScope scope = problems.requiredCode("scope", ConsentScope.class, draft.scope());
    String partner = problems.optional("partnerOrganisationId", draft.partnerOrganisationId(), 100);
    if (scope == ConsentScope.SHARING_WITH_PARTNER) {
      if (partner == null) {
        problems.add("partnerOrganisationId", "required", "Name the partner organisation.");
      } else if (store.find(Organisation.KIND, partner).isEmpty()) {
        problems.add(
            "partnerOrganisationId", "unknown_organisation", "No organisation with this id.");
      }
    } else if (partner != null) {
      problems.add("partnerOrganisationId", "not_sharing", "A partner is named only for sharing.");
    }
    String pseudonym =
        draft.pseudonym() == null || draft.pseudonym().isBlank()
            ? null
            : problems.name("pseudonym", draft.pseudonym(), 100);
    if (scope == ConsentScope.PUBLICATION_UNDER_PSEUDONYM && pseudonym == null) {
      problems.add("pseudonym", "required", "Give the pseudonym the person agreed to.");
    }
    LocalDate given = day(problems, "given", draft.given());
    if (given != null && given.isAfter(today.date())) {
      problems.add(
          "given",
          "future",
          "The day a consent was given cannot lie after today (" + today.date() + ").");
    }
    ObtainedHow how = problems.requiredCode("obtainedHow", ObtainedHow.class, draft.obtainedHow());
    String evidenceId = problems.optional("evidenceId", draft.evidenceId(), 100);
    if (evidenceId != null) {
      var evidence = store.find(Evidence.KIND, evidenceId);
      if (evidence.isEmpty() || !evidence.get().value().personId().equals(personId)) {
        problems.add(
            "evidenceId", "unknown_evidence", "No evidence file of this person with this id.");
      }
    }
    String note = problems.optional("note", draft.note(), 2000);
    List<String> scripts = new ArrayList<>();
    if (draft.scripts() != null && problems.atMost("scripts", draft.scripts(), MAX_SCRIPTS)) {
      for (String script : draft.scripts()) {
        if (script == null || script.isBlank()) {
          continue;
        }
        if (!SCRIPT.matcher(script.strip()).matches()) {
          problems.add(
              "scripts", "script", "Name scripts by their ISO 15924 code: Latn, Cyrl, Arab, Hani.");
        } else if (!scripts.contains(script.strip())) {
          scripts.add(script.strip());
        }
      }
    }
    if (!scripts.isEmpty() && scope != null && scope != ConsentScope.PUBLICATION_WITH_NAME) {
      problems.add("scripts", "not_name", "Scripts are named only for publication with name.");
    }
    problems.throwIfAny();
    return store.insert(
        Consent.KIND,
        new Consent(
            UUID.randomUUID().toString(),
            personId,
            scope,
            partner,
            pseudonym,
            given,
            null,
            how,
            obtainedBy,
            evidenceId,
            note,
            scripts),
        change);
  }

  /**
   * Withdraws a consent from a day on (a new revision); it cannot be withdrawn before it was given.
   */
  public Stored<Consent> withdraw(String id, int expectedRevision, String on, Change change) {
    Stored<Consent> current = get(id);
    Problems problems = new Problems();
    LocalDate day = day(problems, "withdrawn", on);
    problems.throwIfAny();
    Consent consent = current.value();
    if (consent.withdrawn() != null) {
      throw new ValidationFailed("withdrawn", "already", "This consent was withdrawn already.");
    }
    if (day.isAfter(today.date())) {
      throw new ValidationFailed(
          "withdrawn",
          "future",
          "Record a withdrawal on or after the day it happens, not in advance.");
    }
    if (day.isBefore(consent.given())) {
      throw new ValidationFailed(
          "withdrawn", "before_given", "A consent cannot be withdrawn before it was given.");
    }
    return store.update(
        Consent.KIND,
        new Consent(
            consent.id(),
            consent.personId(),
            consent.scope(),
            consent.partnerOrganisationId(),
            consent.pseudonym(),
            consent.given(),
            day,
            consent.obtainedHow(),
            consent.obtainedBy(),
            consent.evidenceId(),
            consent.note(),
            consent.scripts()),
        expectedRevision,
        change);
  }

  /**
   * The day it is for the casebook: consents are given and withdrawn by then (forms default to it).
   */
  public LocalDate today() {
    return today.date();
  }

  public Stored<Consent> get(String id) {
    return store
        .find(Consent.KIND, id)
        .orElseThrow(() -> new org.pana.core.problem.NotFound("consent", id));
  }

  /** A person's consents, most recently given first. */
  public List<Stored<Consent>> of(String personId) {
    people.get(personId);
    List<Stored<Consent>> consents = new ArrayList<>(store.linkedTo(Consent.KIND, personId));
    consents.sort(Comparator.comparing((Stored<Consent> c) -> c.value().given()).reversed());
    return consents;
  }

  /**
   * Whether the person's consent allows {@code scope} on {@code day} (for sharing: with this
   * partner). Every share, export or publication asks this at that moment.
   */
  public boolean allows(String personId, ConsentScope scope, String partner, LocalDate day) {
    return of(personId).stream()
        .map(Stored::value)
        .filter(c -> c.scope() == scope)
        .filter(
            c ->
                scope != ConsentScope.SHARING_WITH_PARTNER
                    || c.partnerOrganisationId().equals(partner))
        .anyMatch(c -> c.holdsOn(day));
  }

  private static LocalDate day(Problems problems, String field, String text) {
    if (problems.required(field, text, 20) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(field, "date", "Write the day as yyyy-mm-dd.");
      return null;
    }
  }
}
