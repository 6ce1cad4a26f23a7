package org.pana.app.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pana.app.web.PageController;
import org.pana.core.statistics.Statistics;
import org.pana.core.statistics.Statistics.Table;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Aggregate counts for coordinators, as they may be published: small cells suppressed, charts drawn
 * on the server as SVG (readable without JavaScript), and the same table as CSV.
 */
@PageController
public class StatisticsPages {

  private final Statistics statistics;
  private final MessageSource messages;

  public StatisticsPages(Statistics statistics, MessageSource messages) {
    this.statistics = statistics;
    this.messages = messages;
  }

  /**
   * One table as shown: each row's label, its published count (null when suppressed) and its chart.
   *
   * @param key what it counts by
   * @param title its heading
   * @param unit people or cases, in words
   * @param rows label to published count, in order
   * @param chart the chart as SVG markup
   */
  public record Shown(
      String key, String title, String unit, Map<String, Double> rows, String chart) {}

  @GetMapping("/statistics")
  String page(Model model) {
    Statistics.Aggregate aggregate = statistics.count();
    model.addAttribute("aggregate", aggregate);
    model.addAttribute("tables", aggregate.tables().stream().map(this::shown).toList());
    model.addAttribute("smallCell", Statistics.SMALL_CELL);
    return "statistics";
  }

  /**
   * The same tables as CSV in UTF-8, with a byte order mark first (without it, Excel reads a Kazakh
   * or Uyghur header as another encoding): the header in the reader's language, then one row per
   * cell with the table and unit as codes ({@code region}, {@code people}), the category in words
   * and the published count ({@code <5} when suppressed).
   */
  @GetMapping("/statistics.csv")
  ResponseEntity<byte[]> csv() {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    message("stats.column.table"),
                    message("stats.column.unit"),
                    message("stats.column.category"),
                    message("stats.column.count"))
                .get())) {
      for (Table table : statistics.count().tables()) {
        for (var row : table.rows().entrySet()) {
          Double published = Table.published(row.getValue());
          csv.printRecord(
              table.key(),
              table.unit(),
              label(table.key(), row.getKey()),
              published == null ? "<" + Statistics.SMALL_CELL : number(published));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("pana-statistics.csv").build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Shown shown(Table table) {
    Map<String, Double> rows = new LinkedHashMap<>();
    table
        .rows()
        .forEach(
            (category, count) -> rows.put(label(table.key(), category), Table.published(count)));
    return new Shown(
        table.key(),
        message("stats.table." + table.key()),
        message("stats.unit." + table.unit()),
        rows,
        Charts.bars(rows, message("stats.suppressed", Statistics.SMALL_CELL)));
  }

  /**
   * A category in words: vocabularies through the message bundle, regions as the gazetteer names
   * them in the reader's language, years and ages as they are.
   */
  private String label(String table, String category) {
    if (table.equals("region") && !category.equals("unknown")) {
      return statistics.regionName(category, LocaleContextHolder.getLocale().getLanguage());
    }
    String key =
        switch (table) {
          case "status" -> "vocab.CaseStatus." + category;
          case "needs" -> "vocab.NeedCategory." + category;
          case "outcome" -> "stats.outcome." + category.replace(' ', '-');
          default -> category.equals("unknown") ? "stats.unknown" : null;
        };
    return key == null ? category : message(key);
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  /** A count as shown: whole, or to one decimal. */
  public static String number(double count) {
    return count == Math.rint(count)
        ? Long.toString((long) count)
        : String.format(Locale.ROOT, "%.1f", count);
  }
}
