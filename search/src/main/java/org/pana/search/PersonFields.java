package org.pana.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.pana.names.MatchKeys;
import org.pana.names.NameText;
import org.pana.names.Names;
import org.pana.names.ParsedName;

/**
 * What the index keeps of a person and under which field: the names engine's keys as exact terms
 * ({@code form}, {@code sound}, {@code key}, the whole Chinese run of pinyin among the keys), the
 * written forms ({@code written}), the facts filters need, the person's cases, and the row that
 * re-scoring reads.
 */
final class PersonFields {

  static final String ID = "id";
  static final String ORGANISATION = "organisation";
  static final String FORM = "form";
  static final String SOUND = "sound";
  static final String KEY = "key";
  static final String YEAR = "year";
  static final String SEX = "sex";
  static final String PLACE = "place";
  static final String STATUS = "status";
  static final String ROW = "row";
  static final String WRITTEN = "written";
  static final String CASE = "case";

  private PersonFields() {}

  /** The Lucene document of a person: the keys as exact terms, the filters, the row. */
  static Document document(PersonDocument person) {
    Document document = new Document();
    document.add(new StringField(ID, person.id(), Field.Store.NO));
    document.add(new BinaryDocValuesField(ROW, IndexRow.of(person).encode()));
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
  static String exactly(String name) {
    return Names.parse(name).written().toLowerCase(Locale.ROOT); // cleaned, and remembered
  }

  /** An identity number without spaces, dashes and dots, upper case; null when blank. */
  static String identifier(String raw) {
    if (blank(raw)) {
      return null;
    }
    String normal = raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    return normal.isEmpty() ? null : normal;
  }

  static boolean fullDate(String date) {
    return date != null && date.length() == 10;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
