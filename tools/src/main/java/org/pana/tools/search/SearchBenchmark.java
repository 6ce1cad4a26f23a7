package org.pana.tools.search;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.pana.names.Names;
import org.pana.search.PersonDocument;
import org.pana.search.PersonHit;
import org.pana.search.PersonIndex;
import org.pana.search.PersonQuery;
import org.pana.tools.search.SyntheticPeople.Writing;

/**
 * {@code pana bench search}: generates fictional people, builds the index in memory, runs a mixed
 * query set and prints the build rate, query latencies, recall@10 by query script and record
 * script, and memory per record. The last line is {@code p95_ms <value> recall10 <value>}.
 *
 * <p>Queries are made from sampled records: the name written another way (70 % in another script),
 * sometimes with a typo, with a full date of birth (40 %), a year (30 %), nothing else (15 %) or an
 * identity number (15 %, when the record has one). A query finds its person when a record of the
 * same person is in the first ten hits, or a record the query cannot tell from it: someone with the
 * same given and father's name (whether written with a patronymic or a russified surname, which one
 * person may use in turn), or whose name is written exactly as the target's in the query's writing
 * (two names Chinese writes alike), and, when the query gives one, with the same year or date of
 * birth (with the commonest names, a year leaves dozens of namesakes at a million records).
 */
public final class SearchBenchmark {

  private static final int QUERIES = 3000;
  private static final int WARM_UP = 500;

  private SearchBenchmark() {}

  /** How many sampled people have every written form of their name asked for exactly. */
  private static final int EXACT_SAMPLE = 300;

  private record Query(
      PersonQuery query, SyntheticPeople.Person target, Writing writing, boolean nameOnly) {
    String identifier() {
      return query.identifier();
    }
  }

  /** Runs the benchmark; returns {p95 ms, recall@10}. */
  public static double[] run(int records, long seed, PrintStream out) {
    return run(records, seed, 0, out);
  }

  /** Runs the benchmark, also printing the first {@code misses} queries that missed. */
  public static double[] run(int records, long seed, int misses, PrintStream out) {
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "machine: %d cores, %s; Java %s; max heap %d MB%n",
        runtime.availableProcessors(),
        cpu(),
        System.getProperty("java.version"),
        runtime.maxMemory() >> 20);
    out.printf(Locale.ROOT, "data: %,d synthetic records, seed %d%n", records, seed);
    long before = usedHeap();
    SyntheticPeople people = new SyntheticPeople(seed);
    SplittableRandom sampling = new SplittableRandom(seed ^ 0x5DEECE66DL);
    long[] identity = new long[records];
    // enough of each record to write its name any way: given and father's name (shared strings
    // from the generator's lists), female and russified-surname bits
    String[] givenOf = new String[records];
    String[] fatherOf = new String[records];
    byte[] traits = new byte[records];
    int[] dateKey = new int[records];
    short[] yearOf = new short[records];
    List<SyntheticPeople.Person> sample = new ArrayList<>();
    double sampleRate = Math.min(1.0, (QUERIES + WARM_UP) * 1.5 / records);
    long generating = 0;
    long indexing;
    PersonIndex index = PersonIndex.inMemory();
    long started = System.nanoTime();
    Iterator<PersonDocument> documents =
        new Iterator<>() {
          int made;

          @Override
          public boolean hasNext() {
            return made < records;
          }

          @Override
          public PersonDocument next() {
            SyntheticPeople.Person person = people.next();
            int n = made++;
            identity[n] = person.identity();
            givenOf[n] = person.given();
            fatherOf[n] = person.father();
            traits[n] = (byte) ((person.female() ? 1 : 0) | (person.surname() ? 2 : 0));
            dateKey[n] = person.birthDate() == null ? 0 : person.birthDate().hashCode();
            yearOf[n] = person.birthYear() == null ? 0 : (short) (int) person.birthYear();
            if (sampling.nextDouble() < sampleRate) {
              sample.add(person);
            }
            return new PersonDocument(
                person.id(),
                "o" + (person.identity() % 7),
                person.names(),
                person.birthYear(),
                person.birthDate(),
                person.place(),
                person.female() ? "f" : "m",
                person.identifiers(),
                List.of());
          }
        };
    long[] lastReport = {System.nanoTime()};
    index.rebuild(
        documents,
        count -> {
          if (System.nanoTime() - lastReport[0] > 10_000_000_000L) {
            out.printf(Locale.ROOT, "  … %,d indexed%n", count);
            lastReport[0] = System.nanoTime();
          }
        },
        "bench");
    indexing = System.nanoTime() - started;
    double seconds = indexing / 1e9;
    long indexBytes = index.bytes();
    long heap = usedHeap() - before;
    out.printf(
        Locale.ROOT,
        "build: %,d records in %.1f s (generation included) = %,.0f records/s%n",
        records,
        seconds,
        records / seconds);
    out.printf(
        Locale.ROOT,
        "memory: index files %,d MB = %d bytes/record; heap growth after GC %,d MB = %d bytes/record"
            + " (includes the benchmark's own arrays)%n",
        indexBytes >> 20,
        indexBytes / records,
        heap >> 20,
        heap / records);

    List<Query> queries = queries(sample, people, new SplittableRandom(seed + 1));
    for (int i = 0; i < Math.min(WARM_UP, queries.size()); i++) {
      index.search(queries.get(i).query());
    }
    List<Query> measured = queries.subList(Math.min(WARM_UP, queries.size()), queries.size());
    long[] times = new long[measured.size()];
    List<Long> alphabeticTimes = new ArrayList<>();
    List<Long> hanTimes = new ArrayList<>();
    long collecting = collectorMillis();
    Map<String, int[]> byPair = new TreeMap<>();
    int[] alphabetic = new int[2];
    int[] han = new int[2];
    int[] all = new int[2];
    long candidates = 0;
    int shown = 0;
    for (int i = 0; i < measured.size(); i++) {
      Query query = measured.get(i);
      long t0 = System.nanoTime();
      List<PersonHit> hits = index.search(query.query());
      times[i] = System.nanoTime() - t0;
      (query.writing().alphabetic() ? alphabeticTimes : hanTimes).add(times[i]);
      candidates += hits.size();
      boolean found = false;
      SyntheticPeople.Person target = query.target();
      String targetName =
          people.write(
              target.given(), target.father(), target.female(), target.surname(), query.writing());
      for (PersonHit hit : hits.subList(0, Math.min(10, hits.size()))) {
        int n = Integer.parseInt(hit.id().substring(1));
        if (identity[n] == target.identity()
            || (query.identifier() == null
                && ((givenOf[n].equals(target.given()) && fatherOf[n].equals(target.father()))
                    || people
                        .write(
                            givenOf[n],
                            fatherOf[n],
                            (traits[n] & 1) != 0,
                            (traits[n] & 2) != 0,
                            query.writing())
                        .equals(targetName))
                && (query.query().birthDate() != null
                    ? dateKey[n] == query.query().birthDate().hashCode()
                    : query.query().birthYear() == null
                        || yearOf[n] == query.query().birthYear()))) {
          found = true;
          break;
        }
      }
      if (!found && shown < misses) {
        shown++;
        out.printf(
            Locale.ROOT,
            "  missed: %s %s → %s %s, born %s%s%n",
            query.query().name(),
            query.query().birthDate() != null
                ? query.query().birthDate()
                : query.query().birthYear() != null
                    ? query.query().birthYear()
                    : query.identifier() != null ? "id " + query.identifier() : "",
            target.names(),
            target.given() + "|" + target.father(),
            target.birthDate(),
            hits.isEmpty()
                ? " (no hits)"
                : " (first: "
                    + first(hits.getFirst(), givenOf, fatherOf, yearOf)
                    + "; "
                    + hits.size()
                    + " hits)");
      }
      String pair = query.writing() + " → " + target.writing();
      int[] counts = byPair.computeIfAbsent(pair, k -> new int[2]);
      counts[0] += found ? 1 : 0;
      counts[1]++;
      int[] group = query.writing().alphabetic() ? alphabetic : han;
      group[0] += found ? 1 : 0;
      group[1]++;
      all[0] += found ? 1 : 0;
      all[1]++;
    }
    Arrays.sort(times);
    double p50 = percentile(times, 0.50);
    double p95 = percentile(times, 0.95);
    double p99 = percentile(times, 0.99);
    out.printf(
        Locale.ROOT,
        "queries: %,d measured after %,d warm-up, one thread; %.1f hits returned on average%n",
        measured.size(),
        Math.min(WARM_UP, queries.size()),
        (double) candidates / Math.max(1, measured.size()));
    out.printf(Locale.ROOT, "latency ms: p50 %.3f  p95 %.3f  p99 %.3f%n", p50, p95, p99);
    long[] latin = alphabeticTimes.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] chinese = hanTimes.stream().mapToLong(Long::longValue).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "latency ms by query writing: Latin, Cyrillic and Arabic script p50 %.3f p95 %.3f; Hanzi"
            + " and pinyin p50 %.3f p95 %.3f; the collector paused the JVM %,d ms while measuring%n",
        percentile(latin, 0.50),
        percentile(latin, 0.95),
        percentile(chinese, 0.50),
        percentile(chinese, 0.95),
        collectorMillis() - collecting);
    out.println("recall@10 by query writing → record writing:");
    byPair.forEach(
        (pair, counts) ->
            out.printf(
                Locale.ROOT,
                "  %-24s %.3f  (%d/%d)%n",
                pair,
                (double) counts[0] / counts[1],
                counts[0],
                counts[1]));
    out.printf(
        Locale.ROOT,
        "recall@10 for Latin, Cyrillic and Arabic-script queries: %.3f (%d/%d); for Hanzi and pinyin"
            + " queries: %.3f (%d/%d)%n",
        ratio(alphabetic),
        alphabetic[0],
        alphabetic[1],
        ratio(han),
        han[0],
        han[1]);
    exactNames(index, sample, out);
    double recall = ratio(all);
    out.printf(Locale.ROOT, "p95_ms %.3f recall10 %.4f%n", p95, recall);
    index.close();
    return new double[] {p95, recall};
  }

  /**
   * Every written form of up to {@value #EXACT_SAMPLE} sampled people, asked for exactly as
   * written: the first hit must be written the same way (the person, or a namesake written alike).
   * However common its keys, an exact name is never left out of the candidates.
   */
  private static void exactNames(
      PersonIndex index, List<SyntheticPeople.Person> sample, PrintStream out) {
    int asked = 0;
    int first = 0;
    List<String> lost = new ArrayList<>();
    for (SyntheticPeople.Person person : sample.subList(0, Math.min(EXACT_SAMPLE, sample.size()))) {
      for (String name : person.names()) {
        asked++;
        List<PersonHit> hits = index.search(PersonQuery.byName(name));
        String written = Names.parse(name).written();
        if (!hits.isEmpty()
            && (hits.getFirst().id().equals(person.id())
                || Names.parse(hits.getFirst().matchedName()).written().equals(written))) {
          first++;
        } else if (lost.size() < 3) {
          lost.add(name);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "exact names: %d of %d written forms asked for as written come first%s%n",
        first,
        asked,
        lost.isEmpty() ? "" : " (not: " + String.join(", ", lost) + ")");
  }

  private static List<Query> queries(
      List<SyntheticPeople.Person> sample, SyntheticPeople people, SplittableRandom random) {
    List<Query> queries = new ArrayList<>();
    for (SyntheticPeople.Person target : sample) {
      if (queries.size() >= QUERIES + WARM_UP) {
        break;
      }
      Writing writing =
          random.nextInt(100) < 30
              ? target.writing()
              : Writing.values()[random.nextInt(Writing.values().length)];
      String name =
          people.write(target.given(), target.father(), target.female(), target.surname(), writing);
      if (writing.alphabetic() && random.nextInt(100) < 10) {
        name = people.typo(name);
      }
      PersonQuery query = PersonQuery.byName(name);
      int mode = random.nextInt(100);
      boolean nameOnly = false;
      if (mode < 40 && target.birthDate() != null && target.birthDate().length() == 10) {
        query = query.withBirthDate(target.birthDate());
      } else if (mode < 70 && target.birthYear() != null) {
        query = query.withBirthYear(target.birthYear());
      } else if (mode < 85 || target.identifiers().isEmpty()) {
        nameOnly = true;
      } else {
        query = query.withIdentifier(target.identifiers().getFirst());
      }
      queries.add(new Query(query, target, writing, nameOnly));
    }
    return queries;
  }

  /** The first hit of a missed query, with what the benchmark knows of its person. */
  private static String first(PersonHit hit, String[] givenOf, String[] fatherOf, short[] yearOf) {
    int n = Integer.parseInt(hit.id().substring(1));
    return String.format(
        Locale.ROOT,
        "%s %.2f, %s|%s born %d",
        hit.matchedName(),
        hit.score(),
        givenOf[n],
        fatherOf[n],
        yearOf[n]);
  }

  private static double ratio(int[] counts) {
    return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
  }

  /**
   * The time the garbage collectors have stopped the JVM so far, in milliseconds as the JVM counts
   * it (G1's concurrent cycles run beside the application and are left out).
   */
  private static long collectorMillis() {
    long total = 0;
    for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!collector.getName().contains("Concurrent")) {
        total += Math.max(0, collector.getCollectionTime());
      }
    }
    return total;
  }

  private static double percentile(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int at = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, at)] / 1e6;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String cpu() {
    try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .orElse("unknown CPU");
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
