package org.pana.core.retraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pana.core.person.Person;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.Change;
import org.pana.core.record.RecordKind;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Recorded;
import org.pana.core.record.Retraction;
import org.pana.core.record.Stored;

/**
 * Takes back records entered by mistake, and brings them back. A retraction is a new revision with
 * its reason, kept in the record's history; from then on the record is shown nowhere (pages, API,
 * search, reports, statistics, deadlines), as if it did not exist, until a coordinator restores it.
 * A person takes along what was entered for them ({@link OwnRecords}) and brings it back when
 * restored.
 *
 * <p>Organisations, cases, reports and releases are not retracted: a case is closed by its status,
 * a report stays as approved, and the disclosure ledger keeps every release.
 */
public final class Retractions {

  /** The longest reason accepted. */
  public static final int MAX_REASON = 2000;

  private static final Map<String, RecordKind<?>> RETRACTABLE =
      Stream.concat(Stream.of(Person.KIND, CaseStep.KIND), OwnRecords.KINDS.stream())
          .collect(Collectors.toUnmodifiableMap(RecordKind::name, Function.identity()));

  private final RecordStore store;

  public Retractions(RecordStore store) {
    this.store = store;
  }

  /**
   * What a retraction or a restoration did.
   *
   * @param id the record
   * @param kind its kind's name
   * @param revision its new revision
   * @param along the records retracted or restored with it (what was entered for a person)
   */
  public record Outcome(String id, String kind, int revision, List<String> along) {

    public Outcome {
      along = List.copyOf(along);
    }
  }

  /**
   * A retracted record as the coordinator's list shows it.
   *
   * @param retraction who retracted it, when and why
   * @param record what it says (null when the reader may not see it at all, e.g. a private event)
   */
  public record Retracted(Retraction retraction, Recorded record) {}

  /**
   * Retracts a record of a kind that can be retracted; nothing changes when the reason is missing,
   * the record is not the reader's to change, or it changed since {@code expectedRevision}.
   *
   * @param author who retracts it (the reason is taken from {@code reason})
   * @throws NotFound when the reader cannot see a record of that id
   */
  public Outcome retract(String id, int expectedRevision, String reason, Change author) {
    String name = kindOf(id);
    Change change = withReason(author, reason);
    RecordKind<?> kind = RETRACTABLE.get(name);
    if (kind == null) {
      throw new Conflict(
          "not_retractable",
          "A "
              + name
              + " cannot be retracted: only people and what is recorded about them (events,"
              + " documents, sources, needs, consents, third-party links, evidence files, case"
              + " steps) can. Close a case by its status.");
    }
    if (store.retraction(id).isPresent()) {
      throw new Conflict("retracted_already", "This " + name + " is retracted already.");
    }
    return store.inTransaction(
        () -> {
          Stored<?> retracted = store.retract(kind, id, expectedRevision, change, null);
          List<String> along = new ArrayList<>();
          if (kind.equals(Person.KIND)) {
            for (OwnRecords.Own own : OwnRecords.of(store, id)) {
              store.retract(own.kind(), own.id(), own.stored().revision(), change, id);
              along.add(own.id());
            }
          }
          return new Outcome(id, kind.name(), retracted.revision(), along);
        });
  }

  /**
   * A record as it stands before it is retracted (for the page that asks why).
   *
   * @throws NotFound when the reader cannot see it
   * @throws Conflict when it cannot be retracted or is retracted already
   */
  public Stored<? extends Recorded> current(String id) {
    String name = kindOf(id);
    RecordKind<?> kind = RETRACTABLE.get(name);
    if (kind == null) {
      throw new Conflict("not_retractable", "A " + name + " cannot be retracted.");
    }
    return store
        .find(kind, id)
        .orElseThrow(
            () -> new Conflict("retracted_already", "This " + name + " is retracted already."));
  }

  /**
   * Restores a retracted record (a coordinator's decision); a person brings back what was retracted
   * along with them. A record retracted along with its person comes back only with the person.
   */
  public Outcome restore(String id, int expectedRevision, String reason, Change author) {
    String name = kindOf(id);
    Change change = withReason(author, reason);
    Retraction retraction =
        store
            .retraction(id)
            .orElseThrow(
                () ->
                    new Conflict(
                        "not_retracted",
                        "This " + name + " is not retracted: nothing to restore."));
    RecordKind<?> kind = kindNamed(name);
    if (retraction.followed() && store.retraction(retraction.cause()).isPresent()) {
      throw new Conflict(
          "retracted_with_person",
          "This "
              + kind.name()
              + " was retracted along with its person: restore the person and it comes back with"
              + " them.");
    }
    return store.inTransaction(
        () -> {
          Stored<?> restored = store.restore(kind, id, expectedRevision, change);
          List<String> along = new ArrayList<>();
          for (Retraction follower : store.retractedWith(id)) {
            RecordKind<?> followerKind = kindNamed(follower.kind());
            store.restore(followerKind, follower.recordId(), follower.revision(), change);
            along.add(follower.recordId());
          }
          return new Outcome(id, kind.name(), restored.revision(), along);
        });
  }

  /**
   * The retracted records of the reader's organisations, most recently retracted first, without
   * those retracted along with a person (they come back with the person).
   */
  public List<Retracted> retracted(int offset, int limit) {
    return store.includingRetracted(
        () ->
            store.retracted(offset, limit).stream()
                .filter(r -> !r.followed())
                .map(r -> new Retracted(r, read(r)))
                .toList());
  }

  /** The retraction of a record the reader may restore, if it is retracted. */
  public Optional<Retraction> retraction(String id) {
    return store.retraction(id);
  }

  /** Whether records of this kind can be retracted. */
  public static boolean retractable(String kind) {
    return RETRACTABLE.containsKey(kind);
  }

  private Recorded read(Retraction retraction) {
    return RETRACTABLE.containsKey(retraction.kind())
        ? store
            .find(kindNamed(retraction.kind()), retraction.recordId())
            .map(Stored::value)
            .orElse(null)
        : null;
  }

  /**
   * The kind of a record the reader may see, retracted or not.
   *
   * @throws NotFound otherwise, as for a record that does not exist
   */
  public String kindOf(String id) {
    return store
        .includingRetracted(() -> store.kindOf(id))
        .orElseThrow(() -> new NotFound("record", id));
  }

  private static RecordKind<?> kindNamed(String name) {
    RecordKind<?> kind = RETRACTABLE.get(name);
    if (kind == null) {
      throw new IllegalStateException("A " + name + " was retracted, which cannot be.");
    }
    return kind;
  }

  /** The author's change with the reason, which a retraction and a restoration must give. */
  private static Change withReason(Change author, String reason) {
    Problems problems = new Problems();
    String checked = problems.required("reason", reason, MAX_REASON);
    problems.throwIfAny();
    return new Change(author.author(), checked, author.organisation());
  }
}
