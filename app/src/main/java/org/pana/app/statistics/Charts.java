package org.pana.app.statistics;

import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Horizontal bar charts as SVG markup, drawn on the server: presentation attributes only (no inline
 * styles or scripts, which the content security policy forbids), a title for screen readers, and
 * each bar labelled with its count.
 */
final class Charts {

  private static final int ROW = 22;
  private static final int LABEL = 260;
  private static final int BAR = 360;

  private Charts() {}

  /** Bars for published counts; a suppressed count (null) is labelled, not drawn. */
  static String bars(Map<String, Double> rows, String suppressed) {
    double max =
        rows.values().stream()
            .filter(v -> v != null)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(0);
    int height = Math.max(ROW, rows.size() * ROW) + 4;
    int width = LABEL + BAR + 80;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">");
    int y = 2;
    for (var row : rows.entrySet()) {
      svg.append("<text x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">")
          .append(HtmlUtils.htmlEscape(row.getKey(), "UTF-8"))
          .append("</text>");
      Double count = row.getValue();
      if (count == null) {
        svg.append("<text x=\"")
            .append(LABEL)
            .append("\" y=\"")
            .append(y + 15)
            .append("\" font-size=\"12\" fill=\"#6b6b6b\">")
            .append(HtmlUtils.htmlEscape(suppressed, "UTF-8"))
            .append("</text>");
      } else {
        int length = max == 0 ? 0 : (int) Math.round(BAR * count / max);
        svg.append("<rect x=\"")
            .append(LABEL)
            .append("\" y=\"")
            .append(y + 3)
            .append("\" width=\"")
            .append(Math.max(length, 1))
            .append("\" height=\"")
            .append(ROW - 6)
            .append("\" fill=\"#2f6f8f\"><title>")
            .append(
                HtmlUtils.htmlEscape(row.getKey() + ": " + StatisticsPages.number(count), "UTF-8"))
            .append("</title></rect><text x=\"")
            .append(LABEL + length + 6)
            .append("\" y=\"")
            .append(y + 15)
            .append("\" font-size=\"12\" fill=\"#1a1a1a\">")
            .append(StatisticsPages.number(count))
            .append("</text>");
      }
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }
}
