package org.pana.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Span;
import org.pana.core.source.Source;
import org.pana.core.source.SourceRelation;

/**
 * The kinds of source a report draws on, gathered as it is written, and the statement of sources in
 * general terms that closes it (never who told what).
 */
final class Citations {

  private static final Set<SourceRelation> FAMILY =
      EnumSet.of(
          SourceRelation.SPOUSE,
          SourceRelation.PARENT,
          SourceRelation.CHILD,
          SourceRelation.SIBLING,
          SourceRelation.OTHER_RELATIVE);

  private final Map<String, Source> sources;
  private final Set<SourceRelation> cited = new LinkedHashSet<>();

  Citations(Map<String, Source> sources) {
    this.sources = sources;
  }

  /** Notes that the report tells something from this source. */
  void note(String sourceId) {
    if (sourceId != null && sources.containsKey(sourceId)) {
      Source source = sources.get(sourceId);
      if (source.relation() != null) {
        cited.add(source.relation());
      }
    }
  }

  /** The statement of sources. */
  Paragraph statement(Wording words, String organisation) {
    List<String> kinds = new ArrayList<>();
    for (SourceRelation relation : SourceRelation.values()) {
      if (!cited.contains(relation)) {
        continue;
      }
      String key = FAMILY.contains(relation) ? "source.FAMILY" : "source." + relation.name();
      String kind = words.text(key);
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      kinds.add(words.text("source.none"));
    }
    String list =
        kinds.size() == 1
            ? kinds.get(0)
            : String.join(words.text("list.comma"), kinds.subList(0, kinds.size() - 1))
                + words.text("sources.and")
                + kinds.get(kinds.size() - 1);
    return Spans.paragraph(
        List.of(
            Span.plain(
                words.message("sources", Map.of("list", list, "organisation", organisation)))));
  }
}
