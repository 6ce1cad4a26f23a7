package org.pana.core.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pana.core.access.Visibility;
import org.pana.core.date.PartialDate;
import org.pana.core.date.Today;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.person.identity.IdentifierType;
import org.pana.core.person.identity.IdentifierWarning;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Claim;
import org.pana.core.source.Sources;

/** Records people and amends them; the names engine finds them again. */
public final class People {

  /**
   * The most name variants one person may carry: more than any real person has (every script,
   * spelling and alias of a name), few enough that lists and searches stay fast.
   */
  public static final int MAX_NAMES = 50;

  /** The most identity numbers one person may carry. */
  public static final int MAX_IDENTIFIERS = 50;

  /** The most citizenships one person may carry. */
  public static final int MAX_CITIZENSHIPS = 20;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private final RecordStore store;
  private final Sources sources;
  private final Today today;

  public People(RecordStore store, Sources sources) {
    this(store, sources, Clock.systemUTC());
  }

  /** With the clock that says what day it is (no date of birth may lie after it). */
  public People(RecordStore store, Sources sources, Clock clock) {
    this.store = store;
    this.sources = sources;
    this.today = Today.in(clock);
  }

  /** Validates a new person and stores revision 1; nothing is stored when anything is wrong. */
  public Stored<Person> record(PersonDraft draft, Change change) {
    return record(newId(), draft, change);
  }

  /**
   * Like {@link #record(PersonDraft, Change)} with an id chosen beforehand (from {@link #newId()}),
   * so that the intake can record the testimony's source about this person first.
   */
  public Stored<Person> record(String id, PersonDraft draft, Change change) {
    Person person = validate(id, draft);
    return store.insert(Person.KIND, person, change);
  }

  /** The day it is for the casebook: no date of birth may lie after it (forms default to it). */
  public LocalDate today() {
    return today.date();
  }

  /** A fresh record id for a person. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Replaces a person's facts with the draft's, as a new revision. */
  public Stored<Person> amend(String id, int expectedRevision, PersonDraft draft, Change change) {
    get(id);
    Person person = validate(id, draft);
    return store.update(Person.KIND, person, expectedRevision, change);
  }

  public Stored<Person> get(String id) {
    return find(id).orElseThrow(() -> new NotFound("person", id));
  }

  public Optional<Stored<Person>> find(String id) {
    return store.find(Person.KIND, id);
  }

  /** The people of these ids the reader may see, by id, in the order given. */
  public Map<String, Stored<Person>> findEach(Collection<String> ids) {
    return store.findEach(Person.KIND, ids);
  }

  public List<Stored<Person>> list(int offset, int limit) {
    return store.list(Person.KIND, offset, limit);
  }

  public long count() {
    return store.count(Person.KIND);
  }

  /**
   * What a volunteer should double-check: identity numbers whose derived birth date or sex disagree
   * with what is recorded. Warnings, never errors: either may be the wrong one.
   */
  public static List<String> warnings(Person person) {
    return cautions(person).stream().map(IdentifierWarning::text).toList();
  }

  /** {@link #warnings}, with the code of each, for a page to say in its reader's language. */
  public static List<IdentifierWarning> cautions(Person person) {
    List<IdentifierWarning> warnings = new ArrayList<>();
    PartialDate birth = person.birthDate() == null ? null : person.birthDate().value();
    Sex sex = person.sex() == null ? null : person.sex().value();
    for (Identifier identifier : person.identifiers()) {
      IdentifierCheck check = IdentifierCheck.of(identifier.type(), identifier.value());
      warnings.addAll(check.cautions());
      warnings.addAll(check.mismatches(birth, sex));
    }
    return warnings;
  }

  private Person validate(String id, PersonDraft draft) {
    Problems problems = new Problems();
    String defaultSource = draft.sourceId();
    sources.checkReference(problems, "sourceId", defaultSource);

    List<NameVariant> names = new ArrayList<>();
    boolean fewNames = problems.atMost("names", draft.names(), MAX_NAMES);
    if (fewNames
        && draft.names().stream()
            .allMatch(n -> n == null || n.value() == null || n.value().isBlank())) {
      problems.add("names", "required", "Give at least one name.");
    }
    for (int i = 0; fewNames && i < draft.names().size(); i++) {
      PersonDraft.NameDraft name = draft.names().get(i);
      String field = "names[" + i + "]";
      if (name == null || name.value() == null || name.value().isBlank()) {
        continue; // empty rows of the intake form
      }
      NameVariant variant = name(problems, field, name, defaultSource);
      if (variant != null) {
        names.add(variant);
      }
    }

    Sex sex = problems.code("sex", Sex.class, draft.sex());
    PartialDate birthDate = problems.partialDate("birthDate", draft.birthDate());
    problems.notAfter("birthDate", birthDate, today.date(), "A date of birth");
    String birthPlace = problems.optional("birthPlace", draft.birthPlace(), 300);
    String ethnicity = problems.optional("ethnicity", draft.ethnicity(), 100);
    List<Claim<String>> citizenships = new ArrayList<>();
    boolean fewCitizenships =
        problems.atMost("citizenships", draft.citizenships(), MAX_CITIZENSHIPS);
    for (int i = 0; fewCitizenships && i < draft.citizenships().size(); i++) {
      String citizenship =
          problems.optional("citizenships[" + i + "]", draft.citizenships().get(i), 100);
      if (citizenship != null) {
        citizenships.add(Claim.of(citizenship, defaultSource));
      }
    }
    List<Identifier> identifiers = new ArrayList<>();
    boolean fewIdentifiers = problems.atMost("identifiers", draft.identifiers(), MAX_IDENTIFIERS);
    for (int i = 0; fewIdentifiers && i < draft.identifiers().size(); i++) {
      Identifier identifier =
          identifier(problems, "identifiers[" + i + "]", draft.identifiers().get(i), defaultSource);
      if (identifier != null) {
        identifiers.add(identifier);
      }
    }
    String notes = problems.optional("notes", draft.notes(), Problems.MAX_TEXT);
    Set<String> hidden = new HashSet<>();
    boolean fewPrivate =
        problems.atMost("privateFields", draft.privateFields(), PersonDraft.PRIVATE_CAPABLE.size());
    for (int i = 0; fewPrivate && i < draft.privateFields().size(); i++) {
      String field = draft.privateFields().get(i);
      if (!PersonDraft.PRIVATE_CAPABLE.contains(field)) {
        problems.add(
            "privateFields[" + i + "]",
            "unknown_field",
            "Only sex, birthDate, birthPlace, ethnicity and citizenships can be made private.");
      } else {
        hidden.add(field);
      }
    }
    problems.throwIfAny();

    return new Person(
        id,
        names,
        claim(sex, defaultSource, hidden.contains("sex")),
        claim(birthDate, defaultSource, hidden.contains("birthDate")),
        claim(birthPlace, defaultSource, hidden.contains("birthPlace")),
        claim(ethnicity, defaultSource, hidden.contains("ethnicity")),
        hidden.contains("citizenships")
            ? citizenships.stream()
                .map(c -> new Claim<>(c.value(), c.sourceId(), Visibility.PRIVATE))
                .toList()
            : citizenships,
        identifiers,
        notes);
  }

  private static <T> Claim<T> claim(T value, String source, boolean hidden) {
    if (value == null) {
      return null;
    }
    return new Claim<>(value, source, hidden ? Visibility.PRIVATE : Visibility.ORGANISATION);
  }

  private NameVariant name(
      Problems problems, String field, PersonDraft.NameDraft name, String defaultSource) {
    String value = problems.name(field + ".value", name.value(), 300);
    String script = name.script() == null || name.script().isBlank() ? null : name.script().strip();
    if (script != null && !Scripts.isCode(script)) {
      problems.add(
          field + ".script",
          "script",
          "Use an ISO 15924 script code such as Latn, Cyrl, Arab or Hani.");
    }
    String language =
        name.language() == null || name.language().isBlank() ? null : name.language().strip();
    if (language != null && (language.length() > 35 || !LANGUAGE.matcher(language).matches())) {
      problems.add(
          field + ".language", "language", "Use a language code such as kk, ug, ru, zh or en.");
    }
    NameKind kind = problems.code(field + ".kind", NameKind.class, name.kind());
    String sourceId =
        name.sourceId() == null || name.sourceId().isBlank() ? defaultSource : name.sourceId();
    if (sourceId != null && !sourceId.equals(defaultSource)) {
      sources.checkReference(problems, field + ".sourceId", sourceId);
    }
    if (value == null) {
      return null;
    }
    return new NameVariant(
        value,
        script == null ? Scripts.detect(value) : script,
        language,
        kind == null ? NameKind.OFFICIAL : kind,
        sourceId);
  }

  private Identifier identifier(
      Problems problems, String field, PersonDraft.IdentifierDraft draft, String defaultSource) {
    if (draft == null || draft.value() == null || draft.value().isBlank()) {
      return null;
    }
    IdentifierType type =
        problems.requiredCode(field + ".type", IdentifierType.class, draft.type());
    String issuer = problems.optional(field + ".issuer", draft.issuer(), 200);
    if (type == null) {
      return null;
    }
    IdentifierCheck check = IdentifierCheck.of(type, draft.value());
    if (!check.valid()) {
      problems.add(field + ".value", "identifier", String.join(" ", check.errors()));
      return null;
    }
    String sourceId =
        draft.sourceId() == null || draft.sourceId().isBlank() ? defaultSource : draft.sourceId();
    if (sourceId != null && !sourceId.equals(defaultSource)) {
      sources.checkReference(problems, field + ".sourceId", sourceId);
    }
    return new Identifier(type, check.normalized(), issuer, sourceId);
  }
}
