package org.pana.app.casefile;

import java.time.Instant;
import java.util.List;
import org.pana.core.casefile.CaseFile;
import org.pana.core.record.Stored;

/** A case as the JSON API shows it. */
public record CaseJson(
    String id,
    int revision,
    String title,
    List<String> personIds,
    String organisationId,
    List<String> volunteers,
    String status,
    List<String> risks,
    String summary,
    List<String> sharedWith,
    String timeZone,
    Instant createdAt,
    Instant updatedAt) {

  public static CaseJson of(Stored<CaseFile> stored) {
    CaseFile c = stored.value();
    return new CaseJson(
        c.id(),
        stored.revision(),
        c.title(),
        c.personIds(),
        c.organisationId(),
        c.volunteers(),
        c.status().name(),
        c.risks().stream().map(Enum::name).sorted().toList(),
        c.summary(),
        c.sharedWith().stream().sorted().toList(),
        c.timeZone(),
        stored.createdAt(),
        stored.updatedAt());
  }
}
