package org.pana.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pana.core.date.PartialDate;
import org.pana.core.timeline.Event;

/**
 * The order a report tells events in: month by month (by the first day each date can mean), and
 * within a month in the order they happened where their days are known, else in the order they were
 * recorded. So two events "in March 2019" keep the order the volunteer recorded them in, and one on
 * 5 March comes before one on 20 March.
 */
public final class EventOrder {

  private EventOrder() {}

  /**
   * The events in telling order.
   *
   * @param recorded the events in the order they were recorded (each once)
   */
  public static List<Event> of(Collection<Event> recorded) {
    Map<YearMonth, List<Event>> months = new LinkedHashMap<>();
    List<Event> undated = new ArrayList<>();
    for (Event event : recorded) {
      if (event.date() == null) {
        undated.add(event);
      } else {
        months
            .computeIfAbsent(YearMonth.from(event.date().earliest()), m -> new ArrayList<>())
            .add(event);
      }
    }
    List<Event> ordered = new ArrayList<>();
    months.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(month -> ordered.addAll(withinAMonth(month.getValue())));
    ordered.addAll(undated);
    return ordered;
  }

  /**
   * One month's events: those whose day is known are sorted by it among the places they hold; the
   * others keep their recorded places.
   */
  private static List<Event> withinAMonth(List<Event> recorded) {
    List<Event> days =
        recorded.stream()
            .filter(EventOrder::dayKnown)
            .sorted(Comparator.comparing((Event e) -> e.date().earliest()))
            .toList();
    List<Event> out = new ArrayList<>(recorded.size());
    int next = 0;
    for (Event event : recorded) {
      out.add(dayKnown(event) ? days.get(next++) : event);
    }
    return out;
  }

  private static boolean dayKnown(Event event) {
    PartialDate date = event.date();
    LocalDate first = date.earliest();
    return date.precision() == PartialDate.Precision.DAY && first.equals(date.latest());
  }
}
