package org.pana.app.acting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pana.core.account.AccountStore;
import org.pana.core.account.Role;
import org.pana.core.organisation.Organisation;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making a change: the logged-in account (by id, never by name), taken from the request's
 * security context. Command-line tools act as the account they authenticated.
 */
@Component
public class Author {

  private final AccountStore accounts;
  private final RecordStore store;

  public Author(AccountStore accounts, RecordStore store) {
    this.accounts = accounts;
    this.store = store;
  }

  /**
   * The account making the change, with an optional reason, acting for its working organisation
   * (the compartment of new records that do not belong to a person or define their own), if any.
   */
  public Change change(String reason) {
    PanaUser user = current();
    return new Change(user.accountId(), reason, working(user, null).orElse(null));
  }

  /**
   * A change that records a new person (or anything else that must belong to an organisation): for
   * {@code requested} when given (one of the account's organisations, or any for an administrator),
   * else for the account's working organisation.
   *
   * @throws ValidationFailed naming {@code organisationId} when there is none, or the account may
   *     not record for the one asked for
   */
  public Change recording(String requested, String reason) {
    PanaUser user = current();
    String organisation =
        working(user, requested)
            .orElseThrow(
                () ->
                    new ValidationFailed(
                        "organisationId",
                        "required",
                        user.can(Role.ADMIN)
                            ? "Every person and case belongs to an organisation: choose one."
                            : "Every person and case belongs to an organisation, and your account"
                                + " belongs to none: ask an administrator to add you to one."));
    return new Change(user.accountId(), reason, organisation);
  }

  /**
   * A change that records a new person beside {@code personId} (a third party of their story): in
   * that person's organisation when the account may record there, else as {@link #recording}.
   */
  public Change recordingBeside(String personId, String reason) {
    PanaUser user = current();
    String beside =
        store.organisationOf(personId).filter(id -> mayRecordFor(user, id)).orElse(null);
    return recording(beside, reason);
  }

  /**
   * Refuses a change of a person's organisation through an edit: only an administrator's move
   * changes it.
   *
   * @throws ValidationFailed naming {@code organisationId} when {@code requested} is another one
   */
  public void keepsOrganisation(String recordId, String requested) {
    if (requested != null
        && !requested.isBlank()
        && !store.organisationOf(recordId).map(requested.strip()::equals).orElse(false)) {
      throw new ValidationFailed(
          "organisationId",
          "move",
          "A person moves to another organisation only by an administrator's move (Move on the"
              + " person page, or POST /api/v1/persons/{id}/move).");
    }
  }

  /**
   * The organisation the current account records for: {@code requested} when given, else the one it
   * chose (remembered), else its first, else (an administrator of a casebook with one organisation)
   * that one.
   */
  public Optional<String> workingOrganisation() {
    return working(current(), null);
  }

  /** Remembers the organisation the current account records new people and cases for. */
  public void chooseWorkingOrganisation(String organisationId) {
    PanaUser user = current();
    String chosen = allowed(user, organisationId);
    accounts.setWorkingOrganisation(user.accountId(), chosen);
  }

  /** The organisations the current account may record for, by id. */
  private List<String> recordingChoices() {
    return recordingChoiceNames().keySet().stream().toList();
  }

  /** The organisations the current account may record for: their names by id, by name. */
  public Map<String, String> recordingChoiceNames() {
    PanaUser user = current();
    Map<String, String> names = new LinkedHashMap<>();
    store.list(Organisation.KIND, 0, 1000).stream()
        .map(Stored::value)
        .filter(o -> user.can(Role.ADMIN) || user.organisationIds().contains(o.id()))
        .sorted(Comparator.comparing(Organisation::name).thenComparing(Organisation::id))
        .forEach(o -> names.put(o.id(), o.name()));
    return names;
  }

  /**
   * For an administrator, the organisations a record may move to (all but its own), by id; empty
   * for everyone else.
   */
  public Optional<Map<String, String>> moveChoices(String recordId) {
    if (!current().can(Role.ADMIN)) {
      return Optional.empty();
    }
    Map<String, String> choices = new LinkedHashMap<>(recordingChoiceNames());
    store.organisationOf(recordId).ifPresent(choices::remove);
    return choices.isEmpty() ? Optional.empty() : Optional.of(choices);
  }

  private Optional<String> working(PanaUser user, String requested) {
    if (requested != null && !requested.isBlank()) {
      return Optional.of(allowed(user, requested.strip()));
    }
    Optional<String> remembered =
        accounts.workingOrganisation(user.accountId()).filter(id -> mayRecordFor(user, id));
    if (remembered.isPresent()) {
      return remembered;
    }
    if (user.organisationIds().size() == 1) {
      return user.organisationIds().stream().findFirst();
    }
    if (user.organisationIds().isEmpty() && !user.can(Role.ADMIN)) {
      return Optional.empty();
    }
    // Several (or, for an administrator, none of its own): the first by name, or the only one.
    List<String> all =
        recordingChoices().stream()
            .filter(id -> user.organisationIds().isEmpty() || user.organisationIds().contains(id))
            .toList();
    return user.organisationIds().isEmpty() && all.size() != 1
        ? Optional.empty()
        : all.stream().findFirst();
  }

  private String allowed(PanaUser user, String organisationId) {
    if (organisationId == null || !mayRecordFor(user, organisationId)) {
      throw new ValidationFailed(
          "organisationId",
          "not_yours",
          "You can record only for your own organisations; share a case with partners instead.");
    }
    return organisationId;
  }

  private boolean mayRecordFor(PanaUser user, String organisationId) {
    return user.organisationIds().contains(organisationId)
        || (user.can(Role.ADMIN) && store.find(Organisation.KIND, organisationId).isPresent());
  }

  /**
   * The owning organisation of a case the current account opens or edits: the one asked for, which
   * must be one of the account's organisations unless it is an administrator or the case's current
   * owner (a partner may edit a shared case without taking it over); by default the current owner,
   * or the account's working organisation.
   *
   * @throws ValidationFailed naming {@code organisationId} when the account does not belong to it,
   *     or when there is no organisation to own the case
   */
  public String caseOwner(String requested, String current) {
    PanaUser user = current();
    String wanted = requested == null || requested.isBlank() ? null : requested.strip();
    if (wanted == null) {
      return current != null ? current : recording(null, null).organisation();
    }
    if (!wanted.equals(current) && !mayRecordFor(user, wanted)) {
      throw new ValidationFailed(
          "organisationId",
          "not_yours",
          "You can open cases only for your own organisations; share the case with partners.");
    }
    return wanted;
  }

  /**
   * The logged-in account.
   *
   * @throws IllegalStateException when nobody is logged in (a bug: every write path needs a login)
   */
  public PanaUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PanaUser user) {
      return user;
    }
    throw new IllegalStateException("No account is logged in.");
  }

  /** Runs {@code work} as {@code user} (for command-line tools, which have no web request). */
  public static <T> T actingAs(PanaUser user, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(user.authentication());
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
