package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pana.core.report.ReportFormats;
import org.pana.core.report.ReportText;
import org.pana.core.report.ReportText.Paragraph;
import org.pana.core.report.ReportText.Section;
import org.pana.core.report.ReportText.Span;

/**
 * The PDF carries every script a report may name a person in: the text extracted from it is the
 * text put in, and its page renders with ink on it. The names are invented.
 */
class PdfReportsTest {

  private static final String KAZAKH = "Нұрлан Серікұлы әғқңөұүһі";
  private static final String UYGHUR = "نۇرلان سەرىكۇلى";
  private static final String HANZI = "努尔兰·赛力克 伊犁哈萨克自治州";
  private static final String RUSSIAN = "Ходатайство о статусе беженца зарегистрировано";

  @Test
  void everyScriptSurvivesTheRoundTrip() throws IOException {
    byte[] pdf =
        new PdfReports()
            .render(ReportFormats.xhtml(report(), new ReportFormats.Rendering(true, null, null)));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text =
          Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
      assertThat(text)
          .contains(KAZAKH)
          .contains(UYGHUR)
          .contains("努尔兰·赛力克")
          .contains("伊犁哈萨克自治州")
          .contains(RUSSIAN)
          .contains("DRAFT");
      List<String> fonts = new java.util.ArrayList<>();
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        fonts.add(font.getName());
      }
      assertThat(String.join(" ", fonts))
          .as("the bundled fonts are embedded")
          .contains("NotoSans")
          .contains("NotoSansArabic")
          .contains("DroidSansFallback");

      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      int ink = 0;
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
            ink++;
          }
        }
      }
      assertThat(ink).as("pixels with ink on page 1").isGreaterThan(2_000);
    }
  }

  @Test
  void uyghurLettersAreJoined() {
    ArabicShaping shaping = new ArabicShaping();
    String shaped = shaping.shapeText("سەرىكۇلى");
    assertThat(shaped)
        .as("every letter takes a presentation form, ى joined to its neighbours included")
        .doesNotContain("ى")
        .doesNotContain("ك");
    assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo("سەرىكۇلى");
  }

  private static ReportText report() {
    return new ReportText(
        "en",
        "Account: " + KAZAKH,
        "Example Group",
        LocalDate.of(2026, 11, 25),
        List.of(
            new Section(
                "Names",
                List.of(
                    new Paragraph(List.of(Span.plain(KAZAKH))),
                    new Paragraph(List.of(Span.plain(UYGHUR))),
                    new Paragraph(List.of(Span.plain(HANZI))),
                    new Paragraph(List.of(Span.plain(RUSSIAN)))),
                false)),
        new Paragraph(List.of(Span.plain("The person's own testimony."))));
  }
}
