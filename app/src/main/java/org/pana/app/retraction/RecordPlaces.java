package org.pana.app.retraction;

import org.pana.core.consent.Consent;
import org.pana.core.document.Document;
import org.pana.core.evidence.Evidence;
import org.pana.core.need.Need;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.Recorded;
import org.pana.core.source.Source;
import org.pana.core.timeline.Event;

/** Where a record is shown: the page a retraction returns to (ids only, never names). */
final class RecordPlaces {

  private RecordPlaces() {}

  static String pageOf(Recorded record) {
    return switch (record) {
      case Person p -> "/people";
      case Event e -> "/people/" + e.personIds().getFirst() + "#timeline";
      case Document d -> "/people/" + d.personId() + "#documents";
      case Source s -> s.personId() == null ? "/people" : "/people/" + s.personId() + "#sources";
      case Need n -> "/people/" + n.personIds().getFirst() + "#needs";
      case Consent c -> "/people/" + c.personId() + "#consents";
      case Evidence e -> "/people/" + e.personId() + "#evidence";
      case Relative r -> "/people/" + r.personId() + "#relatives";
      case CaseStep s -> "/cases/" + s.caseId() + "#procedure";
      default -> "/";
    };
  }
}
