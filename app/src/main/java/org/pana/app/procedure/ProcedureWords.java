package org.pana.app.procedure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.core.procedure.Anomaly;
import org.pana.core.procedure.Authority;
import org.pana.core.procedure.Deadline;
import org.pana.core.procedure.DeadlineStatus;
import org.pana.core.procedure.Procedure;
import org.pana.core.procedure.ProcedureWording;
import org.pana.core.procedure.Procedures;
import org.pana.core.procedure.Rule;
import org.pana.core.procedure.StepType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The procedure in words, from the message bundles: step names, deadline kinds and statuses, the
 * reasoning behind a deadline, anomalies, refusals of a step out of order, and rule sources split
 * into text and links. Pages reach it as {@code @procedureWords}; the API, the calendar feed and
 * the digest use it for every text a person reads, while the API keeps its codes beside.
 */
@Component("procedureWords")
public class ProcedureWords implements ProcedureWording {

  /** An address in a rule's source; it ends at a space (sources separate entries with " ; "). */
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s]+");

  private final MessageSource messages;
  private final Procedures procedures;

  public ProcedureWords(MessageSource messages, Procedures procedures) {
    this.messages = messages;
    this.procedures = procedures;
  }

  /** A refusal ground by what it says (its rule's title), or its id when no procedure knows it. */
  public String ground(String id) {
    return procedures.all().stream()
        .flatMap(p -> p.refusalGrounds().stream())
        .filter(r -> r.id().equals(id))
        .map(this::rule)
        .findFirst()
        .orElse(id);
  }

  /**
   * What a rule says, in the page's language ({@code rule.<id>} in the bundles; the procedure
   * file's English title where a bundle has none).
   */
  public String rule(Rule rule) {
    return messages.getMessage(
        "rule." + rule.id(), null, rule.title(), LocaleContextHolder.getLocale());
  }

  /** Who decides in a period, in the page's language ({@code authority.<rule id>}). */
  public String authority(Authority authority) {
    return messages.getMessage(
        "authority." + authority.rule().id(),
        null,
        authority.name(),
        LocaleContextHolder.getLocale());
  }

  /** A procedure's title, in the page's language ({@code procedure.title.<id>}). */
  public String title(Procedure procedure) {
    return messages.getMessage(
        "procedure.title." + procedure.id(),
        null,
        procedure.title(),
        LocaleContextHolder.getLocale());
  }

  /** A step's name, e.g. "asylum-seeker certificate issued". */
  public String step(StepType type) {
    return text("vocab.StepType." + type.name());
  }

  /** What is due, e.g. "asylum-seeker certificate expires". */
  public String kind(String kind) {
    return text("vocab.DeadlineKind." + kind);
  }

  /** A period, e.g. "3 months", "1 year 2 days", "the same day". */
  public String period(Period period) {
    if (period.isZero()) {
      return text("procedure.period.sameDay");
    }
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(text("procedure.period.years", period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(text("procedure.period.months", period.getMonths()));
    }
    if (period.getDays() != 0) {
      parts.add(text("procedure.period.days", period.getDays()));
    }
    return String.join(" ", parts);
  }

  /** A number of days, e.g. "333 days". */
  public String days(long days) {
    return text("procedure.period.days", days);
  }

  /** Where a deadline stands, e.g. "met on 2019-12-20", "late by 333 days (met on …)". */
  public String status(Deadline deadline) {
    String days = days(deadline.daysLate());
    return switch (deadline.status()) {
      case OPEN -> text("procedure.status.open");
      case MET ->
          deadline.metOn() == null
              ? text("procedure.status.met")
              : text("procedure.status.metOn", deadline.metOn().toString());
      case LATE -> text("procedure.status.late", days, deadline.metOn().toString());
      case OVERDUE -> text("procedure.status.overdue", days);
    };
  }

  /** How a deadline was counted, e.g. "3 months from asylum-seeker certificate issued on …". */
  public String basis(Deadline deadline) {
    return text(
        deadline.period().isZero() ? "procedure.basis.sameDay" : "procedure.basis",
        period(deadline.period()),
        step(deadline.from()),
        deadline.fromDate().toString());
  }

  /** An anomaly's heading, e.g. "Late petition." */
  public String title(Anomaly anomaly) {
    return text("vocab.Anomaly." + anomaly.code());
  }

  /**
   * What an anomaly is about, in a sentence or two, with the prompt its kind asks for. An anomaly
   * may have words of its own ({@code procedure.anomaly.<code>.late} or {@code .overdue}); the
   * others share the general ones. Every text gets the same arguments: {0} what was due, {1} its
   * day, {2} the day it was met, {3} the days late, {4} how it was counted, {5} the step that met
   * it, {6} the day it was counted from.
   */
  public String explanation(Anomaly anomaly) {
    Deadline deadline = anomaly.deadline();
    boolean late = deadline.status() == DeadlineStatus.LATE;
    Object[] args = {
      kind(deadline.kind()),
      deadline.due().toString(),
      deadline.metOn() == null ? "" : deadline.metOn().toString(),
      days(anomaly.days()),
      basis(deadline),
      deadline.metBy() == null ? "" : step(deadline.metBy()),
      deadline.fromDate().toString()
    };
    String own =
        optional("procedure.anomaly." + anomaly.code() + (late ? ".late" : ".overdue"), args);
    String text =
        own != null
            ? own
            : text(
                late
                    ? (deadline.metBy() == null
                        ? "procedure.anomaly.late"
                        : "procedure.anomaly.lateBy")
                    : "procedure.anomaly.overdue",
                args);
    String prompt = optional("procedure.anomaly.prompt." + anomaly.code());
    if (prompt != null) {
      text = text + " " + prompt;
    }
    if (anomaly.approximate()) {
      text = text + " " + text("procedure.anomaly.approximate");
    }
    return text;
  }

  @Override
  public String outOfOrder(StepType step, StepType after, Procedure procedure) {
    return after == null
        ? text("procedure.outOfOrder.first", step(step), title(procedure))
        : text("procedure.outOfOrder", step(step), step(after), title(procedure));
  }

  /** A deadline status in one word, e.g. "late". */
  public String statusName(DeadlineStatus status) {
    return text("vocab.DeadlineStatus." + status.name());
  }

  /**
   * A rule's source split into plain text and the addresses in it, so that a page links each
   * address (http and https only; anything else stays text).
   */
  public List<SourcePart> source(String source) {
    List<SourcePart> parts = new ArrayList<>();
    Matcher matcher = ADDRESS.matcher(source);
    int at = 0;
    while (matcher.find()) {
      String address = trimmed(matcher.group());
      int end = matcher.start() + address.length();
      if (!safe(address)) {
        continue;
      }
      if (matcher.start() > at) {
        parts.add(new SourcePart(source.substring(at, matcher.start()), null));
      }
      parts.add(new SourcePart(address, address));
      at = end;
    }
    if (at < source.length()) {
      parts.add(new SourcePart(source.substring(at), null));
    }
    return parts;
  }

  /**
   * A piece of a rule's source.
   *
   * @param text what is shown
   * @param href the address it links to, or null for plain text
   */
  public record SourcePart(String text, String href) {

    public boolean link() {
      return href != null;
    }
  }

  /** Punctuation that ends a sentence is not part of the address before it. */
  private static String trimmed(String address) {
    int end = address.length();
    while (end > 0 && ".,;:)]'\"".indexOf(address.charAt(end - 1)) >= 0) {
      end--;
    }
    return address.substring(0, end);
  }

  private static boolean safe(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private String optional(String key, Object... args) {
    String text = messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
    return text == null || text.isBlank() ? null : text;
  }

  /** Any message of the bundles in the current language (a digest's lines, say). */
  public String message(String key, Object... args) {
    return text(key, args);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
