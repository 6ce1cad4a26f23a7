package org.pana.app.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.pana.app.acting.SystemAccess;
import org.pana.app.audit.ReadTrail;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.access.Audience;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.Cases;
import org.pana.core.date.PartialDate;
import org.pana.core.person.NameVariant;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.record.RecordKind;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Recorded;
import org.pana.core.record.Stored;
import org.pana.search.PersonDocument;
import org.pana.search.PersonHit;
import org.pana.search.PersonIndex;
import org.pana.search.PersonQuery;
import org.pana.store.files.EncryptedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Person search in the running application: keeps the {@link PersonIndex} in step with the records
 * and answers searches with only what the reader may see.
 *
 * <ul>
 *   <li>The index is opened when the vault is unlocked, from its sealed files in the data
 *       directory's {@code index} folder, and rebuilt from the records when those are missing,
 *       damaged or stale (their marker is not the records' current one).
 *   <li>Every committed write of a person or case updates it at once (a person retracted or erased
 *       leaves it); its files are sealed every few seconds, and when the vault locks or the server
 *       stops.
 *   <li>When the vault locks, the index is closed: the names it holds in memory go with the keys.
 *   <li>It holds every person (built with {@link SystemAccess}), and holds of each only the facts
 *       an organisation's members may see. A search loads every hit back through the record store,
 *       which applies the reader's compartments and field visibility: a person the reader may not
 *       see is dropped, and what a hit shows comes from that read.
 * </ul>
 */
public class PersonSearch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PersonSearch.class);
  private static final int PAGE = 500;

  private final VaultKeeper keeper;
  private final RecordStore store;
  private final People people;
  private final Cases cases;
  private final EncryptedFiles files;
  private final ReadTrail trail;
  private final ScheduledExecutorService sealer;
  private PersonIndex index;

  /** Writes whose index update failed, tried again before searches and seals. */
  private final Set<Written> pending = ConcurrentHashMap.newKeySet();

  /** A committed write of a person or a case. */
  private record Written(RecordKind<?> kind, String id) {}

  /** Index updates running now. */
  private final AtomicInteger inFlight = new AtomicInteger();

  /** The revision of each record applied since {@link #settledAt}. */
  private final Map<String, Integer> applied = new ConcurrentHashMap<>();

  /** When the index was last known to hold every write. */
  private volatile Instant settledAt = Instant.EPOCH;

  private static final int MAX_APPLIED = 100_000;

  /**
   * A person found and visible to the reader.
   *
   * @param hit what the index found, and why
   * @param person the person as the reader may see them
   */
  public record Found(PersonHit hit, Stored<Person> person) {

    /** The year of birth the reader may see, or null. */
    public Integer birthYear() {
      Person value = person.value();
      return value.birthDate() == null ? null : value.birthDate().value().earliest().getYear();
    }

    /** The place of birth the reader may see, or null. */
    public String birthPlace() {
      Person value = person.value();
      return value.birthPlace() == null ? null : value.birthPlace().value();
    }
  }

  public PersonSearch(
      VaultKeeper keeper,
      RecordStore store,
      People people,
      Cases cases,
      EncryptedFiles files,
      ReadTrail trail) {
    this.keeper = keeper;
    this.store = store;
    this.people = people;
    this.cases = cases;
    this.files = files;
    this.trail = trail;
    store.addListener(this::written, Person.KIND, CaseFile.KIND);
    keeper.beforeLock(this::drop);
    this.sealer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "pana-index-sealer");
              thread.setDaemon(true);
              return thread;
            });
    sealer.scheduleWithFixedDelay(this::sealQuietly, 5, 5, TimeUnit.SECONDS);
  }

  /** Searches, and returns the hits the reader may see (each read audited as shown), best first. */
  public List<Found> search(PersonQuery query) {
    PersonIndex open = index();
    if (!pending.isEmpty()) {
      retryPending(open);
    }
    List<PersonHit> hits = open.search(query.withLimit(Math.min(200, query.limit() * 3)));
    List<Found> found = new ArrayList<>();
    List<Stored<Person>> shown = new ArrayList<>();
    // the hits' records are read a page at a time (the best first), until the page is full of
    // people the reader may see
    for (int from = 0; from < hits.size() && found.size() < query.limit(); ) {
      List<PersonHit> some = hits.subList(from, Math.min(hits.size(), from + query.limit()));
      from += some.size();
      Map<String, Stored<Person>> visible =
          people.findEach(some.stream().map(PersonHit::id).toList());
      for (PersonHit hit : some) {
        Stored<Person> person = visible.get(hit.id());
        if (person != null && found.size() < query.limit()) {
          found.add(new Found(hit, person));
          shown.add(person);
        }
      }
    }
    trail.shown(shown);
    return found;
  }

  /**
   * Rebuilds the index from every record, telling {@code progress} how many people are done; the
   * total is {@link #total()}. Returns the number indexed.
   */
  public synchronized long rebuild(LongConsumer progress) {
    PersonIndex open = openIndex(false);
    return rebuildInto(open, progress);
  }

  /** The number of people there are to index. */
  public long total() {
    return SystemAccess.everything(people::count);
  }

  private long rebuildInto(PersonIndex open, LongConsumer progress) {
    return SystemAccess.everything(
        () -> {
          String marker = marker();
          long started = System.nanoTime();
          long count = open.rebuild(documents(), progress, marker);
          LOG.info(
              "Rebuilt the person index: {} people in {} ms",
              count,
              (System.nanoTime() - started) / 1_000_000);
          return count;
        });
  }

  /** The open index; opens (and if need be rebuilds) it when the vault was unlocked since. */
  private synchronized PersonIndex index() {
    return openIndex(true);
  }

  private synchronized PersonIndex openIndex(boolean rebuildIfStale) {
    if (index != null) {
      return index;
    }
    keeper.requireUnlocked();
    PersonIndex opened = PersonIndex.open(new SealedIndexFiles(files));
    settledAt = Instant.now();
    applied.clear();
    if (rebuildIfStale) {
      String current = SystemAccess.everything(this::marker);
      if (!current.equals(opened.marker())) {
        LOG.info("The person index is missing or stale; rebuilding it from the records");
        rebuildInto(opened, count -> {});
      }
    }
    index = opened;
    return opened;
  }

  /**
   * Which state of the people and cases the index reflects: the index format, and each kind's count
   * and latest change.
   */
  private String marker() {
    return "f" + PersonIndex.FORMAT + ":" + state(Person.KIND) + "/" + state(CaseFile.KIND);
  }

  /** A kind's count and latest change: any write of the kind changes it. */
  private <T extends Recorded> String state(RecordKind<T> kind) {
    List<Stored<T>> latest = store.list(kind, 0, 1);
    long count = store.count(kind);
    if (latest.isEmpty()) {
      return Long.toString(count);
    }
    Stored<T> last = latest.getFirst();
    return count
        + ":"
        + last.value().id()
        + ":"
        + last.revision()
        + ":"
        + last.updatedAt().toEpochMilli();
  }

  /** Keeps the index in step with a committed write. */
  private void written(RecordKind<?> kind, String id) {
    PersonIndex open;
    synchronized (this) {
      open = index;
    }
    if (open == null) {
      return; // opened later, it sees from its marker that it is stale
    }
    inFlight.incrementAndGet();
    try {
      apply(open, new Written(kind, id));
    } catch (RuntimeException e) {
      // the write itself stands; the index is not sealed as current while it lacks the write,
      // and the update is tried again before the next search and at the next seal
      pending.add(new Written(kind, id));
      LOG.warn("Could not update the person index after a write; will try again: {}", e.toString());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Applies one write: a person is put or, retracted or erased, removed; a case's people now and
   * the people the index holds as in it before are read again, so that someone taken out of a case
   * no longer shows it.
   */
  private void apply(PersonIndex open, Written write) {
    String id = write.id();
    SystemAccess.everything(
        () -> {
          if (write.kind().equals(Person.KIND)) {
            refresh(open, id);
          } else {
            Set<String> affected = new HashSet<>(open.inCase(id));
            Optional<Stored<CaseFile>> found = store.find(CaseFile.KIND, id);
            found.ifPresent(c -> affected.addAll(c.value().personIds()));
            affected.forEach(personId -> refresh(open, personId));
            found.ifPresent(c -> applied.put(id, c.revision()));
          }
          return null;
        });
  }

  private void refresh(PersonIndex open, String personId) {
    store
        .find(Person.KIND, personId)
        .ifPresentOrElse(
            person -> {
              open.put(document(person));
              applied.put(personId, person.revision());
            },
            () -> open.delete(personId));
  }

  /** Tries again the updates that failed; true when none is left. */
  private boolean retryPending(PersonIndex open) {
    for (Written each : List.copyOf(pending)) {
      try {
        apply(open, each);
        pending.remove(each);
      } catch (RuntimeException e) {
        LOG.warn("Could not update the person index yet: {}", e.toString());
      }
    }
    return pending.isEmpty();
  }

  /**
   * Removes an erased person for good: from the index in memory and, at once, from its sealed files
   * (the segments that held the person, or an earlier version of them, are written anew without
   * them and the old files deleted). Opens the index first if need be, so that files sealed before
   * this start are rewritten too.
   */
  public synchronized void forget(String id) {
    PersonIndex open = openIndex(true);
    open.expunge(id, SystemAccess.everything(this::marker));
  }

  /** Every person, a page at a time, as index documents. */
  private Iterator<PersonDocument> documents() {
    return new Iterator<>() {
      private List<Stored<Person>> page = List.of();
      private int at;
      private int offset;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (at < page.size()) {
          return true;
        }
        if (done) {
          return false;
        }
        page = store.list(Person.KIND, offset, PAGE);
        offset += page.size();
        at = 0;
        done = page.size() < PAGE;
        return !page.isEmpty();
      }

      @Override
      public PersonDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return document(page.get(at++));
      }
    };
  }

  /** What the index holds of a person: the facts an organisation's members may see. */
  private PersonDocument document(Stored<Person> stored) {
    Person person = stored.value().as(Audience.MEMBER);
    List<String> names = person.names().stream().map(NameVariant::value).toList();
    PartialDate birth = person.birthDate() == null ? null : person.birthDate().value();
    Integer year = birth == null ? null : birth.earliest().getYear();
    String date =
        birth == null || birth.precision() != PartialDate.Precision.DAY || birth.isInterval()
            ? (year == null ? null : year.toString())
            : birth.earliest().toString();
    List<Stored<CaseFile>> personCases = cases.of(person.id());
    String organisation = store.organisationOf(person.id()).orElse(null);
    // each status once: a result row stays the same size however many cases the person is in
    List<String> statuses =
        personCases.stream()
            .map(c -> c.value().status().name().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    return new PersonDocument(
        person.id(),
        organisation,
        names,
        year,
        date,
        person.birthPlace() == null ? null : person.birthPlace().value(),
        person.sex() == null ? null : person.sex().value().code(),
        person.identifiers().stream().map(i -> i.value()).toList(),
        statuses,
        personCases.stream().map(c -> c.value().id()).toList());
  }

  /** Seals what changed since the last time (the sealer thread, every few seconds). */
  private void sealQuietly() {
    try {
      seal();
    } catch (RuntimeException e) {
      LOG.warn("Could not seal the person index: {}", e.toString());
    }
  }

  /**
   * Commits the index and seals its new files, if it is open and changed. The files are marked as
   * current only when the index holds every write the marker counts: none failed, none is being
   * applied, and the latest person and case written are in it at their latest revision. Otherwise
   * the commit waits for the next seal; when the vault locks meanwhile, the files are sealed with a
   * marker that makes the next unlock rebuild the index.
   */
  public synchronized void seal() {
    seal(false);
  }

  private void seal(boolean locking) {
    if (index == null || !keeper.isUnlocked() || !index.hasUncommittedChanges()) {
      return;
    }
    boolean settled = retryPending(index) && inFlight.get() == 0;
    Instant computed = Instant.now();
    String marker = SystemAccess.everything(this::marker);
    settled &=
        SystemAccess.everything(() -> latestApplied(Person.KIND) && latestApplied(CaseFile.KIND));
    if (settled) {
      index.commit(marker);
      if (applied.size() > MAX_APPLIED) {
        applied.clear();
        settledAt = computed;
      }
    } else if (locking) {
      index.commit("unsettled");
    }
  }

  /**
   * Whether the latest record of a kind is in the index at its latest revision: written before the
   * index was last known complete, or applied since.
   */
  private <T extends Recorded> boolean latestApplied(RecordKind<T> kind) {
    List<Stored<T>> latest = store.list(kind, 0, 1);
    if (latest.isEmpty()) {
      return true;
    }
    Stored<T> last = latest.getFirst();
    Integer revision = applied.get(last.value().id());
    return (revision != null && revision >= last.revision())
        || !last.updatedAt().isAfter(settledAt);
  }

  /** Before the keys go: seal, then let the names in memory go. */
  private synchronized void drop() {
    if (index == null) {
      return;
    }
    try {
      seal(true);
    } finally {
      index.close();
      index = null;
    }
  }

  @Override
  public void close() {
    sealer.shutdownNow();
    if (keeper.isUnlocked()) {
      drop();
    }
  }
}
