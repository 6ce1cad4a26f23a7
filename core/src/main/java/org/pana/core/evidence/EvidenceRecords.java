package org.pana.core.evidence;

import java.util.List;
import java.util.UUID;
import org.pana.core.person.People;
import org.pana.core.problem.NotFound;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Sources;

/** Records and finds evidence files' metadata; the bytes are kept by the file store. */
public final class EvidenceRecords {

  private final RecordStore store;
  private final People people;
  private final Sources sources;

  public EvidenceRecords(RecordStore store, People people, Sources sources) {
    this.store = store;
    this.people = people;
    this.sources = sources;
  }

  /** A new evidence id, for the file written before its record. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /**
   * Records a file already written under {@code id}.
   *
   * @throws org.pana.core.problem.ValidationFailed naming the offending fields
   */
  public Stored<Evidence> record(
      String id,
      String personId,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String description,
      String sourceId,
      Change change) {
    people.get(personId);
    Problems problems = new Problems();
    String name = problems.optional("file", fileName, 255);
    String text = problems.optional("description", description, 2000);
    String source = problems.optional("sourceId", sourceId, 36);
    if (source != null) {
      sources.checkReference(problems, "sourceId", source);
    }
    problems.throwIfAny();
    return store.insert(
        Evidence.KIND,
        new Evidence(
            id, personId, name == null ? "unnamed" : name, mediaType, size, sha256, text, source),
        change);
  }

  public Stored<Evidence> get(String id) {
    return store.find(Evidence.KIND, id).orElseThrow(() -> new NotFound("evidence", id));
  }

  /** The evidence files of a person, oldest first. */
  public List<Stored<Evidence>> of(String personId) {
    people.get(personId);
    return store.linkedTo(Evidence.KIND, personId);
  }
}
