package org.pana.core.record;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The port through which every record is kept. An implementation writes each change as a new
 * immutable revision and keeps the current state derived from the latest one, in one transaction.
 * Every identifying value passes through here, so encryption at rest is added behind this port
 * without touching features.
 *
 * <p>Retracted records ({@link #retract}) are left out of every read unless the reads run inside
 * {@link #includingRetracted}, so that no feature can forget to hide them.
 */
public interface RecordStore {

  /** Writes revision 1 of a new record. */
  <T extends Recorded> Stored<T> insert(RecordKind<T> kind, T value, Change change);

  /**
   * Writes the next revision of an existing record.
   *
   * @param expectedRevision the revision the caller based its change on; a different current
   *     revision means someone else changed the record meanwhile ({@code Conflict})
   */
  <T extends Recorded> Stored<T> update(
      RecordKind<T> kind, T value, int expectedRevision, Change change);

  <T extends Recorded> Optional<Stored<T>> find(RecordKind<T> kind, String id);

  /**
   * The records of these ids the reader may see, by id, in the order the ids were given (those that
   * do not exist, or that the reader may not see, are left out): one look for many.
   */
  default <T extends Recorded> Map<String, Stored<T>> findEach(
      RecordKind<T> kind, Collection<String> ids) {
    Map<String, Stored<T>> found = new LinkedHashMap<>();
    for (String id : ids) {
      find(kind, id).ifPresent(stored -> found.put(id, stored));
    }
    return found;
  }

  /** Records of a kind, most recently changed first. */
  <T extends Recorded> List<Stored<T>> list(RecordKind<T> kind, int offset, int limit);

  <T extends Recorded> long count(RecordKind<T> kind);

  /** Whether no record of any kind exists. */
  boolean isEmpty();

  /**
   * The organisation whose compartment holds a record (empty for records of no organisation, and
   * for records the reader may not see).
   */
  Optional<String> organisationOf(String id);

  /**
   * Moves records to another organisation's compartment, with the records whose compartment follows
   * theirs (a person's events, documents, sources, needs, consents, evidence; a case's steps and
   * reports). A case's own owner is part of its body: change that with an update first. Each move
   * is audited; the listeners hear of each moved record.
   */
  void moveTo(String organisationId, Collection<String> ids, Change change);

  /** How many records of each kind belong to no organisation (organisations themselves aside). */
  Map<String, Long> unassigned();

  /** The ids of the records that belong to no organisation (organisations themselves aside). */
  List<String> unassignedIds();

  /** Records of a kind that link to the given record id (e.g. the events of a person). */
  <T extends Recorded> List<Stored<T>> linkedTo(RecordKind<T> kind, String otherId);

  /**
   * As {@link #linkedTo} for each of {@code otherIds} at once (the steps of a page of cases): each
   * id asked for is a key, with no records when none link to it.
   */
  default <T extends Recorded> Map<String, List<Stored<T>>> linkedToEach(
      RecordKind<T> kind, Collection<String> otherIds) {
    Map<String, List<Stored<T>>> each = new LinkedHashMap<>();
    for (String otherId : otherIds) {
      each.put(otherId, linkedTo(kind, otherId));
    }
    return each;
  }

  /**
   * The revisions of one record of {@code kind}, oldest first: empty when the reader may not see
   * the record (its compartment, or its own visibility, as {@link #find} decides). Only readers who
   * see every field of the record see the reasons given for its changes.
   */
  List<Revision> history(RecordKind<?> kind, String recordId);

  /** The kind of a record the reader may see in its compartment (empty otherwise). */
  Optional<String> kindOf(String id);

  /**
   * Retracts a record entered by mistake: a new revision (with the reason in {@code change}) after
   * which no read shows the record, as if it did not exist, until it is {@link #restore restored}.
   * Only a reader who may change the record may retract it.
   *
   * @param cause the record whose retraction this one follows (a person's own events follow the
   *     person, and come back with them), or null
   * @throws org.pana.core.problem.Conflict when the record is not there to retract, the reader may
   *     only read it, or {@code expectedRevision} is not its current revision
   */
  <T extends Recorded> Stored<T> retract(
      RecordKind<T> kind, String id, int expectedRevision, Change change, String cause);

  /**
   * Restores a retracted record: a new revision after which reads show it again.
   *
   * @throws org.pana.core.problem.Conflict when the record is not retracted, the reader may only
   *     read it, or {@code expectedRevision} is not its current revision
   */
  <T extends Recorded> Stored<T> restore(
      RecordKind<T> kind, String id, int expectedRevision, Change change);

  /**
   * The retracted records of the reader's own organisations that the reader may change (never those
   * only shared with them), most recently retracted first.
   */
  List<Retraction> retracted(int offset, int limit);

  /** The retraction of one record, when it is retracted and {@link #retracted} would list it. */
  Optional<Retraction> retraction(String id);

  /** The records retracted along with {@code cause} ({@link Retraction#cause}). */
  List<Retraction> retractedWith(String cause);

  /**
   * Runs {@code work} with reads that also see retracted records (the history page, the
   * coordinator's list of retracted records, erasure), in the reader's compartments as always.
   */
  <R> R includingRetracted(Supplier<R> work);

  /**
   * Deletes records for good (a person erased on request, with what was entered for them): their
   * current state, every revision, link, share and search term, and then lets the database reclaim
   * the space they held. Leaves one audit entry, {@code ERASED} with {@code subject}, and nothing
   * of what the records said. Must not run inside a transaction.
   *
   * @throws org.pana.core.problem.Conflict when one of the records is not in the reader's own
   *     organisations (only its own team may erase a record)
   */
  void erase(String subject, Collection<String> ids, Change change);

  /**
   * Tells {@code listener} of every write to a record of {@code kind} (or of one of {@code more})
   * once it is committed (a retraction, a restoration, a move and an erasure are writes too).
   */
  void addListener(RecordListener listener, RecordKind<?> kind, RecordKind<?>... more);

  /** Runs the work in one transaction: all its writes land, or none. */
  <R> R inTransaction(Supplier<R> work);
}
