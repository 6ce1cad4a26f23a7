package org.pana.core.document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A person's document and its custody history.
 *
 * @param id record id
 * @param personId the holder
 * @param type what kind of document
 * @param number its number, free form
 * @param issuer the issuing authority
 * @param issued issue date
 * @param expires expiry date
 * @param custody custody changes in the order they were recorded
 * @param sourceId who told us about the document
 * @param notes anything else
 */
public record Document(
    String id,
    String personId,
    DocumentType type,
    String number,
    String issuer,
    PartialDate issued,
    PartialDate expires,
    List<CustodyChange> custody,
    String sourceId,
    String notes)
    implements Recorded {

  public static final RecordKind<Document> KIND =
      RecordKind.of("document", Document.class, d -> Set.of(d.personId()));

  public Document {
    custody = List.copyOf(custody);
  }

  /**
   * The custody history in time order: dated changes by date, undated ones where they were recorded
   * relative to each other (after the dated ones).
   */
  public List<CustodyChange> custodyInOrder() {
    return custody.stream()
        .sorted(
            Comparator.comparing(
                CustodyChange::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())))
        .toList();
  }

  /** The latest custody state, if any was recorded. */
  public Optional<CustodyChange> currentCustody() {
    List<CustodyChange> ordered = custodyInOrder();
    return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
  }
}
