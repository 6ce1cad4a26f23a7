package org.pana.app.procedure;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.pana.app.acting.Author;
import org.pana.app.web.PageController;
import org.pana.core.account.AccountStore;
import org.pana.core.need.Needs;
import org.pana.core.need.TaskItem;
import org.pana.core.problem.Locked;
import org.pana.core.procedure.CaseProcedures;
import org.pana.core.procedure.Deadline;
import org.pana.core.procedure.DueItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A personal iCalendar feed (RFC 5545) of the deadlines of the cases the account may see and of its
 * follow-up tasks, for the next year and what is overdue. The secret token in the URL authenticates
 * it ({@link CalendarFeeds}). Event titles carry no person's name, and a case's title only when the
 * account chose so; descriptions give the rule and its source.
 */
@PageController
public class CalendarFeed {

  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final CaseProcedures procedures;
  private final Needs needs;
  private final Author author;
  private final MessageSource messages;
  private final ProcedureWords words;
  private final AccountStore accounts;

  public CalendarFeed(
      CaseProcedures procedures,
      Needs needs,
      Author author,
      MessageSource messages,
      ProcedureWords words,
      AccountStore accounts) {
    this.procedures = procedures;
    this.needs = needs;
    this.author = author;
    this.messages = messages;
    this.words = words;
    this.accounts = accounts;
  }

  /** The token in the path was checked by {@link CalendarFeeds}, which set the account. */
  @GetMapping("/calendar/{token}.ics")
  ResponseEntity<String> feed(
      @PathVariable String token, jakarta.servlet.http.HttpServletRequest request) {
    boolean withNames = Boolean.TRUE.equals(request.getAttribute(CalendarFeeds.WITH_NAMES));
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    // in the language the account reads Pana in, whatever language the calendar application asks
    // for: every word of the feed from one language
    Locale before = LocaleContextHolder.getLocale();
    try {
      LocaleContextHolder.setLocale(
          accounts
              .language(author.current().accountId())
              .map(Locale::forLanguageTag)
              .orElse(Locale.ENGLISH));
      LocalDate today = procedures.today();
      List<DueItem> due = procedures.due(today.plusYears(1));
      List<TaskItem> tasks = needs.tasksDue(today.plusYears(1), author.current().login());
      Calendar calendar =
          new Calendar().withProdId("-//Pana//Deadlines//EN").withDefaults().getFluentTarget();
      for (DueItem item : due) {
        Deadline deadline = item.deadline();
        String caseId = item.caseFile().value().id();
        String what = words.kind(deadline.kind());
        String where =
            withNames
                ? item.caseFile().value().title()
                : text("calendar.event.case", caseId.substring(0, 8));
        VEvent event = new VEvent(deadline.due(), what + " · " + where);
        event
            .withProperty(new Uid(caseId + "-" + deadline.kind() + "-" + deadline.due() + "@pana"))
            .withProperty(
                new Description(
                    words.status(deadline)
                        + "\n"
                        + words.basis(deadline)
                        + "\n"
                        + text("procedure.rule", words.rule(deadline.rule()))
                        + "\n"
                        + deadline.rule().source()))
            .withProperty(new Url(URI.create(base + "/cases/" + caseId)));
        calendar.withComponent(event);
      }
      for (TaskItem task : tasks) {
        String needId = task.need().value().id();
        String category = text("vocab.NeedCategory." + task.need().value().category());
        String summary =
            withNames ? task.task().title() : text("calendar.event.task") + " · " + category;
        VEvent event = new VEvent(task.task().due(), summary);
        event
            .withProperty(
                new Uid(
                    needId + "-" + Integer.toHexString(task.task().title().hashCode()) + "@pana"))
            .withProperty(
                new Url(
                    URI.create(base + "/people/" + task.need().value().personIds().getFirst())));
        calendar.withComponent(event);
      }
      return ResponseEntity.ok().contentType(CALENDAR).body(calendar.toString());
    } catch (Locked e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(MediaType.TEXT_PLAIN)
          .body("Pana is locked; an administrator must log in first.\n");
    } finally {
      LocaleContextHolder.setLocale(before);
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
