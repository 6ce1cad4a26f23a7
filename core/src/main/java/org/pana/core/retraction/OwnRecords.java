package org.pana.core.retraction;

import java.util.ArrayList;
import java.util.List;
import org.pana.core.consent.Consent;
import org.pana.core.document.Document;
import org.pana.core.evidence.Evidence;
import org.pana.core.need.Need;
import org.pana.core.person.Relative;
import org.pana.core.record.RecordKind;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Recorded;
import org.pana.core.record.Stored;
import org.pana.core.source.Source;
import org.pana.core.timeline.Event;

/**
 * The records entered for a person, which follow them when they are retracted or erased: what was
 * recorded on their page (events and needs recorded there, also when they name others too;
 * documents, sources, consents, evidence files) and every third-party link to or from them, which
 * would lead nowhere without them. Records recorded on someone else's page that only name the
 * person stay with that someone.
 */
public final class OwnRecords {

  /** The kinds of record that can be entered for a person. */
  static final List<RecordKind<?>> KINDS =
      List.of(
          Event.KIND,
          Document.KIND,
          Source.KIND,
          Need.KIND,
          Consent.KIND,
          Evidence.KIND,
          Relative.KIND);

  private OwnRecords() {}

  /**
   * One record entered for a person.
   *
   * @param kind its kind
   * @param stored the record as the reader sees it
   */
  public record Own(RecordKind<?> kind, Stored<? extends Recorded> stored) {

    public String id() {
      return stored.value().id();
    }
  }

  /** The records entered for {@code personId} that the store's current reads show. */
  public static List<Own> of(RecordStore store, String personId) {
    List<Own> own = new ArrayList<>();
    for (RecordKind<?> kind : KINDS) {
      collect(store, kind, personId, own);
    }
    return own;
  }

  private static <T extends Recorded> void collect(
      RecordStore store, RecordKind<T> kind, String personId, List<Own> into) {
    for (Stored<T> stored : store.linkedTo(kind, personId)) {
      if (enteredFor(stored.value(), personId)) {
        into.add(new Own(kind, stored));
      }
    }
  }

  /** Whether {@code record} was entered for the person (its first person is the one it is on). */
  static boolean enteredFor(Recorded record, String personId) {
    return switch (record) {
      case Event e -> e.personIds().getFirst().equals(personId);
      case Need n -> n.personIds().getFirst().equals(personId);
      case Document d -> personId.equals(d.personId());
      case Source s -> personId.equals(s.personId());
      case Consent c -> personId.equals(c.personId());
      case Evidence e -> personId.equals(e.personId());
      case Relative r -> personId.equals(r.personId()) || personId.equals(r.relativeId());
      default -> false;
    };
  }
}
