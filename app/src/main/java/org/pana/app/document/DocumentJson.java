package org.pana.app.document;

import java.util.List;
import org.pana.core.document.CustodyChange;
import org.pana.core.document.Document;
import org.pana.core.record.Stored;

/** A document with its custody history, as the JSON API shows it. */
public record DocumentJson(
    String id,
    int revision,
    String personId,
    String type,
    String number,
    String issuer,
    String issued,
    String expires,
    String custody,
    List<Custody> custodyHistory,
    String sourceId,
    String notes) {

  /** One custody change. */
  public record Custody(
      String status, String date, String custodian, String sourceId, String note) {
    static Custody of(CustodyChange c) {
      return new Custody(
          c.status().name(),
          c.date() == null ? null : c.date().toString(),
          c.custodian(),
          c.sourceId(),
          c.note());
    }
  }

  public static DocumentJson of(Stored<Document> stored) {
    Document d = stored.value();
    return new DocumentJson(
        d.id(),
        stored.revision(),
        d.personId(),
        d.type().name(),
        d.number(),
        d.issuer(),
        d.issued() == null ? null : d.issued().toString(),
        d.expires() == null ? null : d.expires().toString(),
        d.currentCustody().map(c -> c.status().name()).orElse(null),
        d.custodyInOrder().stream().map(Custody::of).toList(),
        d.sourceId(),
        d.notes());
  }
}
