package org.pana.core.source;

import java.util.Set;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * Who gave a piece of information, how and when, and how reliable they are. Every name, field,
 * event and document entry points at a source.
 *
 * @param id record id
 * @param personId the person the information is about (nullable for general sources)
 * @param informant who gave it, in words ("the person", "her brother", "court ruling"); may be
 *     identifying, so it is kept like any other identifying value
 * @param relation how the informant stands to the person
 * @param date when the information was given
 * @param channel how it reached us
 * @param reliability the source's grade
 * @param notes anything else worth knowing about the source
 */
public record Source(
    String id,
    String personId,
    String informant,
    SourceRelation relation,
    PartialDate date,
    Channel channel,
    Reliability reliability,
    String notes)
    implements Recorded {

  public static final RecordKind<Source> KIND =
      RecordKind.of(
          "source", Source.class, s -> s.personId() == null ? Set.of() : Set.of(s.personId()));
}
