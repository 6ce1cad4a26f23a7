package org.pana.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Section;
import org.pana.core.report.ReportText.Span;

/**
 * Writes a report as Markdown (plain enough to paste into an e-mail) and as an XHTML page (which
 * the PDF is rendered from). Drafts carry a DRAFT line in every format; approved reports carry
 * their version hash.
 */
public final class ReportFormats {

  private ReportFormats() {}

  /**
   * How to write a report.
   *
   * @param draft whether it is a draft (marked as such)
   * @param hash the approved version's hash, or null
   * @param marks for a preview: how to name each redaction (marks shown), or null (not shown)
   * @param stylesheet the address of a style sheet to link instead of the inline styles (for pages
   *     served under a content security policy), or null
   */
  public record Rendering(
      boolean draft, String hash, Function<Redaction, String> marks, String stylesheet) {

    /** Styles inline: for downloads and the PDF. */
    public Rendering(boolean draft, String hash, Function<Redaction, String> marks) {
      this(draft, hash, marks, null);
    }
  }

  /**
   * A word of a report's own language that is not part of its text, for a page that shows the
   * report inside the casebook: {@code heading.sources}, {@code heading.photos} or {@code draft}. A
   * Russian report gets Russian headings whatever the language of the page around it.
   */
  public static String word(ReportText text, String key) {
    if (!List.of("heading.sources", "heading.photos", "draft").contains(key)) {
      throw new IllegalArgumentException("No report word " + key);
    }
    return words(text.language()).getString(key);
  }

  /** The SHA-256 of a text's clean Markdown: the version an approval freezes. */
  public static String hash(ReportText text) {
    try {
      StringBuilder version = new StringBuilder(markdown(text, new Rendering(false, null, null)));
      for (ReportText.Photo photo : text.photos()) {
        version.append("\nphoto ").append(photo.sha256());
      }
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(version.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The report as Markdown. */
  public static String markdown(ReportText text, Rendering rendering) {
    ResourceBundle words = words(text.language());
    StringBuilder out = new StringBuilder();
    if (rendering.draft()) {
      out.append("**").append(words.getString("draft")).append("**\n\n");
    }
    out.append("# ").append(escape(text.title())).append("\n\n");
    out.append(escape(prepared(text, words))).append("\n\n");
    for (Section section : text.sections()) {
      out.append("## ").append(escape(section.heading())).append("\n\n");
      for (Paragraph paragraph : section.paragraphs()) {
        out.append(section.list() ? "- " : "").append(escape(paragraph.text()));
        out.append(section.list() ? "\n" : "\n\n");
      }
      if (section.list()) {
        out.append('\n');
      }
    }
    if (!text.photos().isEmpty()) {
      out.append("## ").append(escape(words.getString("heading.photos"))).append("\n\n");
      for (ReportText.Photo photo : text.photos()) {
        out.append("- ")
            .append(escape(photo.caption()))
            .append(" ")
            .append(escape(words.getString("photo.elsewhere")))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("## ").append(escape(words.getString("heading.sources"))).append("\n\n");
    out.append(escape(text.sources().text())).append("\n");
    if (rendering.hash() != null) {
      out.append("\n").append(version(rendering.hash(), words)).append("\n");
    }
    return out.toString();
  }

  /** The report as a standalone XHTML page (also the source of the PDF). */
  public static String xhtml(ReportText text, Rendering rendering) {
    ResourceBundle words = words(text.language());
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(text.language())
        // Uyghur reads right to left; a paragraph opening with another script keeps its own way
        .append("ug".equals(text.language()) ? "\" dir=\"rtl" : "")
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(html(text.title()))
        .append("</title>\n");
    if (rendering.stylesheet() == null) {
      out.append("<style>\n").append(STYLE).append("</style>\n");
    } else {
      out.append("<link rel=\"stylesheet\" href=\"")
          .append(html(rendering.stylesheet()))
          .append("\"/>\n");
    }
    out.append("</head>\n<body>\n");
    if (rendering.draft()) {
      out.append("<p class=\"draft\">").append(html(words.getString("draft"))).append("</p>\n");
    }
    out.append("<h1>").append(html(text.title())).append("</h1>\n");
    out.append("<p class=\"meta\">").append(html(prepared(text, words))).append("</p>\n");
    for (Section section : text.sections()) {
      out.append("<h2>").append(html(section.heading())).append("</h2>\n");
      if (section.list()) {
        out.append("<ul>\n");
      }
      for (Paragraph paragraph : section.paragraphs()) {
        out.append(section.list() ? "<li" : "<p").append(direction(paragraph)).append('>');
        spans(out, paragraph, rendering.marks());
        out.append(section.list() ? "</li>\n" : "</p>\n");
      }
      if (section.list()) {
        out.append("</ul>\n");
      }
    }
    if (!text.photos().isEmpty()) {
      out.append("<h2>").append(html(words.getString("heading.photos"))).append("</h2>\n");
      for (ReportText.Photo photo : text.photos()) {
        out.append("<div class=\"photo\"><img src=\"data:")
            .append(html(photo.mediaType()))
            .append(";base64,")
            .append(photo.base64())
            .append("\" alt=\"")
            .append(html(photo.caption()))
            .append("\"/><p>")
            .append(html(photo.caption()))
            .append("</p></div>\n");
      }
    }
    out.append("<h2>").append(html(words.getString("heading.sources"))).append("</h2>\n<p>");
    spans(out, text.sources(), rendering.marks());
    out.append("</p>\n");
    if (rendering.hash() != null) {
      out.append("<p class=\"version\">")
          .append(html(version(rendering.hash(), words)))
          .append("</p>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static final String STYLE =
      """
      body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Droid Sans Fallback', sans-serif;
             font-size: 11pt; line-height: 1.45; max-width: 42em; margin: 2em auto; color: #1a1a1a; }
      h1 { font-size: 18pt; margin-bottom: 0.2em; }
      h2 { font-size: 13pt; margin-top: 1.4em; }
      .meta, .version { color: #555; font-size: 9.5pt; }
      .draft { border: 2px solid #b00020; color: #b00020; font-weight: bold; padding: 0.3em 0.6em; }
      mark.redaction { background: #fff1b8; border-bottom: 1px dotted #8a6d00; }
      mark.redaction sup { color: #8a6d00; font-size: 7pt; }
      .photo img { width: 10cm; max-width: 100%; }
      .photo p { color: #555; font-size: 9.5pt; }
      @page { size: A4; margin: 2cm; }
      """;

  private static void spans(
      StringBuilder out, Paragraph paragraph, Function<Redaction, String> marks) {
    for (Span span : paragraph.spans()) {
      if (marks != null && span.redaction() != null) {
        String reason = marks.apply(span.redaction());
        out.append("<mark class=\"redaction\" data-redaction=\"")
            .append(span.redaction().name())
            .append("\" title=\"")
            .append(html(reason))
            .append("\">")
            .append(html(span.text()))
            .append("<sup>[")
            .append(html(reason))
            .append("]</sup></mark>");
      } else {
        out.append(html(span.text()));
      }
    }
  }

  /** Right to left for a paragraph whose first strong letter is (an Arabic-script name). */
  private static String direction(Paragraph paragraph) {
    java.text.Bidi bidi =
        new java.text.Bidi(paragraph.text(), java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    return bidi.baseIsLeftToRight() ? "" : " dir=\"rtl\"";
  }

  private static String prepared(ReportText text, ResourceBundle words) {
    return new com.ibm.icu.text.MessageFormat(
            words.getString("prepared"), new com.ibm.icu.util.ULocale(text.language()))
        .format(
            java.util.Map.of(
                "organisation",
                text.organisation(),
                "date",
                ReportBuilder.longDate(text.date(), text.language())));
  }

  private static String version(String hash, ResourceBundle words) {
    return new com.ibm.icu.text.MessageFormat(words.getString("version"))
        .format(java.util.Map.of("hash", hash));
  }

  private static ResourceBundle words(String language) {
    return Wording.bundle(language);
  }

  /** Text safe inside XHTML elements and attributes. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text that Markdown shows as written. */
  static String escape(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ")
        .replaceAll("([\\\\`*_<>])", "\\\\$1")
        .replace("](", "]\\(");
  }
}
