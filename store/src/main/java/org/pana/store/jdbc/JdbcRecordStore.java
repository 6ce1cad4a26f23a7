package org.pana.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pana.core.access.Audience;
import org.pana.core.access.Scope;
import org.pana.core.access.Sharing;
import org.pana.core.audit.AuditAction;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.IntegrityViolation;
import org.pana.core.record.Change;
import org.pana.core.record.RecordKind;
import org.pana.core.record.RecordListener;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Recorded;
import org.pana.core.record.Retraction;
import org.pana.core.record.Revision;
import org.pana.core.record.Stored;
import org.pana.store.json.RecordCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps records as immutable revisions plus a derived current-state row, with explicit SQL that
 * runs unchanged on SQLite and PostgreSQL. Every write is one transaction: the revision, the
 * current state, its links, its search terms and its audit entry land together or not at all.
 */
public final class JdbcRecordStore implements RecordStore {

  private static final Pattern RECORD_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Database database;
  private final RecordCodec codec;
  private final Clock clock;
  private final Protection protection;
  private final JdbcAuditLog audit;
  private final Supplier<Scope> scope;
  private final List<Listening> listeners = new CopyOnWriteArrayList<>();

  /** A listener and the kinds it listens to, by name (the tables keep a record's kind by name). */
  private record Listening(RecordListener listener, Map<String, RecordKind<?>> kinds) {

    void tell(String kind, String id) {
      RecordKind<?> heard = kinds.get(kind);
      if (heard != null) {
        listener.written(heard, id);
      }
    }
  }

  /** The listeners' news of the writes in this thread's transaction, told once it committed. */
  private final ThreadLocal<List<Runnable>> toTell = new ThreadLocal<>();

  /** Whether this thread's reads also see retracted records ({@link #includingRetracted}). */
  private final ThreadLocal<Boolean> withRetracted = ThreadLocal.withInitial(() -> false);

  /** A store that keeps values as they are (before the vault exists). */
  public JdbcRecordStore(Database database, RecordCodec codec, Clock clock) {
    this(database, codec, clock, Protection.none());
  }

  /** A store that passes every identifying value through {@code protection}. */
  public JdbcRecordStore(Database database, RecordCodec codec, Clock clock, Protection protection) {
    this(database, codec, clock, protection, new JdbcAuditLog(database, clock));
  }

  /** A store whose writes are audited in {@code audit}, which may sign checkpoints. */
  public JdbcRecordStore(
      Database database,
      RecordCodec codec,
      Clock clock,
      Protection protection,
      JdbcAuditLog audit) {
    this(database, codec, clock, protection, audit, Scope::all);
  }

  /**
   * A store that also limits every read to what {@code scope} says the current reader may see. The
   * supplier is asked on each read (it usually looks at the request's logged-in account).
   */
  public JdbcRecordStore(
      Database database,
      RecordCodec codec,
      Clock clock,
      Protection protection,
      JdbcAuditLog audit,
      Supplier<Scope> scope) {
    this.database = database;
    this.codec = codec;
    this.clock = clock;
    this.protection = protection;
    this.audit = audit;
    this.scope = scope;
  }

  @Override
  public <T extends Recorded> Stored<T> insert(RecordKind<T> kind, T value, Change change) {
    return inTransaction(
        () -> {
          long now = clock.millis();
          String body = codec.write(value);
          boolean exists =
              database
                      .jdbc()
                      .sql("SELECT COUNT(*) FROM record WHERE id = ?")
                      .param(value.id())
                      .query(Long.class)
                      .single()
                  > 0;
          if (exists) {
            throw new Conflict("exists", "A record with id " + value.id() + " already exists.");
          }
          database
              .jdbc()
              .sql(
                  "INSERT INTO record (id, kind, revision, created_at, updated_at, body,"
                      + " organisation_id) VALUES (?, ?, 1, ?, ?, ?, ?)")
              .params(
                  value.id(),
                  kind.name(),
                  now,
                  now,
                  sealBody(value.id(), body),
                  compartmentOf(kind, value, change))
              .update();
          writeRevision(
              kind, value.id(), 1, now, change, codec.changedFields(null, body), body, null);
          writeDerived(kind, value);
          afterCommit(kind.name(), value.id());
          return new Stored<>(value, 1, Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
        });
  }

  @Override
  public <T extends Recorded> Stored<T> update(
      RecordKind<T> kind, T value, int expectedRevision, Change change) {
    return inTransaction(
        () -> {
          long now = clock.millis();
          String body = codec.write(value);
          Filter visible = visible("record");
          var current =
              database
                  .jdbc()
                  .sql(
                      "SELECT revision, created_at, body, organisation_id FROM record"
                          + " WHERE id = ? AND kind = ? AND "
                          + visible.sql())
                  .params(visible.after(value.id(), kind.name()))
                  .query(
                      (rs, row) ->
                          new Current(
                              rs.getInt("revision"),
                              rs.getLong("created_at"),
                              openBody(value.id(), rs.getString("body")),
                              scope.get().audienceFor(rs.getString("organisation_id"))))
                  .optional()
                  .orElseThrow(
                      () ->
                          new Conflict(
                              "missing",
                              "The " + kind.name() + " " + value.id() + " does not exist."));
          if (!current.audience().seesAll()) {
            // A reader who sees only part of a record cannot rewrite it without losing the rest.
            throw new Conflict(
                "read_only",
                "This "
                    + kind.name()
                    + " is shared with you for reading; its own organisation's team changes it.");
          }
          if (current.revision() != expectedRevision) {
            throw new Conflict(
                "changed_meanwhile",
                "Someone else changed this "
                    + kind.name()
                    + " meanwhile (now at revision "
                    + current.revision()
                    + ", you edited revision "
                    + expectedRevision
                    + "). Reload it and apply your change again.");
          }
          int next = current.revision() + 1;
          int updated =
              database
                  .jdbc()
                  .sql(
                      "UPDATE record SET revision = ?, updated_at = ?, body = ?"
                          + " WHERE id = ? AND revision = ?")
                  .params(next, now, sealBody(value.id(), body), value.id(), current.revision())
                  .update();
          if (updated != 1) {
            throw new Conflict(
                "changed_meanwhile", "Someone else changed this " + kind.name() + " meanwhile.");
          }
          if (kind.definesSharing()) {
            database
                .jdbc()
                .sql("UPDATE record SET organisation_id = ? WHERE id = ?")
                .params(kind.sharing().apply(value).owner(), value.id())
                .update();
          }
          writeRevision(
              kind,
              value.id(),
              next,
              now,
              change,
              codec.changedFields(current.body(), body),
              body,
              null);
          database
              .jdbc()
              .sql("DELETE FROM record_link WHERE record_id = ?")
              .param(value.id())
              .update();
          database
              .jdbc()
              .sql("DELETE FROM record_share WHERE via_id = ?")
              .param(value.id())
              .update();
          writeDerived(kind, value);
          afterCommit(kind.name(), value.id());
          return new Stored<>(
              value, next, Instant.ofEpochMilli(current.createdAt()), Instant.ofEpochMilli(now));
        });
  }

  @Override
  public <T extends Recorded> Optional<Stored<T>> find(RecordKind<T> kind, String id) {
    if (!isRecordId(id)) {
      return Optional.empty(); // no such record; and nothing odd reaches the database
    }
    Filter visible = visible("record");
    return readable(
            kind,
            database
                .jdbc()
                .sql(
                    "SELECT id, revision, created_at, updated_at, body, organisation_id FROM record"
                        + " WHERE id = ? AND kind = ? AND "
                        + visible.sql())
                .params(visible.after(id, kind.name())))
        .stream()
        .findFirst();
  }

  @Override
  public <T extends Recorded> Map<String, Stored<T>> findEach(
      RecordKind<T> kind, Collection<String> ids) {
    List<String> asked = ids.stream().filter(JdbcRecordStore::isRecordId).distinct().toList();
    Map<String, Stored<T>> byId = new HashMap<>();
    Filter visible = visible("r");
    for (int from = 0; from < asked.size(); from += IDS_AT_ONCE) {
      List<String> some = asked.subList(from, Math.min(asked.size(), from + IDS_AT_ONCE));
      // the ids first, then each one's row: SQLite takes the tables of a CROSS JOIN in the order
      // written; with "id IN (…)" and no statistics yet it would rather read every record of the
      // kind (or every one not retracted) and look for the ids among them
      database
          .jdbc()
          .sql(
              "WITH asked (id) AS (VALUES "
                  + String.join(", ", Collections.nCopies(some.size(), "(?)"))
                  + ") SELECT r.id, r.revision, r.created_at, r.updated_at, r.body,"
                  + " r.organisation_id FROM asked CROSS JOIN record r"
                  + " WHERE r.id = asked.id AND r.kind = ? AND "
                  + visible.sql())
          .params(params(some, kind, visible))
          .query(
              (rs, row) -> {
                Stored<T> stored = stored(kind, rs);
                if (stored != null) {
                  byId.put(stored.value().id(), stored);
                }
                return null;
              })
          .list();
    }
    Map<String, Stored<T>> found = new LinkedHashMap<>();
    for (String id : asked) {
      Stored<T> stored = byId.get(id);
      if (stored != null) {
        found.put(id, stored);
      }
    }
    return found;
  }

  @Override
  public Optional<String> organisationOf(String id) {
    Filter visible = visible("record");
    return database
        .jdbc()
        .sql("SELECT organisation_id FROM record WHERE id = ? AND " + visible.sql())
        .params(visible.after(id))
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .list()
        .stream()
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Override
  public <T extends Recorded> List<Stored<T>> list(RecordKind<T> kind, int offset, int limit) {
    Filter visible = visible("record");
    // The page's ids first, from an index that holds everything the order and the reader's
    // compartments need (record_kind_updated_visible), so that skipping to a page deep in the list
    // passes over index entries, not over rows with their encrypted bodies; then only the page's
    // rows are read.
    return readable(
        kind,
        database
            .jdbc()
            .sql(
                "SELECT id, revision, created_at, updated_at, body, organisation_id FROM record"
                    + " WHERE id IN (SELECT id FROM record WHERE kind = ? AND "
                    + visible.sql()
                    + " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?)"
                    + " ORDER BY updated_at DESC, id")
            .params(visible.around(List.of(kind.name()), List.of(limit, offset))));
  }

  @Override
  public <T extends Recorded> long count(RecordKind<T> kind) {
    Filter visible = visible("record");
    return database
        .jdbc()
        .sql("SELECT COUNT(*) FROM record WHERE kind = ? AND " + visible.sql())
        .params(visible.after(kind.name()))
        .query(Long.class)
        .single();
  }

  @Override
  public boolean isEmpty() {
    return database
        .jdbc()
        .sql("SELECT id FROM record LIMIT 1")
        .query(String.class)
        .optional()
        .isEmpty();
  }

  @Override
  public void moveTo(String organisationId, Collection<String> ids, Change change) {
    inTransaction(
        () -> {
          for (String id : ids) {
            if (!isRecordId(id)) {
              continue;
            }
            // The record, and the records that link to it and are not compartments of their own.
            List<Moved> moved =
                database
                    .jdbc()
                    .sql(
                        "SELECT r.id, r.kind FROM record r WHERE r.id = ? OR (r.id IN (SELECT"
                            + " l.record_id FROM record_link l WHERE l.other_id = ?) AND r.kind NOT IN"
                            + " ('case', 'organisation', 'person'))")
                    .params(id, id)
                    .query((rs, row) -> new Moved(rs.getString("id"), rs.getString("kind")))
                    .list();
            for (Moved record : moved) {
              database
                  .jdbc()
                  .sql("UPDATE record SET organisation_id = ? WHERE id = ?")
                  .params(organisationId, record.id())
                  .update();
              audit.append(change.author(), AuditAction.RECORD_MOVED, record.id());
              afterCommit(record.kind(), record.id());
            }
          }
          return null;
        });
  }

  /** A record moved to another organisation. */
  private record Moved(String id, String kind) {}

  @Override
  public Map<String, Long> unassigned() {
    Map<String, Long> counts = new TreeMap<>();
    database
        .jdbc()
        .sql(
            "SELECT kind, COUNT(*) FROM record WHERE organisation_id IS NULL AND kind <> 'organisation'"
                + " GROUP BY kind")
        .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return counts;
  }

  @Override
  public List<String> unassignedIds() {
    return database
        .jdbc()
        .sql(
            "SELECT id FROM record WHERE organisation_id IS NULL AND kind <> 'organisation'"
                + " ORDER BY id")
        .query(String.class)
        .list();
  }

  @Override
  public <T extends Recorded> List<Stored<T>> linkedTo(RecordKind<T> kind, String otherId) {
    return isRecordId(otherId) ? linkedToEach(kind, List.of(otherId)).get(otherId) : List.of();
  }

  /** At most this many ids in one query of {@link #linkedToEach}. */
  private static final int IDS_AT_ONCE = 500;

  @Override
  public <T extends Recorded> Map<String, List<Stored<T>>> linkedToEach(
      RecordKind<T> kind, Collection<String> otherIds) {
    Map<String, List<Stored<T>>> each = new LinkedHashMap<>();
    List<String> asked = new ArrayList<>();
    for (String otherId : otherIds) {
      each.put(otherId, new ArrayList<>());
      if (isRecordId(otherId)) {
        asked.add(otherId);
      }
    }
    Filter visible = visible("r");
    for (int from = 0; from < asked.size(); from += IDS_AT_ONCE) {
      List<String> some = asked.subList(from, Math.min(asked.size(), from + IDS_AT_ONCE));
      String in = String.join(", ", Collections.nCopies(some.size(), "?"));
      // the links first: SQLite takes the tables of a CROSS JOIN in the order written, and
      // without statistics it would rather read every record of the kind and look each one's link
      // up (the join condition is in WHERE, which PostgreSQL reads as any other join)
      database
          .jdbc()
          .sql(
              "SELECT l.other_id, r.id, r.revision, r.created_at, r.updated_at, r.body,"
                  + " r.organisation_id FROM record_link l CROSS JOIN record r"
                  + " WHERE l.record_id = r.id AND l.other_id IN ("
                  + in
                  + ") AND r.kind = ? AND "
                  + visible.sql()
                  + " ORDER BY r.created_at, r.id")
          .params(params(some, kind, visible))
          .query(
              (rs, row) -> {
                Stored<T> stored = stored(kind, rs);
                if (stored != null) {
                  each.get(rs.getString("other_id")).add(stored);
                }
                return null;
              })
          .list();
    }
    each.replaceAll((id, records) -> List.copyOf(records));
    return each;
  }

  private static Object[] params(List<String> ids, RecordKind<?> kind, Filter visible) {
    List<Object> before = new ArrayList<>(ids);
    before.add(kind.name());
    return visible.around(before, List.of());
  }

  @Override
  public List<Revision> history(RecordKind<?> kind, String recordId) {
    // a retracted record keeps its history: it tells who retracted it, when and why
    if (includingRetracted(() -> find(kind, recordId)).isEmpty()) {
      return List.of();
    }
    String organisation =
        database
            .jdbc()
            .sql("SELECT organisation_id FROM record WHERE id = ?")
            .param(recordId)
            .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
            .single()
            .orElse(null);
    // A reason may tell what the reader may not see of the record.
    boolean reasons = scope.get().audienceFor(organisation).seesAll();
    return database
        .jdbc()
        .sql(
            "SELECT record_id, kind, number, recorded_at, author, reason, changed_fields, action"
                + " FROM revision WHERE record_id = ? ORDER BY number")
        .param(recordId)
        .query(
            (rs, row) ->
                new Revision(
                    rs.getString("record_id"),
                    rs.getString("kind"),
                    rs.getInt("number"),
                    Instant.ofEpochMilli(rs.getLong("recorded_at")),
                    rs.getString("author"),
                    reasons
                        ? openReason(
                            rs.getString("record_id"), rs.getInt("number"), rs.getString("reason"))
                        : null,
                    codec.readList(rs.getString("changed_fields")),
                    rs.getString("action") == null
                        ? null
                        : Revision.Action.valueOf(rs.getString("action"))))
        .list();
  }

  @Override
  public Optional<String> kindOf(String id) {
    if (!isRecordId(id)) {
      return Optional.empty();
    }
    Filter visible = visible("record");
    return database
        .jdbc()
        .sql("SELECT kind FROM record WHERE id = ? AND " + visible.sql())
        .params(visible.after(id))
        .query(String.class)
        .optional();
  }

  @Override
  public <T extends Recorded> Stored<T> retract(
      RecordKind<T> kind, String id, int expectedRevision, Change change, String cause) {
    return markRetraction(kind, id, expectedRevision, change, true, cause);
  }

  @Override
  public <T extends Recorded> Stored<T> restore(
      RecordKind<T> kind, String id, int expectedRevision, Change change) {
    return markRetraction(kind, id, expectedRevision, change, false, null);
  }

  /**
   * Retracts a record (marked with when, by whom and why) or restores a retracted one (the marks
   * cleared): a new revision with the same body, RETRACTED or RESTORED in its history.
   */
  private <T extends Recorded> Stored<T> markRetraction(
      RecordKind<T> kind,
      String id,
      int expectedRevision,
      Change change,
      boolean retract,
      String cause) {
    return inTransaction(
        () -> {
          Held held = hold(kind, id, expectedRevision, !retract);
          long now = clock.millis();
          int next = held.revision() + 1;
          JdbcClient.StatementSpec update =
              retract
                  ? database
                      .jdbc()
                      .sql(
                          "UPDATE record SET revision = ?, updated_at = ?, retracted_at = ?,"
                              + " retracted_by = ?, retracted_with = ?"
                              + " WHERE id = ? AND revision = ? AND retracted_at IS NULL")
                      .params(next, now, now, change.author(), cause, id, held.revision())
                  : database
                      .jdbc()
                      .sql(
                          "UPDATE record SET revision = ?, updated_at = ?, retracted_at = NULL,"
                              + " retracted_by = NULL, retracted_with = NULL"
                              + " WHERE id = ? AND revision = ? AND retracted_at IS NOT NULL")
                      .params(next, now, id, held.revision());
          if (update.update() != 1) {
            throw new Conflict(
                "changed_meanwhile", "Someone else changed this " + kind.name() + " meanwhile.");
          }
          writeRevision(
              kind,
              id,
              next,
              now,
              change,
              List.of(),
              held.body(),
              retract ? Revision.Action.RETRACTED : Revision.Action.RESTORED);
          afterCommit(kind.name(), id);
          return held.stored(codec.read(held.body(), kind.type(), id), next, now);
        });
  }

  /**
   * The current row of a record the reader may change, retracted or not as {@code retracted} says,
   * at the revision the caller based its change on.
   */
  private Held hold(RecordKind<?> kind, String id, int expectedRevision, boolean retracted) {
    Filter own = ownCompartments("record");
    Held held =
        database
            .jdbc()
            .sql(
                "SELECT revision, created_at, body FROM record WHERE id = ? AND kind = ? AND"
                    + (retracted ? " retracted_at IS NOT NULL" : " retracted_at IS NULL")
                    + " AND "
                    + own.sql())
            .params(own.after(id, kind.name()))
            .query(
                (rs, row) ->
                    new Held(
                        rs.getInt("revision"),
                        rs.getLong("created_at"),
                        openBody(id, rs.getString("body"))))
            .optional()
            .orElseThrow(
                () ->
                    new Conflict(
                        retracted ? "not_yours_to_restore" : "not_yours_to_retract",
                        retracted
                            ? "This "
                                + kind.name()
                                + " is not retracted, or not your organisation's to restore."
                            : "This "
                                + kind.name()
                                + " is not there to retract, or not your organisation's:"
                                + " its own organisation's team retracts it."));
    if (held.revision() != expectedRevision) {
      throw new Conflict(
          "changed_meanwhile",
          "Someone else changed this "
              + kind.name()
              + " meanwhile (now at revision "
              + held.revision()
              + ", you based your change on revision "
              + expectedRevision
              + "). Reload it and try again.");
    }
    return held;
  }

  @Override
  public List<Retraction> retracted(int offset, int limit) {
    return retractions("", List.of(), offset, limit);
  }

  @Override
  public Optional<Retraction> retraction(String id) {
    if (!isRecordId(id)) {
      return Optional.empty();
    }
    return retractions(" AND r.id = ?", List.of(id), 0, 1).stream().findFirst();
  }

  @Override
  public List<Retraction> retractedWith(String cause) {
    if (!isRecordId(cause)) {
      return List.of();
    }
    return retractions(" AND r.retracted_with = ?", List.of(cause), 0, Integer.MAX_VALUE);
  }

  /** Retracted records of the reader's own organisations, most recently retracted first. */
  private List<Retraction> retractions(String where, List<Object> params, int offset, int limit) {
    Filter own = ownCompartments("r");
    List<Object> all = new ArrayList<>(params);
    all.addAll(own.params());
    all.add(limit);
    all.add(offset);
    return database
        .jdbc()
        .sql(
            "SELECT r.id, r.kind, r.revision, r.retracted_at, r.retracted_by, r.retracted_with,"
                + " v.reason FROM record r"
                + " JOIN revision v ON v.record_id = r.id AND v.number = r.revision"
                + " WHERE r.retracted_at IS NOT NULL"
                + where
                + " AND "
                + own.sql()
                + " ORDER BY r.retracted_at DESC, r.id LIMIT ? OFFSET ?")
        .params(all.toArray())
        .query(
            (rs, row) ->
                new Retraction(
                    rs.getString("id"),
                    rs.getString("kind"),
                    rs.getInt("revision"),
                    Instant.ofEpochMilli(rs.getLong("retracted_at")),
                    rs.getString("retracted_by"),
                    openReason(rs.getString("id"), rs.getInt("revision"), rs.getString("reason")),
                    rs.getString("retracted_with")))
        .list();
  }

  @Override
  public <R> R includingRetracted(Supplier<R> work) {
    boolean before = withRetracted.get();
    withRetracted.set(true);
    try {
      return work.get();
    } finally {
      withRetracted.set(before);
    }
  }

  @Override
  public void erase(String subject, Collection<String> ids, Change change) {
    if (TransactionSynchronizationManager.isActualTransactionActive() || toTell.get() != null) {
      throw new IllegalStateException("An erasure runs on its own, outside any transaction.");
    }
    List<String> kinds =
        inTransaction(
            () -> {
              Filter own = ownCompartments("record");
              List<String> erased = new ArrayList<>();
              for (String id : ids) {
                String kind =
                    database
                        .jdbc()
                        .sql("SELECT kind FROM record WHERE id = ? AND " + own.sql())
                        .params(own.after(id))
                        .query(String.class)
                        .optional()
                        .orElseThrow(
                            () ->
                                new Conflict(
                                    "not_yours_to_erase",
                                    "Only the team of a record's own organisation may erase it."));
                erased.add(kind);
              }
              for (String id : ids) {
                for (String sql :
                    List.of(
                        "DELETE FROM record_link WHERE record_id = ?",
                        "DELETE FROM record_share WHERE record_id = ?",
                        "DELETE FROM revision WHERE record_id = ?",
                        "DELETE FROM record WHERE id = ?")) {
                  database.jdbc().sql(sql).param(id).update();
                }
              }
              audit.append(change.author(), AuditAction.PERSON_ERASED, subject);
              return erased;
            });
    // the deleted rows' bytes are zeroed (SQLite's secure_delete) or pruned; old copies go next
    database.reclaim(List.of("record", "revision", "record_link", "record_share"));
    List<String> erasedIds = List.copyOf(ids);
    for (int i = 0; i < erasedIds.size(); i++) {
      String kind = kinds.get(i);
      String id = erasedIds.get(i);
      listeners.forEach(listener -> listener.tell(kind, id));
    }
  }

  @Override
  public void addListener(RecordListener listener, RecordKind<?> kind, RecordKind<?>... more) {
    Map<String, RecordKind<?>> byName = new HashMap<>(Map.of(kind.name(), kind));
    for (RecordKind<?> another : more) {
      byName.put(another.name(), another);
    }
    listeners.add(new Listening(listener, Map.copyOf(byName)));
  }

  /**
   * Tells the listeners of a write once the transaction around it has committed and given its
   * connection back: a listener that reads the store (the search index does) must not run on the
   * connection of a transaction that has ended, where SQLite would open a new write transaction.
   */
  private void afterCommit(String kind, String id) {
    if (listeners.isEmpty()) {
      return;
    }
    Runnable tell = () -> listeners.forEach(listener -> listener.tell(kind, id));
    List<Runnable> queue = toTell.get();
    if (queue != null) {
      queue.add(tell);
    } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // a transaction this store did not begin: tell when it commits
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              tell.run();
            }
          });
    } else {
      tell.run();
    }
  }

  @Override
  public <R> R inTransaction(Supplier<R> work) {
    if (toTell.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
      return database.transactions().execute(status -> work.get());
    }
    List<Runnable> queue = new ArrayList<>();
    toTell.set(queue);
    R result;
    try {
      result = database.transactions().execute(status -> work.get());
    } finally {
      toTell.remove();
    }
    queue.forEach(Runnable::run);
    return result;
  }

  /**
   * @param action what the revision does when it is not a creation or a change (null): a retraction
   *     or a restoration, kept in clear like every workflow state
   */
  private <T extends Recorded> void writeRevision(
      RecordKind<T> kind,
      String id,
      int number,
      long now,
      Change change,
      List<String> changedFields,
      String body,
      Revision.Action action) {
    database
        .jdbc()
        .sql(
            "INSERT INTO revision (record_id, number, kind, recorded_at, author, reason,"
                + " changed_fields, body, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            number,
            kind.name(),
            now,
            change.author(),
            change.reason() == null
                ? null
                : protection.seal("revision", "reason", revisionId(id, number), change.reason()),
            codec.writeList(changedFields),
            protection.seal("revision", "body", revisionId(id, number), body),
            action == null ? null : action.name())
        .update();
    // Every write leaves its trace in the same transaction: no write without its audit entry.
    audit.append(
        change.author(),
        action == Revision.Action.RETRACTED
            ? AuditAction.RECORD_RETRACTED
            : action == Revision.Action.RESTORED
                ? AuditAction.RECORD_RESTORED
                : AuditAction.RECORD_WRITTEN,
        id);
  }

  private <T extends Recorded> void writeDerived(RecordKind<T> kind, T value) {
    if (kind.definesSharing()) {
      Sharing sharing = kind.sharing().apply(value);
      Set<String> records = new LinkedHashSet<>(sharing.records());
      records.add(value.id());
      for (String organisation : sharing.organisations()) {
        for (String record : records) {
          database
              .jdbc()
              .sql("INSERT INTO record_share (record_id, organisation_id, via_id) VALUES (?, ?, ?)")
              .params(record, organisation, value.id())
              .update();
        }
      }
    }
    Set<String> links = kind.links().apply(value);
    for (String other : links) {
      database
          .jdbc()
          .sql("INSERT INTO record_link (record_id, other_id) VALUES (?, ?)")
          .params(value.id(), other)
          .update();
    }
  }

  /**
   * The records a query of whole rows finds, in its order, as the reader may see them: one the
   * reader's position allows none of (see {@link #stored}) is left out.
   */
  private <T extends Recorded> List<Stored<T>> readable(
      RecordKind<T> kind, JdbcClient.StatementSpec query) {
    return query.query((rs, row) -> Optional.ofNullable(stored(kind, rs))).list().stream()
        .flatMap(Optional::stream)
        .toList();
  }

  private <T extends Recorded> Stored<T> stored(RecordKind<T> kind, ResultSet rs)
      throws SQLException {
    String id = rs.getString("id");
    T value = codec.read(openBody(id, rs.getString("body")), kind.type(), id);
    if (!id.equals(value.id())) {
      throw new IntegrityViolation("Record " + id + " holds the body of another record.");
    }
    // Each reader sees only the fields (and the records) their position allows.
    value = kind.as(value, scope.get().audienceFor(rs.getString("organisation_id")));
    if (value == null) {
      return null;
    }
    return new Stored<>(
        value,
        rs.getInt("revision"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  /**
   * The compartment of a new record: its own owner (a case), none for the organisations themselves,
   * its person's (events, documents, sources), else the author's organisation.
   */
  private <T extends Recorded> String compartmentOf(RecordKind<T> kind, T value, Change change) {
    if (kind.definesSharing()) {
      return kind.sharing().apply(value).owner();
    }
    if (Scope.PUBLIC_KINDS.contains(kind.name())) {
      return null;
    }
    List<String> links = List.copyOf(kind.links().apply(value));
    if (!links.isEmpty()) {
      String marks = String.join(", ", Collections.nCopies(links.size(), "?"));
      List<Object> params = new ArrayList<>(links);
      var owners =
          database
              .jdbc()
              .sql(
                  "SELECT organisation_id FROM record WHERE kind = 'person' AND id IN ("
                      + marks
                      + ") ORDER BY id")
              .params(params.toArray())
              .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
              .list();
      if (!owners.isEmpty()) {
        return owners.get(0).orElse(null);
      }
    }
    return change.organisation();
  }

  /**
   * The SQL condition (and its parameters) for "the current reader may see this row": in their
   * compartments, and not retracted unless the reads {@link #includingRetracted include them}.
   */
  private Filter visible(String alias) {
    Filter compartments = inCompartments(alias);
    return withRetracted.get() ? compartments : compartments.and(alias + ".retracted_at IS NULL");
  }

  /** The SQL condition for "the row is in the current reader's compartments". */
  private Filter inCompartments(String alias) {
    Scope current = scope.get();
    if (current.everything()) {
      return new Filter("1 = 1", List.of());
    }
    String publicKinds =
        Scope.PUBLIC_KINDS.stream()
            .map(k -> alias + ".kind = '" + k + "'")
            .collect(Collectors.joining(" OR "));
    if (current.organisations().isEmpty()) {
      return new Filter(
          "(" + publicKinds + " OR " + alias + ".organisation_id IS NULL)", List.of());
    }
    List<String> organisations = List.copyOf(current.organisations());
    String in = String.join(", ", Collections.nCopies(organisations.size(), "?"));
    String sql =
        "("
            + publicKinds
            + " OR "
            + alias
            + ".organisation_id IN ("
            + in
            + ") OR EXISTS (SELECT 1 FROM record_share s WHERE s.record_id = "
            + alias
            + ".id AND s.organisation_id IN ("
            + in
            + ")) OR EXISTS (SELECT 1 FROM record_link l JOIN record_share s"
            + " ON s.record_id = l.other_id WHERE l.record_id = "
            + alias
            + ".id AND s.organisation_id IN ("
            + in
            + ")))";
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      params.addAll(organisations);
    }
    return new Filter(sql, params);
  }

  /**
   * The SQL condition for "the row is in the current reader's own organisations, and the reader
   * works on them": the records they may change (never those only shared with them).
   */
  private Filter ownCompartments(String alias) {
    Scope current = scope.get();
    if (current.everything()) {
      return new Filter("1 = 1", List.of());
    }
    if (!current.team()) {
      return new Filter("1 = 0", List.of());
    }
    if (current.organisations().isEmpty()) {
      return new Filter(alias + ".organisation_id IS NULL", List.of());
    }
    List<Object> organisations = List.copyOf(current.organisations());
    return new Filter(
        alias
            + ".organisation_id IN ("
            + String.join(", ", Collections.nCopies(organisations.size(), "?"))
            + ")",
        organisations);
  }

  /** A condition and its parameters, placed after or between other parameters. */
  private record Filter(String sql, List<Object> params) {

    /** Both this and a condition without parameters. */
    Filter and(String condition) {
      return new Filter("(" + condition + " AND " + sql + ")", params);
    }

    Object[] after(Object... before) {
      return around(List.of(before), List.of());
    }

    Object[] around(List<Object> before, List<Object> later) {
      List<Object> all = new ArrayList<>(before);
      all.addAll(params);
      all.addAll(later);
      return all.toArray();
    }
  }

  /** Record ids are lower-case UUIDs; anything else cannot name a record. */
  private static boolean isRecordId(String id) {
    return id != null && RECORD_ID.matcher(id).matches();
  }

  private String sealBody(String id, String body) {
    return protection.seal("record", "body", id, body);
  }

  private String openBody(String id, String stored) {
    return protection.open("record", "body", id, stored);
  }

  private String openReason(String id, int number, String stored) {
    return stored == null
        ? null
        : protection.open("revision", "reason", revisionId(id, number), stored);
  }

  /** The row id of a revision, bound into its sealed values so they cannot be swapped. */
  private static String revisionId(String recordId, int number) {
    return recordId + "#" + number;
  }

  private record Current(int revision, long createdAt, String body, Audience audience) {}

  /** The row of a record about to be retracted or restored. */
  private record Held(int revision, long createdAt, String body) {

    <T extends Recorded> Stored<T> stored(T value, int next, long now) {
      return new Stored<>(value, next, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(now));
    }
  }
}
