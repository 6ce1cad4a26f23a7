package org.pana.app.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pana.app.portal.Portal;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.report.Blocker;
import org.pana.core.report.Disclosures;
import org.pana.core.report.RecipientKind;
import org.pana.core.report.ReportFormats;
import org.pana.core.report.ReportFormats.Rendering;
import org.pana.core.report.ReportText;
import org.pana.core.report.Reports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A report in each format it leaves in: Markdown, an HTML page, a PDF. Drafts say DRAFT in every
 * format; approved reports carry their version hash.
 */
@Component
public class ReportOutputs {

  /** The formats a report can be downloaded in. */
  public static final java.util.List<String> FORMATS = java.util.List.of("pdf", "html", "md");

  private final PdfReports pdf;
  private final MessageSource messages;
  private final Portal portal;

  public ReportOutputs(PdfReports pdf, MessageSource messages, Portal portal) {
    this.pdf = pdf;
    this.messages = messages;
    this.portal = portal;
  }

  /** A release to the public portal is refused while the portal is off. */
  public void checkPortal(Disclosures.ReleaseDraft draft) {
    if (RecipientKind.PUBLIC_PORTAL.name().equals(draft.recipientKind()) && !portal.enabled()) {
      throw new ValidationFailed(
          "recipientKind",
          "portal_off",
          messages.getMessage("portal.off", null, LocaleContextHolder.getLocale()));
    }
  }

  /** The report in a format, as a download. */
  public ResponseEntity<byte[]> download(Reports.Reading reading, String format) {
    if (!reading.draft() && reading.blocker() != null) {
      throw new Conflict(
          "report_blocked",
          "This approved report may not leave any more: " + reading.blocker().text());
    }
    Rendering rendering =
        new Rendering(reading.draft(), reading.draft() ? null : reading.hash(), null);
    String name =
        "report-"
            + reading.report().value().id().substring(0, 8)
            + (reading.draft() ? "-draft" : "")
            + "."
            + format;
    byte[] body;
    MediaType type;
    switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
      case "md" -> {
        body = ReportFormats.markdown(reading.text(), rendering).getBytes(StandardCharsets.UTF_8);
        type = new MediaType("text", "markdown", StandardCharsets.UTF_8);
      }
      case "html" -> {
        body = ReportFormats.xhtml(reading.text(), rendering).getBytes(StandardCharsets.UTF_8);
        type = new MediaType("text", "html", StandardCharsets.UTF_8);
      }
      case "pdf" -> {
        body = pdf.render(ReportFormats.xhtml(reading.text(), rendering));
        type = MediaType.APPLICATION_PDF;
      }
      default ->
          throw new ValidationFailed(
              "format", "unknown_format", "Ask for format=md, format=html or format=pdf.");
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .header("X-Report-Status", reading.report().value().status().name())
        .header("X-Report-Hash", reading.hash())
        .body(body);
  }

  /** A heading or the draft line of a report, in the report's language (not the page's). */
  public String word(ReportText text, String key) {
    return ReportFormats.word(text, key);
  }

  /**
   * Why the report may not be approved or released, in the reader's language ({@code
   * report.blocker.<code>}: {0} whom it concerns, {1} the day, {2} the consent, {3} the day it was
   * withdrawn).
   *
   * @param who how the page names the person it concerns: their name, else their id
   */
  public String blocker(Blocker blocker, String who) {
    return messages.getMessage(
        "report.blocker." + blocker.code(),
        new Object[] {
          who == null ? "" : who,
          blocker.day(),
          blocker.consentId() == null ? "" : blocker.consentId(),
          blocker.withdrawn() == null ? "" : blocker.withdrawn()
        },
        LocaleContextHolder.getLocale());
  }

  /** How the preview names a redaction, in the reader's language. */
  public String reason(org.pana.core.report.Redaction redaction) {
    return messages.getMessage(
        "report.redaction." + redaction.name(), null, LocaleContextHolder.getLocale());
  }
}
