package org.pana.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Span;

/**
 * Runs of report text: joining, capitalising and replacing inside them. A redacted span is never
 * looked into again, so a later rule cannot undo or split what an earlier one marked.
 */
final class Spans {

  private Spans() {}

  /** A paragraph of spans, without trailing blanks. */
  static Paragraph paragraph(List<Span> spans) {
    List<Span> out = merged(spans);
    if (!out.isEmpty() && out.get(out.size() - 1).redaction() == null) {
      Span last = out.remove(out.size() - 1);
      if (!last.text().strip().isEmpty()) {
        out.add(Span.plain(last.text().stripTrailing()));
      }
    }
    return new Paragraph(out);
  }

  /** Adjacent plain spans joined, empty plain spans dropped; redacted spans stay one by one. */
  static List<Span> merged(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      if (span.redaction() == null && span.text().isEmpty()) {
        continue;
      }
      if (span.redaction() == null
          && !out.isEmpty()
          && out.get(out.size() - 1).redaction() == null) {
        Span last = out.remove(out.size() - 1);
        out.add(Span.plain(last.text() + span.text()));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** The first letter of the first non-empty span in upper case. */
  static List<Span> capitalised(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    for (int i = 0; i < out.size(); i++) {
      Span span = out.get(i);
      if (!span.text().isEmpty()) {
        int first = span.text().codePointAt(0);
        String text =
            new String(Character.toChars(Character.toUpperCase(first)))
                + span.text().substring(Character.charCount(first));
        out.set(i, new Span(text, span.redaction()));
        break;
      }
    }
    return out;
  }

  /** Every match of {@code pattern} in the plain spans replaced by {@code replacement}. */
  static List<Span> replace(List<Span> spans, Pattern pattern, Span replacement) {
    return replace(spans, pattern, match -> replacement);
  }

  /**
   * Every match of {@code pattern} in the plain spans replaced by what {@code replacement} makes of
   * it; where it makes null, the text stays as it is.
   */
  static List<Span> replace(
      List<Span> spans, Pattern pattern, Function<MatchResult, Span> replacement) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      if (span.redaction() != null) {
        out.add(span);
        continue;
      }
      Matcher matcher = pattern.matcher(span.text());
      int at = 0;
      while (matcher.find()) {
        Span instead = replacement.apply(matcher.toMatchResult());
        if (instead == null) {
          continue;
        }
        out.add(Span.plain(span.text().substring(at, matcher.start())));
        out.add(instead);
        at = matcher.end();
      }
      out.add(Span.plain(span.text().substring(at)));
    }
    return merged(out);
  }
}
