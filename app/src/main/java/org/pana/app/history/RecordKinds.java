package org.pana.app.history;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pana.core.casefile.CaseFile;
import org.pana.core.consent.Consent;
import org.pana.core.document.Document;
import org.pana.core.evidence.Evidence;
import org.pana.core.need.Need;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.Person;
import org.pana.core.person.Relative;
import org.pana.core.problem.NotFound;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.RecordKind;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Revision;
import org.pana.core.report.Disclosure;
import org.pana.core.report.Report;
import org.pana.core.source.Source;
import org.pana.core.timeline.Event;
import org.springframework.stereotype.Component;

/**
 * Every kind of record Pana keeps, by name, so that a history asked for by id alone is read with
 * its kind's visibility rules: a record the reader may not see has no history for them either.
 */
@Component
public class RecordKinds {

  private static final Map<String, RecordKind<?>> KINDS =
      List.<RecordKind<?>>of(
              Person.KIND,
              Relative.KIND,
              CaseFile.KIND,
              CaseStep.KIND,
              Event.KIND,
              Document.KIND,
              Source.KIND,
              Evidence.KIND,
              Need.KIND,
              Consent.KIND,
              Organisation.KIND,
              Report.KIND,
              Disclosure.KIND)
          .stream()
          .collect(Collectors.toMap(RecordKind::name, Function.identity()));

  private final RecordStore store;

  public RecordKinds(RecordStore store) {
    this.store = store;
  }

  /** Every kind. */
  static Collection<RecordKind<?>> all() {
    return KINDS.values();
  }

  /** The kind of this name. */
  public static Optional<RecordKind<?>> named(String name) {
    return Optional.ofNullable(KINDS.get(name));
  }

  /**
   * The history of a record the reader may see, also when it is retracted.
   *
   * @throws NotFound when there is no such record, or the reader may not see it
   */
  public List<Revision> historyOf(String id) {
    // a retracted record keeps its history, which tells who retracted it and why
    List<Revision> revisions =
        store
            .includingRetracted(() -> store.kindOf(id))
            .flatMap(RecordKinds::named)
            .map(kind -> store.history(kind, id))
            .orElse(List.of());
    if (revisions.isEmpty()) {
      throw new NotFound("record", id);
    }
    return revisions;
  }
}
