package org.pana.names;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH microbenchmark of normalisation (PERFORMANCE.md W6: at most 1 µs amortised per name part).
 * Each operation reads {@value #PARTS} name parts drawn from a skewed mix of spellings in six
 * writings, the way a stream of records repeats names; {@code cold} reads parts never seen before
 * (every part a new spelling, so nothing is remembered). Run it with the command in the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalisationBenchmark {

  static final int PARTS = 10_000;

  private static final String[] SPELLINGS = {
    "Нұрлан",
    "Серікұлы",
    "Nurlan",
    "Serikuly",
    "Nūrlan",
    "Serıkūly",
    "NURLAN",
    "SERIKULY",
    "نۇرلان",
    "سەرىكۇلى",
    "努尔兰",
    "赛力克",
    "NUERLAN",
    "SAILIKE",
    "Айгүл",
    "Бекова",
    "Aigül",
    "Bekova",
    "ٴايگۇل",
    "阿依古丽",
    "AYIGULI",
    "Жанбулатов",
    "Dzhanbulatov",
    "Zhanbulatov",
    "买买提",
    "吐尔逊",
    "Memet",
    "Tursun",
    "ئابلىمىت",
    "Ablimit",
    "Şärbanu",
    "Qasenqyzy",
    "Шәрбану",
    "Қасенқызы",
    "Мұхтар",
    "Әбілұлы",
    "Mūhtar",
    "Äbılūly",
    "مۇحتار",
    "ٵبىلۇلى"
  };

  private String[] stream;
  private String[] fresh;
  private int round;

  @Setup(Level.Trial)
  public void mix() {
    stream = new String[PARTS];
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    for (int i = 0; i < PARTS; i++) {
      // skewed: the first spellings come up far more often, as common names do
      int at = (int) (SPELLINGS.length * Math.pow(random.nextDouble(), 2));
      stream[i] = SPELLINGS[at];
    }
  }

  /** New spellings before every call (an invocation reads 10,000 parts, so this is cheap). */
  @Setup(Level.Invocation)
  public void unseen() {
    List<String> parts = new ArrayList<>(PARTS);
    round++;
    for (int i = 0; i < PARTS; i++) {
      // a spelling with a suffix no earlier round used: never remembered
      parts.add(SPELLINGS[i % SPELLINGS.length] + letters(round * PARTS + i));
    }
    fresh = parts.toArray(new String[0]);
  }

  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    int value = n;
    do {
      out.append((char) ('a' + value % 26));
      value /= 26;
    } while (value > 0);
    return out.toString();
  }

  /** A stream of records: spellings repeat, and each distinct one is read once. */
  @Benchmark
  @OperationsPerInvocation(PARTS)
  public void remembered(Blackhole sink) {
    for (String part : stream) {
      sink.consume(Names.part(NameText.clean(part)));
    }
  }

  /** Every part a spelling never seen before: cleaning, script, transliteration, roles. */
  @Benchmark
  @OperationsPerInvocation(PARTS)
  public void cold(Blackhole sink) {
    for (String part : fresh) {
      sink.consume(Names.part(NameText.clean(part)));
    }
  }
}
