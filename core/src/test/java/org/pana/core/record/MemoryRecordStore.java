package org.pana.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pana.core.problem.Conflict;

/**
 * A record store in memory for unit tests of the use cases: current states only, one reader who
 * sees everything, no history, no search.
 */
public final class MemoryRecordStore implements RecordStore {

  private record Entry(RecordKind<?> kind, Stored<?> stored) {}

  private final Map<String, Entry> records = new LinkedHashMap<>();

  @Override
  public <T extends Recorded> Stored<T> insert(RecordKind<T> kind, T value, Change change) {
    Instant now = Instant.now();
    Stored<T> stored = new Stored<>(value, 1, now, now);
    records.put(value.id(), new Entry(kind, stored));
    return stored;
  }

  @Override
  public <T extends Recorded> Stored<T> update(
      RecordKind<T> kind, T value, int expectedRevision, Change change) {
    Stored<T> current = find(kind, value.id()).orElseThrow();
    if (current.revision() != expectedRevision) {
      throw new Conflict("changed_meanwhile", "changed meanwhile");
    }
    Stored<T> stored =
        new Stored<>(value, current.revision() + 1, current.createdAt(), Instant.now());
    records.put(value.id(), new Entry(kind, stored));
    return stored;
  }

  @Override
  public <T extends Recorded> Optional<Stored<T>> find(RecordKind<T> kind, String id) {
    Entry entry = records.get(id);
    if (entry == null || !entry.kind().name().equals(kind.name())) {
      return Optional.empty();
    }
    return Optional.of(cast(kind, entry.stored()));
  }

  @Override
  public <T extends Recorded> List<Stored<T>> list(RecordKind<T> kind, int offset, int limit) {
    return all(kind).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public <T extends Recorded> long count(RecordKind<T> kind) {
    return all(kind).size();
  }

  @Override
  public boolean isEmpty() {
    return records.isEmpty();
  }

  @Override
  public Optional<String> organisationOf(String id) {
    return Optional.empty();
  }

  @Override
  public <T extends Recorded> List<Stored<T>> linkedTo(RecordKind<T> kind, String otherId) {
    return all(kind).stream().filter(s -> kind.links().apply(s.value()).contains(otherId)).toList();
  }

  @Override
  public List<Revision> history(RecordKind<?> kind, String recordId) {
    return List.of();
  }

  @Override
  public Optional<String> kindOf(String id) {
    return Optional.ofNullable(records.get(id)).map(entry -> entry.kind().name());
  }

  @Override
  public void moveTo(String organisationId, Collection<String> ids, Change change) {}

  @Override
  public Map<String, Long> unassigned() {
    return Map.of();
  }

  @Override
  public List<String> unassignedIds() {
    return List.of();
  }

  @Override
  public <T extends Recorded> Stored<T> retract(
      RecordKind<T> kind, String id, int expectedRevision, Change change, String cause) {
    throw new UnsupportedOperationException("no retraction in memory");
  }

  @Override
  public <T extends Recorded> Stored<T> restore(
      RecordKind<T> kind, String id, int expectedRevision, Change change) {
    throw new UnsupportedOperationException("no retraction in memory");
  }

  @Override
  public List<Retraction> retracted(int offset, int limit) {
    return List.of();
  }

  @Override
  public Optional<Retraction> retraction(String id) {
    return Optional.empty();
  }

  @Override
  public List<Retraction> retractedWith(String cause) {
    return List.of();
  }

  @Override
  public <R> R includingRetracted(Supplier<R> work) {
    return work.get();
  }

  @Override
  public void erase(String subject, Collection<String> ids, Change change) {
    ids.forEach(records::remove);
  }

  @Override
  public void addListener(RecordListener listener, RecordKind<?> kind, RecordKind<?>... more) {}

  @Override
  public <R> R inTransaction(Supplier<R> work) {
    return work.get();
  }

  private <T extends Recorded> List<Stored<T>> all(RecordKind<T> kind) {
    List<Stored<T>> all = new ArrayList<>();
    for (Entry entry : records.values()) {
      if (entry.kind().name().equals(kind.name())) {
        all.add(cast(kind, entry.stored()));
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Recorded> Stored<T> cast(RecordKind<T> kind, Stored<?> stored) {
    kind.type().cast(stored.value());
    return (Stored<T>) stored;
  }
}
