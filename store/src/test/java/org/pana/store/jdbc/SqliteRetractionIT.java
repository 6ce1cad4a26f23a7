package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.record.Change;
import org.pana.core.timeline.EventDraft;

/** Retraction, restoration and erasure on an SQLite file, and what erasure leaves in it. */
class SqliteRetractionIT extends RetractionContract {

  private static final String MARKER = "Erasemarker";

  @TempDir Path dir;

  @Override
  DatabaseSettings freshDatabase() {
    return DatabaseSettings.sqlite(dir.resolve("pana.db"));
  }

  @Test
  void anErasedPersonLeavesNoCopyOfTheirValuesInTheDatabaseFiles() throws Exception {
    // Given values kept in clear (no vault here), so that any copy left behind shows: in a freed
    // page of an earlier version, or in the write-ahead log
    String person = person(MARKER + " Alpha");
    people.amend(person, 1, named(MARKER + " Beta"), new Change("clerk-a", MARKER + " reason"));
    people.amend(person, 2, named(MARKER + " Gamma"), CLERK);
    timeline.add(
        person,
        new EventDraft("DETAINED", "2018", MARKER, MARKER + " narrative", List.of(), null, null),
        CLERK);
    String neighbour = person("Kept Neighbour");
    assertThat(markersIn(dir)).as("the scan sees clear values").isNotEmpty();

    // When the person is erased
    erasures.erase(person, "erase", CLERK);

    // Then no file of the database holds the marker any more, and the neighbour is intact
    assertThat(markersIn(dir)).isEmpty();
    assertThat(people.get(neighbour).value().primaryName().value()).isEqualTo("Kept Neighbour");
  }

  private static List<String> markersIn(Path dir) throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
          String needle = new String(MARKER.getBytes(charset), StandardCharsets.ISO_8859_1);
          if (bytes.contains(needle)) {
            found.add(charset + " in " + file.getFileName());
          }
        }
      }
    }
    return found;
  }
}
