package org.pana.core.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pana.core.casefile.CaseFile;
import org.pana.core.date.PartialDate;
import org.pana.core.need.Need;
import org.pana.core.need.NeedStatus;
import org.pana.core.person.Person;
import org.pana.core.place.Gazetteer;
import org.pana.core.procedure.CaseStep;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;
import org.pana.core.timeline.Event;
import org.pana.core.timeline.EventType;

/**
 * Aggregate counts for coordinators: the people in cases by region of origin, year of arrival and
 * age at arrival; the cases by status and procedure outcome; the people with open needs by kind.
 * Uncertain dates are spread over their range (a person who arrived "2017-04/2018-02" counts 0.9 in
 * 2017 and 0.1 in 2018), so counts may be fractional. Cells under {@value #SMALL_CELL} are
 * suppressed in anything that leaves the casebook.
 */
public final class Statistics {

  /** Counts under this many people are not published. */
  public static final int SMALL_CELL = 5;

  private static final Set<NeedStatus> OPEN =
      EnumSet.of(NeedStatus.OPEN, NeedStatus.REFERRED, NeedStatus.IN_PROGRESS);
  private static final Set<EventType> ARRIVALS =
      EnumSet.of(EventType.ARRIVED, EventType.BORDER_CROSSED_IRREGULARLY);
  private static final int PAGE = 500;

  private final RecordStore store;
  private final Gazetteer places;

  public Statistics(RecordStore store, Gazetteer places) {
    this.store = store;
    this.places = places;
  }

  /**
   * One aggregate table.
   *
   * @param key what it counts by, e.g. {@code region}
   * @param unit {@code people} or {@code cases}
   * @param rows its rows in order: category and count; a category is a code (a region's gazetteer
   *     id, a status, a kind of need, {@code unknown}) or a year or an age band
   */
  public record Table(String key, String unit, Map<String, Double> rows) {

    /** The count as it may be published: rounded to one decimal, or null when suppressed. */
    public static Double published(double count) {
      double rounded = Math.round(count * 10) / 10.0;
      return rounded > 0 && rounded < SMALL_CELL ? null : rounded;
    }
  }

  /**
   * Everything the statistics page shows.
   *
   * @param people how many people in cases were counted
   * @param cases how many cases
   * @param tables the tables, in order
   */
  public record Aggregate(int people, int cases, List<Table> tables) {}

  /** Counts everything the reader may see. */
  public Aggregate count() {
    List<CaseFile> cases = cases();
    Set<String> personIds = new HashSet<>();
    Map<String, Double> status = new LinkedHashMap<>();
    Map<String, Double> outcome = new LinkedHashMap<>();
    for (CaseFile caseFile : cases) {
      personIds.addAll(caseFile.personIds());
      status.merge(caseFile.status().name(), 1.0, Double::sum);
      outcome.merge(outcome(caseFile), 1.0, Double::sum);
    }
    Map<String, Double> region = new TreeMap<>();
    Map<String, Double> year = new TreeMap<>();
    Map<String, Double> age = new LinkedHashMap<>();
    for (String group : List.of("0-17", "18-39", "40-59", "60+", "unknown")) {
      age.put(group, 0.0);
    }
    Map<String, Double> needs = new TreeMap<>();
    int counted = 0;
    for (String personId : personIds) {
      Optional<Stored<Person>> found = store.find(Person.KIND, personId);
      if (found.isEmpty()) {
        continue;
      }
      counted++;
      Person person = found.get().value();
      region.merge(regionOf(person), 1.0, Double::sum);
      PartialDate arrival = arrivalOf(personId);
      if (arrival == null) {
        year.merge("unknown", 1.0, Double::sum);
      } else {
        spreadOverYears(arrival).forEach((y, share) -> year.merge(y, share, Double::sum));
      }
      ages(person, arrival).forEach((group, share) -> age.merge(group, share, Double::sum));
      Set<String> kinds = new HashSet<>();
      for (Stored<Need> need : store.linkedTo(Need.KIND, personId)) {
        if (OPEN.contains(need.value().status())) {
          kinds.add(need.value().category().name());
        }
      }
      kinds.forEach(kind -> needs.merge(kind, 1.0, Double::sum));
    }
    age.entrySet().removeIf(e -> e.getValue() == 0);
    return new Aggregate(
        counted,
        cases.size(),
        List.of(
            new Table("region", "people", region),
            new Table("year", "people", year),
            new Table("age", "people", age),
            new Table("status", "cases", status),
            new Table("outcome", "cases", outcome),
            new Table("needs", "people", needs)));
  }

  private List<CaseFile> cases() {
    List<CaseFile> cases = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Stored<CaseFile>> page = store.list(CaseFile.KIND, offset, PAGE);
      page.forEach(c -> cases.add(c.value()));
      if (page.size() < PAGE) {
        return cases;
      }
    }
  }

  /**
   * The name of a region of the {@code region} table (a gazetteer id) in a language Pana writes in
   * ({@code en}, {@code kk}, {@code ru}, {@code ug}, {@code zh}), as reports name it; the category
   * itself when it is not a region ({@code unknown}).
   */
  public String regionName(String region, String language) {
    return places.unit(region).map(unit -> unit.name(language)).orElse(region);
  }

  /**
   * The prefecture or region the person was born in (as it was then), as its gazetteer id, or
   * "unknown".
   */
  private String regionOf(Person person) {
    if (person.birthPlace() == null) {
      return "unknown";
    }
    PartialDate born = person.birthDate() == null ? null : person.birthDate().value();
    return places
        .unitOf(person.birthPlace().value(), born)
        .map(Gazetteer.Unit::id)
        .orElse("unknown");
  }

  /** The earliest arrival or irregular crossing on the person's timeline. */
  private PartialDate arrivalOf(String personId) {
    return store.linkedTo(Event.KIND, personId).stream()
        .map(Stored::value)
        .filter(e -> ARRIVALS.contains(e.type()) && e.date() != null)
        .map(Event::date)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** How a case's procedure came out, from its last decisive step. */
  private String outcome(CaseFile caseFile) {
    List<CaseStep> steps =
        store.linkedTo(CaseStep.KIND, caseFile.id()).stream()
            .map(Stored::value)
            .sorted(
                Comparator.comparing(
                    (CaseStep s) -> s.date() == null ? LocalDate.MIN : s.date().earliest()))
            .toList();
    String outcome = "no application recorded";
    for (CaseStep step : steps) {
      outcome =
          switch (step.type()) {
            case PETITION_SUBMITTED,
                PETITION_REGISTERED,
                CERTIFICATE_ISSUED,
                CERTIFICATE_REISSUED,
                FINGERPRINTED,
                INTERVIEWED,
                DECISION_EXTENDED ->
                "pending";
            case STATUS_GRANTED, STATUS_RENEWED -> "granted";
            case STATUS_REFUSED, DECISION_NOTIFIED ->
                outcome.equals("granted") ? "granted" : "refused";
            case APPEAL_FILED, COURT_HEARING -> "appeal pending";
            case JUDGMENT -> "appeal decided";
            case STATUS_WITHDRAWN -> "status withdrawn";
            case EXPULSION_ORDERED, DEPORTATION_ORDERED -> "removal ordered";
            case RESETTLED -> "resettled";
            default -> outcome;
          };
    }
    return outcome;
  }

  /**
   * A date's share of each year it may fall in: its days (widened by one unit when approximate)
   * spread evenly.
   */
  static Map<String, Double> spreadOverYears(PartialDate date) {
    LocalDate from = date.earliest();
    LocalDate to = date.latest();
    if (date.isApproximate()) {
      switch (date.precision()) {
        case YEAR -> {
          from = from.minusYears(1);
          to = to.plusYears(1);
        }
        default -> {
          from = from.minusMonths(1);
          to = to.plusMonths(1);
        }
      }
    }
    double days = ChronoUnit.DAYS.between(from, to) + 1;
    Map<String, Double> shares = new TreeMap<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      LocalDate start = y == from.getYear() ? from : LocalDate.of(y, 1, 1);
      LocalDate end = y == to.getYear() ? to : LocalDate.of(y, 12, 31);
      shares.put(Integer.toString(y), (ChronoUnit.DAYS.between(start, end) + 1) / days);
    }
    return shares;
  }

  /**
   * A person's share of each age group at arrival: their possible years of birth spread evenly
   * (today when the arrival is not known).
   */
  private static Map<String, Double> ages(Person person, PartialDate arrival) {
    if (person.birthDate() == null) {
      return Map.of("unknown", 1.0);
    }
    LocalDate at = arrival == null ? LocalDate.now() : arrival.earliest();
    Map<String, Double> groups = new LinkedHashMap<>();
    spreadOverYears(person.birthDate().value())
        .forEach(
            (year, share) -> {
              int age = at.getYear() - Integer.parseInt(year);
              String group = age < 18 ? "0-17" : age < 40 ? "18-39" : age < 60 ? "40-59" : "60+";
              groups.merge(group, share, Double::sum);
            });
    return groups;
  }
}
