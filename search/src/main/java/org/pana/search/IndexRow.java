package org.pana.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * What re-scoring and a hit need of a person, kept as one doc value per document: reading it is one
 * seek, where stored fields would decompress a block per candidate.
 */
record IndexRow(
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

  static IndexRow of(PersonDocument person) {
    List<String> identifiers = new ArrayList<>();
    for (String each : person.identifiers()) {
      String normal = PersonFields.identifier(each);
      if (normal != null) {
        identifiers.add(normal);
      }
    }
    List<String> statuses = new ArrayList<>();
    for (String status : person.caseStatuses()) {
      statuses.add(status.toLowerCase(Locale.ROOT));
    }
    return new IndexRow(
        person.id(),
        person.organisationId(),
        person.names(),
        person.birthYear(),
        person.birthDate(),
        person.birthPlace(),
        PersonFields.blank(person.sex()) ? null : person.sex().toLowerCase(Locale.ROOT),
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

  static IndexRow decode(BytesRef bytes) {
    String[] fields = bytes.utf8ToString().split(String.valueOf(FIELD), -1);
    return new IndexRow(
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

  /** The rows of some documents, in the order given (read in document order). */
  static List<IndexRow> read(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    IndexRow[] rows = new IndexRow[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = docs[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getBinaryDocValues(PersonFields.ROW);
      }
      if (values != null && values.advanceExact(doc - leaves.get(at).docBase)) {
        rows[i] = IndexRow.decode(values.binaryValue());
      }
    }
    List<IndexRow> out = new ArrayList<>(docs.length);
    for (IndexRow row : rows) {
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }
}
