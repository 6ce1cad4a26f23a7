package org.pana.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.pana.names.MatchKeys;
import org.pana.names.NameComparator;
import org.pana.names.NamePart;
import org.pana.names.NameText;
import org.pana.names.Names;
import org.pana.names.ParsedName;

/**
 * The person index. Documents hold the names engine's keys as exact terms: canonical forms and
 * roots ({@code form}), consonant skeletons ({@code sound}), skeleton plus year of birth and
 * identity numbers ({@code key}); and the facts filters need. A search looks keys up (BM25 makes a
 * rare key count more than a common one), takes the best {@value #CANDIDATES} candidates, and
 * re-scores them with the comparator against every written form of each candidate's name. Fuzzy
 * term queries run only when no candidate scored.
 *
 * <p>The index is in memory. {@link #commit} writes the files Lucene made since the last commit
 * through {@link IndexFiles} (the application seals them with the vault), and {@link #open} reads
 * them back. Searches see every write at once (near-real-time).
 */
public final class PersonIndex implements Closeable {

  /**
   * The version of what the index holds: raise it whenever the keys a name gives ({@code
   * MatchKeys}, the reading of names) or the document layout change, so that an index written by an
   * older Pana is rebuilt rather than searched with keys it does not have.
   */
  public static final int FORMAT = 4;

  /** Candidates re-scored per search. */
  static final int CANDIDATES = 100;

  private static final String ID = "id";
  private static final String ORGANISATION = "organisation";
  private static final String FORM = "form";
  private static final String SOUND = "sound";
  private static final String KEY = "key";
  private static final String YEAR = "year";
  private static final String SEX = "sex";
  private static final String PLACE = "place";
  private static final String STATUS = "status";
  private static final String ROW = "row";
  private static final String WRITTEN = "written";
  private static final String CASE = "case";
  private static final String MARKER = "marker";

  private final ByteBuffersDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IndexFiles files;
  private final Set<String> kept;
  private volatile String marker;
  private final java.util.concurrent.atomic.AtomicBoolean changed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private PersonIndex(
      ByteBuffersDirectory directory, IndexFiles files, Set<String> kept, String marker)
      throws IOException {
    this.directory = directory;
    this.files = files;
    this.kept = kept;
    this.marker = marker;
    IndexWriterConfig config = new IndexWriterConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    // an erased person's documents must be merged away for good, however few they are
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0.0);
    config.setMergePolicy(merges);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** An index held only in memory, kept nowhere. */
  public static PersonIndex inMemory() {
    return open(IndexFiles.NONE);
  }

  /**
   * Opens the index kept in {@code files}, or an empty one when nothing is kept or what is kept
   * cannot be read (a later {@link #rebuild} fills it). {@link #marker} says which state of the
   * records it reflects.
   */
  public static PersonIndex open(IndexFiles files) {
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      Set<String> kept = new HashSet<>();
      String marker = null;
      try {
        for (String name : files.names()) {
          byte[] content = files.read(name);
          try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
            out.writeBytes(content, content.length);
          }
          kept.add(name);
        }
        if (!kept.isEmpty()) {
          marker = SegmentInfos.readLatestCommit(directory).getUserData().get(MARKER);
          // opening a reader opens every segment: a missing or damaged file fails here
          DirectoryReader.open(directory).close();
          return new PersonIndex(directory, files, kept, marker);
        }
      } catch (IOException | RuntimeException unreadable) {
        // a missing, partial or altered index is rebuilt from the records, never trusted
        for (String name : directory.listAll()) {
          directory.deleteFile(name);
        }
        // forget what was kept, so that no new file is taken for an old one of the same name
        for (String name : files.names()) {
          files.delete(name);
        }
        kept.clear();
        marker = null;
      }
      return new PersonIndex(directory, files, kept, marker);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the person index", e);
    }
  }

  /** A searcher that sees every write made so far. */
  private IndexSearcher current() throws IOException {
    if (changed.getAndSet(false)) {
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  /** Which state of the records the last commit reflected (null: none, rebuild). */
  public String marker() {
    return marker;
  }

  /**
   * Adds or replaces one person; the next search sees it (the searcher is reopened once before that
   * search, however many people were written since, rather than once per write).
   */
  public void put(PersonDocument person) {
    try {
      writer.updateDocument(new Term(ID, person.id()), document(person));
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index a person", e);
    }
  }

  public void delete(String id) {
    try {
      writer.deleteDocuments(new Term(ID, id));
      changed.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove a person from the index", e);
    }
  }

  /**
   * Removes a person for good (an erasure): the document goes, the segments that held it or an
   * earlier version of it are merged anew without them, and the commit writes the new files and
   * deletes the old ones through {@link IndexFiles}, so that no kept file holds the person any
   * more.
   */
  public synchronized void expunge(String id, String newMarker) {
    try {
      writer.deleteDocuments(new Term(ID, id));
      writer.forceMergeDeletes(true);
      try (DirectoryReader left = DirectoryReader.open(writer)) {
        if (left.hasDeletions()) {
          // a segment the merge policy left alone (a small one just searched) still holds a
          // deleted copy: merge the index into one segment, which keeps no deleted document
          writer.forceMerge(1, true);
        }
      }
      commit(newMarker);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove a person from the index for good", e);
    }
  }

  /**
   * Replaces everything with {@code people}, telling {@code progress} how many were added so far
   * (every 1,000), then commits with {@code newMarker}.
   */
  public long rebuild(Iterator<PersonDocument> people, LongConsumer progress, String newMarker) {
    try {
      writer.deleteAll();
      long count = 0;
      while (people.hasNext()) {
        writer.addDocument(document(people.next()));
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      progress.accept(count);
      commit(newMarker);
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not rebuild the person index", e);
    }
  }

  /**
   * Makes the current state durable: commits, writes the new files through {@link IndexFiles} (the
   * commit point last) and removes the ones Lucene no longer needs.
   */
  public synchronized void commit(String newMarker) {
    try {
      writer.setLiveCommitData(Map.of(MARKER, newMarker).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      marker = newMarker;
      // the files of the commit just made, not every file in the directory: a merge running in
      // the background may be writing a segment of its own, which no commit refers to yet
      List<String> current = new ArrayList<>(SegmentInfos.readLatestCommit(directory).files(true));
      current.sort(Comparator.comparing((String n) -> n.startsWith("segments")));
      for (String name : current) {
        if (!kept.contains(name)) {
          files.write(name, bytes(name));
          kept.add(name);
        }
      }
      for (String name : new ArrayList<>(kept)) {
        if (!current.contains(name)) {
          files.delete(name);
          kept.remove(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not commit the person index", e);
    }
  }

  /** Whether writes happened since the last commit. */
  public boolean hasUncommittedChanges() {
    return writer.hasUncommittedChanges();
  }

  private byte[] bytes(String name) throws IOException {
    try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
      long length = in.length();
      if (length > Integer.MAX_VALUE - 16) {
        throw new IOException("index file too large to keep: " + name);
      }
      byte[] content = new byte[(int) length];
      in.readBytes(content, 0, content.length);
      return content;
    }
  }

  /** The number of people indexed. */
  public int size() {
    try {
      IndexSearcher searcher = current();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes of memory the index files take. */
  public long bytes() {
    try {
      long total = 0;
      for (String name : directory.listAll()) {
        total += directory.fileLength(name);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Searches; hits best first. */
  public List<PersonHit> search(PersonQuery query) {
    try {
      IndexSearcher searcher = current();
      try {
        return search(searcher, query);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the person index", e);
    }
  }

  private List<PersonHit> search(IndexSearcher searcher, PersonQuery query) throws IOException {
    List<Query> filters = filters(query);
    if (!query.hasName() && blank(query.identifier())) {
      BooleanQuery.Builder all =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      filters.forEach(f -> all.add(f, Occur.FILTER));
      return unscored(searcher, all.build(), query.limit());
    }
    ParsedName name = query.hasName() ? Names.parse(query.name()) : null;
    BooleanQuery.Builder keys = new BooleanQuery.Builder();
    int clauses = 0;
    if (name != null) {
      // the name exactly as recorded first: at a million people, a name whose keys are all common
      // would otherwise be one of thousands of equal candidates
      keys.add(
          new BoostQuery(new TermQuery(new Term(WRITTEN, exactly(query.name()))), 16f),
          Occur.SHOULD);
      clauses++;
      for (String form : MatchKeys.forms(name)) {
        keys.add(new BoostQuery(new TermQuery(new Term(FORM, form)), 2f), Occur.SHOULD);
        clauses++;
      }
      for (String sound : MatchKeys.sounds(name)) {
        keys.add(new TermQuery(new Term(SOUND, sound)), Occur.SHOULD);
        clauses++;
      }
      for (String run : MatchKeys.pinyinRuns(name)) {
        keys.add(new BoostQuery(new TermQuery(new Term(KEY, run)), 2f), Occur.SHOULD);
        clauses++;
      }
      for (String key : MatchKeys.compound(name, query.birthYear())) {
        keys.add(new BoostQuery(new TermQuery(new Term(KEY, key)), 2f), Occur.SHOULD);
        clauses++;
      }
      if (fullDate(query.birthDate())) {
        for (String sound : MatchKeys.sounds(name)) {
          keys.add(
              new BoostQuery(new TermQuery(new Term(KEY, sound + "|" + query.birthDate())), 3f),
              Occur.SHOULD);
          clauses++;
        }
      }
    }
    String typed = query.typing() && name != null ? lastForm(name) : null;
    if (typed != null) {
      keys.add(new PrefixQuery(new Term(FORM, typed)), Occur.SHOULD);
      clauses++;
    }
    String identifier = identifier(query.identifier());
    if (identifier != null) {
      keys.add(new BoostQuery(new TermQuery(new Term(KEY, "id:" + identifier)), 8f), Occur.SHOULD);
      clauses++;
    }
    if (clauses == 0) {
      return List.of();
    }
    List<PersonHit> hits = rescore(searcher, filtered(keys.build(), filters), name, query, typed);
    if (hits.isEmpty() && name != null) {
      // the last resort: a typo in every key; fuzzy term queries are slow, so only now
      BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
      int fuzzyClauses = 0;
      for (String form : MatchKeys.forms(name)) {
        if (form.length() >= 4) {
          fuzzy.add(new FuzzyQuery(new Term(FORM, form), form.length() >= 7 ? 2 : 1), Occur.SHOULD);
          fuzzyClauses++;
        }
      }
      if (fuzzyClauses > 0) {
        hits = rescore(searcher, filtered(fuzzy.build(), filters), name, query, typed);
      }
    }
    return hits;
  }

  private static Query filtered(Query keys, List<Query> filters) {
    if (filters.isEmpty()) {
      return keys;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(keys, Occur.MUST);
    filters.forEach(f -> builder.add(f, Occur.FILTER));
    return builder.build();
  }

  private List<Query> filters(PersonQuery query) {
    List<Query> filters = new ArrayList<>();
    if (query.yearFrom() != null || query.yearTo() != null) {
      int from = query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom();
      int to = query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo();
      filters.add(IntPoint.newRangeQuery(YEAR, from, to));
    }
    if (!blank(query.sex())) {
      filters.add(new TermQuery(new Term(SEX, query.sex().toLowerCase(Locale.ROOT))));
    }
    if (!blank(query.place())) {
      BooleanQuery.Builder place = new BooleanQuery.Builder();
      for (String form : MatchKeys.forms(Names.parse(query.place()))) {
        place.add(new TermQuery(new Term(PLACE, form)), Occur.SHOULD);
      }
      for (String word : NameText.parts(NameText.clean(query.place()))) {
        place.add(new TermQuery(new Term(PLACE, word)), Occur.SHOULD);
      }
      filters.add(place.build());
    }
    if (!query.organisations().isEmpty()) {
      Collection<BytesRef> ids = query.organisations().stream().map(BytesRef::new).toList();
      filters.add(new TermInSetQuery(ORGANISATION, ids));
    }
    if (!blank(query.status())) {
      filters.add(new TermQuery(new Term(STATUS, query.status().toLowerCase(Locale.ROOT))));
    }
    return filters;
  }

  /** The canonical form of a name's last significant part, when it is two letters or more. */
  private static String lastForm(ParsedName name) {
    String last = null;
    for (NamePart part : name.parts()) {
      if (part.significant()) {
        last = part.form();
      }
    }
    return last != null && last.length() >= 2 ? last : null;
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

  private List<PersonHit> rescore(
      IndexSearcher searcher, Query query, ParsedName name, PersonQuery asked, String typed)
      throws IOException {
    ScoreDoc[] candidates = searcher.search(query, CANDIDATES).scoreDocs;
    String identifier = identifier(asked.identifier());
    String exactName = asked.hasName() ? exactly(asked.name()) : null;
    // ranked on the adjusted score before it is held to [0, 1]: an exact name with the same date
    // of birth must still rank above an exact name without it
    record Ranked(PersonHit hit, double rank) {}
    Map<String, Ranked> best = new LinkedHashMap<>();
    for (Row row : rows(searcher, candidates)) {
      String bestName = null;
      NameComparator.Comparison bestComparison = null;
      if (name != null) {
        for (String written : row.names()) {
          ParsedName candidate = Names.parse(written);
          NameComparator.Comparison comparison = NameComparator.compare(name, candidate);
          ParsedName whole = typed == null ? null : completed(name, typed, candidate);
          if (whole != null) {
            NameComparator.Comparison finished = NameComparator.compare(whole, candidate);
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
      } else if (score < asked.minimum()) {
        continue;
      }
      double adjustment =
          dateAdjustment(
              asked.birthDate(), row.date(), yearAdjustment(asked.birthYear(), row.year()));
      // the same identity number outranks any name: a namesake with an exact name must not push
      // the person the number belongs to out of the first page
      double rank = score + adjustment + (sameIdentifier ? 1 : 0);
      if (bestName != null && name != null && exactly(bestName).equals(exactName)) {
        rank += 0.001; // of equal scores, the name written exactly as asked comes first
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

  /**
   * What re-scoring and a hit need of a person, kept as one doc value per document: reading it is
   * one seek, where stored fields would decompress a block per candidate.
   */
  private record Row(
      String id,
      String organisationId,
      List<String> names,
      Integer year,
      String date,
      String place,
      String sex,
      List<String> statuses,
      List<String> identifiers) {

    private static final char FIELD = '\u001E';
    private static final char ITEM = '\u001F';

    static Row of(PersonDocument person) {
      List<String> identifiers = new ArrayList<>();
      for (String each : person.identifiers()) {
        String normal = identifier(each);
        if (normal != null) {
          identifiers.add(normal);
        }
      }
      List<String> statuses = new ArrayList<>();
      for (String status : person.caseStatuses()) {
        statuses.add(status.toLowerCase(Locale.ROOT));
      }
      return new Row(
          person.id(),
          person.organisationId(),
          person.names(),
          person.birthYear(),
          person.birthDate(),
          person.birthPlace(),
          blank(person.sex()) ? null : person.sex().toLowerCase(Locale.ROOT),
          statuses,
          identifiers);
    }

    BytesRef encode() {
      StringBuilder out = new StringBuilder();
      out.append(clean(id)).append(FIELD).append(clean(organisationId)).append(FIELD);
      out.append(join(names)).append(FIELD);
      out.append(year == null ? "" : year.toString()).append(FIELD);
      out.append(clean(date)).append(FIELD).append(clean(place)).append(FIELD);
      out.append(clean(sex)).append(FIELD).append(join(statuses)).append(FIELD);
      out.append(join(identifiers));
      return new BytesRef(out.toString());
    }

    static Row decode(BytesRef bytes) {
      String[] fields = bytes.utf8ToString().split(String.valueOf(FIELD), -1);
      return new Row(
          fields[0],
          empty(fields[1]),
          split(fields[2]),
          fields[3].isEmpty() ? null : Integer.valueOf(fields[3]),
          empty(fields[4]),
          empty(fields[5]),
          empty(fields[6]),
          split(fields[7]),
          split(fields[8]));
    }

    PersonHit hit(double score, String matchedName, String explanation) {
      return new PersonHit(
          id, organisationId, score, matchedName, explanation, year, place, sex, statuses);
    }

    private static String clean(String text) {
      return text == null ? "" : text.replace(FIELD, ' ').replace(ITEM, ' ');
    }

    private static String join(List<String> items) {
      StringBuilder out = new StringBuilder();
      for (String item : items) {
        if (!out.isEmpty()) {
          out.append(ITEM);
        }
        out.append(clean(item));
      }
      return out.toString();
    }

    private static List<String> split(String joined) {
      return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(ITEM), -1));
    }

    private static String empty(String text) {
      return text.isEmpty() ? null : text;
    }
  }

  /** The rows of some documents, in the order given (read in document order). */
  private static List<Row> rows(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    Row[] rows = new Row[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = docs[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getBinaryDocValues(ROW);
      }
      if (values != null && values.advanceExact(doc - leaves.get(at).docBase)) {
        rows[i] = Row.decode(values.binaryValue());
      }
    }
    List<Row> out = new ArrayList<>(docs.length);
    for (Row row : rows) {
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * What two full dates of birth add to the year's adjustment. The same day counts for much more
   * than the same year: one in some 365 namesakes shares it, while two writings of one name in
   * different scripts differ by a few hundredths in name score. Another day of the same year adds
   * nothing, since the dates disagree, unless one is the placeholder 1 January or the two differ by
   * day and month swapped, the usual slips in copied documents.
   */
  private static double dateAdjustment(String asked, String recorded, double byYear) {
    if (!fullDate(asked) || !fullDate(recorded) || byYear <= 0) {
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

  private List<PersonHit> unscored(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    List<PersonHit> hits = new ArrayList<>();
    for (Row row : rows(searcher, searcher.search(query, limit).scoreDocs)) {
      hits.add(row.hit(1, row.names().isEmpty() ? null : row.names().getFirst(), ""));
    }
    return hits;
  }

  private static Document document(PersonDocument person) {
    Document document = new Document();
    document.add(new StringField(ID, person.id(), Field.Store.NO));
    document.add(new BinaryDocValuesField(ROW, Row.of(person).encode()));
    if (person.organisationId() != null) {
      document.add(new StringField(ORGANISATION, person.organisationId(), Field.Store.NO));
    }
    Set<String> forms = new HashSet<>();
    Set<String> sounds = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (String written : person.names()) {
      ParsedName name = Names.parse(written);
      forms.addAll(MatchKeys.forms(name));
      sounds.addAll(MatchKeys.sounds(name));
      keys.addAll(MatchKeys.compound(name, person.birthYear()));
      keys.addAll(MatchKeys.pinyinRuns(name));
      if (fullDate(person.birthDate())) {
        for (String sound : MatchKeys.sounds(name)) {
          keys.add(sound + "|" + person.birthDate());
        }
      }
    }
    for (String identifier : person.identifiers()) {
      String normal = identifier(identifier);
      if (normal != null) {
        keys.add("id:" + normal);
      }
    }
    forms.forEach(f -> document.add(new StringField(FORM, f, Field.Store.NO)));
    sounds.forEach(s -> document.add(new StringField(SOUND, s, Field.Store.NO)));
    keys.forEach(k -> document.add(new StringField(KEY, k, Field.Store.NO)));
    if (person.birthYear() != null) {
      document.add(new IntPoint(YEAR, person.birthYear()));
    }
    if (!blank(person.birthPlace())) {
      Set<String> places = new HashSet<>(MatchKeys.forms(Names.parse(person.birthPlace())));
      places.addAll(NameText.parts(NameText.clean(person.birthPlace())));
      places.forEach(p -> document.add(new StringField(PLACE, p, Field.Store.NO)));
    }
    if (!blank(person.sex())) {
      document.add(new StringField(SEX, person.sex().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    Set<String> statuses = new HashSet<>();
    for (String status : person.caseStatuses()) {
      statuses.add(status.toLowerCase(Locale.ROOT));
    }
    statuses.forEach(s -> document.add(new StringField(STATUS, s, Field.Store.NO)));
    person.caseIds().forEach(c -> document.add(new StringField(CASE, c, Field.Store.NO)));
    Set<String> written = new HashSet<>();
    person.names().forEach(n -> written.add(exactly(n)));
    written.forEach(w -> document.add(new StringField(WRITTEN, w, Field.Store.NO)));
    return document;
  }

  /**
   * A name as written, only cleaned (NFKC, case, spacing): an exact name is always a candidate,
   * however common the keys it shares with others.
   */
  private static String exactly(String name) {
    return Names.parse(name).written().toLowerCase(Locale.ROOT); // cleaned, and remembered
  }

  /** The people the index holds as in the given case. */
  public Set<String> inCase(String caseId) {
    try {
      IndexSearcher searcher = current();
      try {
        Set<String> ids = new HashSet<>();
        TermQuery query = new TermQuery(new Term(CASE, caseId));
        int count = Math.max(1, searcher.count(query));
        for (Row row : rows(searcher, searcher.search(query, count).scoreDocs)) {
          ids.add(row.id());
        }
        return ids;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the person index", e);
    }
  }

  /** An identity number without spaces, dashes and dots, upper case; null when blank. */
  static String identifier(String raw) {
    if (blank(raw)) {
      return null;
    }
    String normal = raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    return normal.isEmpty() ? null : normal;
  }

  private static boolean fullDate(String date) {
    return date != null && date.length() == 10;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the person index", e);
    }
  }

  /** For tests: the kept file names. */
  Set<String> keptFiles() {
    return new HashSet<>(kept);
  }
}
