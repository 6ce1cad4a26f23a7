package org.pana.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.pana.names.NameComparator;
import org.pana.names.NamePart;
import org.pana.names.Names;
import org.pana.names.ParsedName;

/**
 * How candidates are ranked: each is re-scored with the names comparator against every written form
 * of its name (an unfinished last word completed by the candidate's), then moved by the date or
 * year of birth and the identity number; the name written exactly as asked wins a tie.
 */
final class Ranking {

  /** What the name written exactly as asked adds to its rank, to win a tie. */
  private static final double EXACT_NAME = 0.001;

  /**
   * Room for rounding when a name's score is held to what the page's last hit ranks: a name is
   * passed over only when it ranks clearly under it, so that no tie is decided otherwise.
   */
  private static final double MARGIN = 1e-9;

  private Ranking() {}

  static List<PersonHit> rescore(
      IndexSearcher searcher, Query query, ParsedName name, PersonQuery asked, String typed)
      throws IOException {
    return rescore(searcher, query, name, asked, typed, true);
  }

  /**
   * As {@link #rescore(IndexSearcher, Query, ParsedName, PersonQuery, String)}; with {@code
   * passing} false, every candidate is scored in full even when it cannot reach the page (the
   * reference the tests hold the quicker way to).
   */
  static List<PersonHit> rescore(
      IndexSearcher searcher,
      Query query,
      ParsedName name,
      PersonQuery asked,
      String typed,
      boolean passing)
      throws IOException {
    ScoreDoc[] candidates = searcher.search(query, PersonIndex.CANDIDATES).scoreDocs;
    String identifier = PersonFields.identifier(asked.identifier());
    String exactName = asked.hasName() ? PersonFields.exactly(asked.name()) : null;
    // ranked on the adjusted score before it is held to [0, 1]: an exact name with the same date
    // of birth must still rank above an exact name without it
    record Ranked(PersonHit hit, double rank) {}
    Map<String, Ranked> best = new LinkedHashMap<>();
    for (IndexRow row : IndexRow.read(searcher, candidates)) {
      String bestName = null;
      NameComparator.Comparison bestComparison = null;
      double adjustment =
          dateAdjustment(
              asked.birthDate(), row.date(), yearAdjustment(asked.birthYear(), row.year()));
      // once a page is full, a name that cannot rank above its last hit changes nothing either
      // (the most it can rank is its score, the date's adjustment and the exact name's tie-break)
      double toPass =
          passing && identifier == null && best.size() >= asked.limit()
              ? last(best.values().stream().mapToDouble(Ranked::rank).toArray(), asked.limit())
                  - adjustment
                  - EXACT_NAME
                  - MARGIN
              : -1;
      if (name != null) {
        for (String written : row.names()) {
          // a name under the lowest score shown, or under this person's best so far, changes
          // nothing: the comparator need not work out how far under; with an identity number
          // asked for, every name is scored, since the number alone can show the person
          double floor =
              identifier != null
                  ? -1
                  : Math.max(
                      Math.max(Math.nextDown(asked.minimum()), toPass),
                      bestComparison == null ? -1 : bestComparison.score());
          ParsedName candidate = Names.parse(written);
          NameComparator.Comparison comparison = NameComparator.compare(name, candidate, floor);
          ParsedName whole = typed == null ? null : completed(name, typed, candidate);
          if (whole != null) {
            NameComparator.Comparison finished = NameComparator.compare(whole, candidate, floor);
            if (finished.score() > comparison.score()) {
              comparison = finished;
            }
          }
          if (bestComparison == null || comparison.score() > bestComparison.score()) {
            bestComparison = comparison;
            bestName = written;
          }
        }
      }
      double score = bestComparison == null ? 0 : bestComparison.score();
      String explanation = bestComparison == null ? "" : bestComparison.explain();
      boolean sameIdentifier = identifier != null && row.identifiers().contains(identifier);
      if (sameIdentifier) {
        score = Math.max(score, 0.99);
        explanation = explanation.isEmpty() ? "same identity number" : explanation + "; same id";
        if (bestName == null && !row.names().isEmpty()) {
          bestName = row.names().getFirst();
        }
      } else if (score < asked.minimum() || score <= toPass) {
        continue;
      }
      // the same identity number outranks any name: a namesake with an exact name must not push
      // the person the number belongs to out of the first page
      double rank = score + adjustment + (sameIdentifier ? 1 : 0);
      if (bestName != null && name != null && PersonFields.exactly(bestName).equals(exactName)) {
        rank += EXACT_NAME; // of equal scores, the name written exactly as asked comes first
      }
      PersonHit hit = row.hit(Math.min(1, Math.max(0, rank)), bestName, explanation);
      best.merge(hit.id(), new Ranked(hit, rank), (a, b) -> a.rank() >= b.rank() ? a : b);
    }
    List<Ranked> ranked = new ArrayList<>(best.values());
    ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed());
    List<PersonHit> hits = new ArrayList<>();
    for (Ranked each : ranked.subList(0, Math.min(asked.limit(), ranked.size()))) {
      hits.add(each.hit());
    }
    return hits;
  }

  /** The rank of the {@code place}-th best of {@code ranks} (1 is the best). */
  private static double last(double[] ranks, int place) {
    Arrays.sort(ranks);
    return ranks[ranks.length - place];
  }

  /**
   * The typed name with its unfinished last word completed by the candidate's word that starts with
   * it ("Dinara Yerzh" and Динара Ержанқызы: "Dinara ержанқызы"), or null when none does.
   */
  private static ParsedName completed(ParsedName typed, String last, ParsedName candidate) {
    for (NamePart part : candidate.parts()) {
      if (part.form().startsWith(last) && !part.form().equals(last)) {
        StringBuilder text = new StringBuilder();
        List<NamePart> parts = typed.parts();
        for (int i = 0; i < parts.size() - 1; i++) {
          text.append(parts.get(i).written()).append(' ');
        }
        return Names.parse(text.append(part.written()).toString());
      }
    }
    return null;
  }

  /**
   * What two full dates of birth add to the year's adjustment. The same day counts for much more
   * than the same year: one in some 365 namesakes shares it, while two writings of one name in
   * different scripts differ by a few hundredths in name score. Another day of the same year adds
   * nothing, since the dates disagree, unless one is the placeholder 1 January or the two differ by
   * day and month swapped, the usual slips in copied documents.
   */
  private static double dateAdjustment(String asked, String recorded, double byYear) {
    if (!PersonFields.fullDate(asked) || !PersonFields.fullDate(recorded) || byYear <= 0) {
      return byYear;
    }
    if (asked.equals(recorded)) {
      return 0.15;
    }
    boolean placeholder = asked.endsWith("-01-01") || recorded.endsWith("-01-01");
    boolean swapped =
        asked.substring(5, 7).equals(recorded.substring(8, 10))
            && asked.substring(8, 10).equals(recorded.substring(5, 7));
    return placeholder || swapped ? byYear : 0;
  }

  /** Born the year asked: a little up; two or more years apart: down. */
  private static double yearAdjustment(Integer asked, Integer recorded) {
    if (asked == null || recorded == null) {
      return 0;
    }
    int apart = Math.abs(asked - recorded);
    if (apart == 0) {
      return 0.03;
    }
    return apart == 1 ? 0 : -0.05 * Math.min(apart, 4);
  }
}
