package org.pana.core.source;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pana.core.date.Today;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Records sources and checks that a referenced source exists. */
public final class Sources {

  private final RecordStore store;
  private final Today today;

  public Sources(RecordStore store) {
    this(store, Clock.systemUTC());
  }

  /** With the clock that says what day it is (nobody told us anything after it). */
  public Sources(RecordStore store, Clock clock) {
    this.store = store;
    this.today = Today.in(clock);
  }

  /** Records a source about a person (or a general one when {@code personId} is null). */
  public Stored<Source> record(String personId, SourceDraft draft, Change change) {
    Problems problems = new Problems();
    Source source = validate(UUID.randomUUID().toString(), personId, draft, problems);
    problems.notAfter("date", source.date(), today.date(), "The day a source told us");
    problems.throwIfAny();
    return store.insert(Source.KIND, source, change);
  }

  /** Replaces a source's details, as a new revision; it stays about the same person. */
  public Stored<Source> amend(String id, int expectedRevision, SourceDraft draft, Change change) {
    Source current = get(id).value();
    Problems problems = new Problems();
    Source source = validate(id, current.personId(), draft, problems);
    problems.notAfter("date", source.date(), today.date(), "The day a source told us");
    problems.throwIfAny();
    return store.update(Source.KIND, source, expectedRevision, change);
  }

  public Stored<Source> get(String id) {
    return store.find(Source.KIND, id).orElseThrow(() -> new NotFound("source", id));
  }

  public List<Stored<Source>> ofPerson(String personId) {
    return store.linkedTo(Source.KIND, personId);
  }

  /**
   * Adds a problem when a source id is given but unknown. Used by every use case that accepts a
   * source reference.
   */
  public void checkReference(Problems problems, String field, String sourceId) {
    if (sourceId != null
        && (!Problems.couldBeId(sourceId) || store.find(Source.KIND, sourceId).isEmpty())) {
      problems.add(field, "unknown_source", "No source with this id; record the source first.");
    }
  }

  private static Source validate(String id, String personId, SourceDraft draft, Problems problems) {
    String informant = problems.required("informant", draft.informant(), 500);
    SourceRelation relation =
        problems.requiredCode("relation", SourceRelation.class, draft.relation());
    var date = problems.partialDate("date", draft.date());
    Channel channel = problems.code("channel", Channel.class, draft.channel());
    Reliability reliability = problems.code("reliability", Reliability.class, draft.reliability());
    String notes = problems.optional("notes", draft.notes(), Problems.MAX_TEXT);
    return new Source(
        id,
        personId,
        informant,
        relation,
        date,
        channel == null ? Channel.OTHER : channel,
        reliability == null ? Reliability.F : reliability,
        notes);
  }
}
