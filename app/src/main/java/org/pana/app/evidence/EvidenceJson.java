package org.pana.app.evidence;

import java.time.Instant;
import org.pana.core.evidence.Evidence;
import org.pana.core.record.Stored;

/** An evidence file's record as the JSON API shows it. */
public record EvidenceJson(
    String id,
    String personId,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String description,
    String sourceId,
    Instant createdAt) {

  public static EvidenceJson of(Stored<Evidence> stored) {
    Evidence e = stored.value();
    return new EvidenceJson(
        e.id(),
        e.personId(),
        e.fileName(),
        e.mediaType(),
        e.size(),
        e.sha256(),
        e.description(),
        e.sourceId(),
        stored.createdAt());
  }
}
