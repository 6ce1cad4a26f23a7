package org.pana.search;

import static org.pana.search.PersonFields.CASE;
import static org.pana.search.PersonFields.FORM;
import static org.pana.search.PersonFields.ID;
import static org.pana.search.PersonFields.KEY;
import static org.pana.search.PersonFields.ORGANISATION;
import static org.pana.search.PersonFields.PLACE;
import static org.pana.search.PersonFields.SEX;
import static org.pana.search.PersonFields.SOUND;
import static org.pana.search.PersonFields.STATUS;
import static org.pana.search.PersonFields.WRITTEN;
import static org.pana.search.PersonFields.YEAR;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.pana.names.MatchKeys;
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
 * <p>This class is the façade and the index's life (open, write, commit, seal); {@link
 * PersonFields} says what a document holds, {@link IndexRow} is the row re-scoring reads, {@link
 * Ranking} re-scores and ranks the candidates.
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
      writer.updateDocument(new Term(ID, person.id()), PersonFields.document(person));
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
   * (every 1,000), merges the index into one segment, then commits with {@code newMarker}.
   */
  public long rebuild(Iterator<PersonDocument> people, LongConsumer progress, String newMarker) {
    try {
      writer.deleteAll();
      long count = 0;
      while (people.hasNext()) {
        writer.addDocument(PersonFields.document(people.next()));
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      progress.accept(count);
      // one segment: a search looks each of its terms up once instead of once per segment, which
      // shortens the slowest searches of a large casebook (a rebuild is rare; the merge took about
      // 15 s at a million people). The merged copy is held beside the segments until it is done:
      // only when the heap has room for it.
      Runtime heap = Runtime.getRuntime();
      long free = heap.maxMemory() - (heap.totalMemory() - heap.freeMemory());
      long size = 0;
      for (String name : directory.listAll()) {
        size += directory.fileLength(name);
      }
      if (size * 2 < free) {
        writer.forceMerge(1, true);
      }
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
    return search(query, true);
  }

  /**
   * As {@link #search(PersonQuery)}; with {@code passing} false every candidate is scored in full,
   * even one that cannot reach the page: the reference the tests hold the quicker search to.
   */
  List<PersonHit> search(PersonQuery query, boolean passing) {
    try {
      IndexSearcher searcher = current();
      try {
        return search(searcher, query, passing);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the person index", e);
    }
  }

  private List<PersonHit> search(IndexSearcher searcher, PersonQuery query, boolean passing)
      throws IOException {
    List<Query> filters = filters(query);
    if (!query.hasName() && PersonFields.blank(query.identifier())) {
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
          new BoostQuery(new TermQuery(new Term(WRITTEN, PersonFields.exactly(query.name()))), 16f),
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
      if (PersonFields.fullDate(query.birthDate())) {
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
    String identifier = PersonFields.identifier(query.identifier());
    if (identifier != null) {
      keys.add(new BoostQuery(new TermQuery(new Term(KEY, "id:" + identifier)), 8f), Occur.SHOULD);
      clauses++;
    }
    if (clauses == 0) {
      return List.of();
    }
    List<PersonHit> hits =
        Ranking.rescore(searcher, filtered(keys.build(), filters), name, query, typed, passing);
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
        hits =
            Ranking.rescore(
                searcher, filtered(fuzzy.build(), filters), name, query, typed, passing);
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
    if (!PersonFields.blank(query.sex())) {
      filters.add(new TermQuery(new Term(SEX, query.sex().toLowerCase(Locale.ROOT))));
    }
    if (!PersonFields.blank(query.place())) {
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
    if (!PersonFields.blank(query.status())) {
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

  private List<PersonHit> unscored(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    List<PersonHit> hits = new ArrayList<>();
    for (IndexRow row : IndexRow.read(searcher, searcher.search(query, limit).scoreDocs)) {
      hits.add(row.hit(1, row.names().isEmpty() ? null : row.names().getFirst(), ""));
    }
    return hits;
  }

  /** The people the index holds as in the given case. */
  public Set<String> inCase(String caseId) {
    try {
      IndexSearcher searcher = current();
      try {
        Set<String> ids = new HashSet<>();
        TermQuery query = new TermQuery(new Term(CASE, caseId));
        int count = Math.max(1, searcher.count(query));
        for (IndexRow row : IndexRow.read(searcher, searcher.search(query, count).scoreDocs)) {
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
