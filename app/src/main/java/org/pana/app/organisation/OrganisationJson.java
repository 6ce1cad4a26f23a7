package org.pana.app.organisation;

import java.util.List;
import org.pana.core.date.PartialDate;
import org.pana.core.organisation.Organisation;
import org.pana.core.record.Stored;

/** An organisation as the JSON API shows it. */
public record OrganisationJson(
    String id,
    int revision,
    String name,
    List<Period> registration,
    List<Relation> relations,
    String notes) {

  /** A registration period. */
  public record Period(String status, String from, String until, String note) {}

  /** A relation to another organisation. */
  public record Relation(String kind, String organisationId, String since) {}

  public static OrganisationJson of(Stored<Organisation> stored) {
    Organisation o = stored.value();
    return new OrganisationJson(
        o.id(),
        stored.revision(),
        o.name(),
        o.registration().stream()
            .map(r -> new Period(r.status().name(), edtf(r.from()), edtf(r.until()), r.note()))
            .toList(),
        o.relations().stream()
            .map(r -> new Relation(r.kind().name(), r.organisationId(), edtf(r.since())))
            .toList(),
        o.notes());
  }

  private static String edtf(PartialDate date) {
    return date == null ? null : date.toString();
  }
}
