package org.pana.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pana.core.access.Visibility;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.person.NameVariant;
import org.pana.core.person.Person;
import org.pana.core.person.Relatives;
import org.pana.core.person.Sex;
import org.pana.core.report.ReportText.Span;

/**
 * Who a report may name, and how, on the day it is written: each of the case's people by name (in
 * the scripts their consent allows), by their pseudonym, or in general terms; third parties only
 * with their own consent and never when at risk. It keeps the consents the report relies on, and
 * why the report may not be released (a blocker).
 */
final class Naming {

  /**
   * How one of the case's people is called in the report.
   *
   * @param personId whom it is
   * @param label the name, pseudonym or general term
   * @param first how the report first introduces them ("Arman (a pseudonym)")
   * @param redaction why the label differs from their name, or null when it is their name
   * @param sex {@code male}, {@code female} or {@code other}, for the wording
   * @param consent the consent that allows the label, or null
   */
  record Who(
      String personId,
      String label,
      String first,
      Redaction redaction,
      String sex,
      Consent consent) {

    /** Whether they are named with their consent (not under a pseudonym, not withheld). */
    boolean named() {
      return consent != null && redaction == null;
    }

    /** The label as a span marked with its redaction. */
    Span span() {
      return new Span(label, redaction);
    }
  }

  private final ReportBuilder.Material m;
  private final LocalDate day;
  private final Wording words;
  private final Map<String, Who> members = new LinkedHashMap<>();
  private final List<String> consentIds = new ArrayList<>();
  private final String subjectId;
  private Blocker blocker;

  /**
   * How the case's people are called in a report on {@code subjectId} (one of them) written on
   * {@code day}.
   */
  Naming(ReportBuilder.Material m, String subjectId, LocalDate day, Wording words) {
    this.m = m;
    this.day = day;
    this.words = words;
    this.subjectId = subjectId;
    for (Person person : m.people()) {
      members.put(person.id(), member(person, person.id().equals(subjectId)));
    }
  }

  /** The person the account is about. */
  Who subject() {
    return members.get(subjectId);
  }

  /** How one of the case's people is called, or null for someone outside the case. */
  Who member(String personId) {
    return members.get(personId);
  }

  boolean isMember(String personId) {
    return members.containsKey(personId);
  }

  /** The consents the report relies on so far, in the order it came to rely on them. */
  List<String> consentIds() {
    return List.copyOf(consentIds);
  }

  /** Why the report may not be released, or null. */
  Blocker blocker() {
    return blocker;
  }

  /** The newest consent of a scope a person gave that holds on the report's day. */
  Optional<Consent> holding(String personId, ConsentScope scope) {
    return m.consents().stream()
        .filter(c -> c.personId().equals(personId) && c.scope() == scope && c.holdsOn(day))
        .max(Comparator.comparing(Consent::given));
  }

  /** Records a consent the report relies on, once. */
  void rely(Consent consent) {
    if (!consentIds.contains(consent.id())) {
      consentIds.add(consent.id());
    }
  }

  /**
   * Someone whose story may not be told in detail: anyone flagged at risk in any story (a member of
   * the case too), and a third party without their own consent to publication. A third party's
   * consent the report relies on is recorded with it, so that its withdrawal blocks the report.
   */
  boolean exposed(String personId) {
    if (Relatives.atRisk(personId, m.relatives())) {
      return true;
    }
    if (members.containsKey(personId)) {
      return false;
    }
    Optional<Consent> consent =
        holding(personId, ConsentScope.PUBLICATION_WITH_NAME)
            .or(() -> holding(personId, ConsentScope.PUBLICATION_UNDER_PSEUDONYM));
    consent.ifPresent(this::rely);
    return consent.isEmpty();
  }

  /** How a person's name is shown in a quote: as their label allows, else removed. */
  Span inQuote(Person person) {
    Who label = members.get(person.id());
    if (label == null) {
      boolean atRisk = Relatives.atRisk(person.id(), m.relatives());
      Optional<Consent> named = holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME);
      if (!atRisk && named.isPresent() && nameIn(person, named.get()) != null) {
        rely(named.get());
        return Span.plain(nameIn(person, named.get()));
      }
      Optional<Consent> pseudonym = holding(person.id(), ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
      if (!atRisk && pseudonym.isPresent()) {
        rely(pseudonym.get());
        return new Span(pseudonym.get().pseudonym(), Redaction.PSEUDONYM);
      }
      return removed();
    }
    if (label.redaction() == null) {
      return Span.plain(label.label());
    }
    return label.redaction() == Redaction.PSEUDONYM ? label.span() : removed();
  }

  /** The mark left where a name is removed. */
  Span removed() {
    return new Span(words.text("removed.name"), Redaction.NAME_REMOVED);
  }

  /**
   * The name in the report's script (Latin for English, Cyrillic for Kazakh and Russian, Arabic for
   * Uyghur, Han for Chinese), else the first in a script the consent allows; null when no recorded
   * name is in an allowed script.
   */
  String nameIn(Person person, Consent consent) {
    String script =
        switch (words.language()) {
          case "kk", "ru" -> "Cyrl";
          case "ug" -> "Arab";
          case "zh" -> "Hani";
          default -> "Latn";
        };
    List<NameVariant> allowed =
        person.names().stream().filter(n -> consent.allowsScript(n.script())).toList();
    return allowed.stream()
        .filter(n -> script.equals(n.script()))
        .findFirst()
        .or(() -> allowed.stream().findFirst())
        .map(NameVariant::value)
        .orElse(null);
  }

  /** The name, pseudonym or general term for one of the case's people. */
  private Who member(Person person, boolean subject) {
    String sex = sexOf(person);
    Optional<Consent> named = holding(person.id(), ConsentScope.PUBLICATION_WITH_NAME);
    if (named.isPresent() && nameIn(person, named.get()) != null) {
      consentIds.add(named.get().id());
      String name = nameIn(person, named.get());
      return new Who(person.id(), name, name, null, sex, named.get());
    }
    Optional<Consent> pseudonym = holding(person.id(), ConsentScope.PUBLICATION_UNDER_PSEUDONYM);
    if (pseudonym.isPresent()) {
      consentIds.add(pseudonym.get().id());
      String label = pseudonym.get().pseudonym();
      String first = words.message("who.pseudonym", Map.of("name", label));
      return new Who(person.id(), label, first, Redaction.PSEUDONYM, sex, pseudonym.get());
    }
    String label = words.text(subject ? "who.withheld" : "who.member");
    if (subject) {
      blocker = Blocker.noConsent(person.id(), label, day);
    }
    // Russian general terms ("этот человек", "член семьи") are grammatically masculine
    String agreement = "ru".equals(words.language()) ? "other" : sex;
    return new Who(person.id(), label, label, Redaction.NAME_WITHHELD, agreement, null);
  }

  private static String sexOf(Person person) {
    if (person.sex() == null || person.sex().visibility() == Visibility.PRIVATE) {
      return "other";
    }
    return person.sex().value() == Sex.MALE
        ? "male"
        : person.sex().value() == Sex.FEMALE ? "female" : "other";
  }
}
