package org.pana.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a report says, already redacted: nothing in it is more than may leave the casebook. Each
 * piece of text that differs from the case file carries the reason, so a preview can mark it; the
 * original is not kept here, so no output format can show it.
 *
 * @param language {@code en} or {@code ru}
 * @param title the heading
 * @param organisation the name of the organisation that releases it
 * @param date the day it was written (the day of approval once approved)
 * @param sections its sections, in order
 * @param sources the statement of sources, in general terms
 * @param photos photographs published with consent, their metadata stripped
 */
public record ReportText(
    String language,
    String title,
    String organisation,
    LocalDate date,
    List<Section> sections,
    Paragraph sources,
    List<Photo> photos) {

  public ReportText {
    sections = List.copyOf(sections);
    photos = photos == null ? List.of() : List.copyOf(photos);
  }

  /** A report without photographs. */
  public ReportText(
      String language,
      String title,
      String organisation,
      LocalDate date,
      List<Section> sections,
      Paragraph sources) {
    this(language, title, organisation, date, sections, sources, List.of());
  }

  /**
   * A photograph as it leaves: redrawn from its pixels, so no metadata of the original survives.
   *
   * @param caption what it shows, in general terms
   * @param mediaType its type ({@code image/jpeg})
   * @param base64 its bytes
   * @param sha256 the SHA-256 of its bytes, hex (part of the report's version)
   */
  public record Photo(String caption, String mediaType, String base64, String sha256) {}

  /**
   * One section.
   *
   * @param heading its heading
   * @param paragraphs its paragraphs; a list section shows each as an item
   * @param list whether the paragraphs are items of a list
   */
  public record Section(String heading, List<Paragraph> paragraphs, boolean list) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** A paragraph: text made of spans. */
  public record Paragraph(List<Span> spans) {
    public Paragraph {
      spans = List.copyOf(spans);
    }

    /** The plain text. */
    public String text() {
      return spans.stream().map(Span::text).collect(Collectors.joining());
    }
  }

  /**
   * A run of text, and why it differs from the case file (null when it does not).
   *
   * @param text what the report shows
   * @param redaction why it is shown this way, or null
   */
  public record Span(String text, Redaction redaction) {
    public static Span plain(String text) {
      return new Span(text, null);
    }
  }

  /** How many pieces were redacted, by reason: for the preview's summary. */
  public java.util.Map<Redaction, Long> redactionCounts() {
    return sections.stream()
        .flatMap(s -> s.paragraphs().stream())
        .flatMap(p -> p.spans().stream())
        .filter(s -> s.redaction() != null)
        .collect(
            Collectors.groupingBy(
                Span::redaction,
                () -> new java.util.EnumMap<>(Redaction.class),
                Collectors.counting()));
  }
}
