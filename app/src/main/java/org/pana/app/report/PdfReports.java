package org.pana.app.report;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders a report's XHTML page as PDF with the fonts bundled in {@code /fonts}: Noto Sans (Latin,
 * Cyrillic with the Kazakh letters), Noto Sans Arabic (right to left, joined, Uyghur letters
 * included) and Droid Sans Fallback (Han). Only the glyphs used are embedded.
 */
@Component
public class PdfReports {

  /** Renders one XHTML document to PDF bytes. */
  public byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
    font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
    font(builder, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
    font(builder, "NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700);
    font(builder, "DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400);
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ArabicShaping());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the report as PDF", e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
    builder.useFont(
        () -> PdfReports.class.getResourceAsStream("/fonts/" + file),
        family,
        weight,
        FontStyle.NORMAL,
        true);
  }
}
