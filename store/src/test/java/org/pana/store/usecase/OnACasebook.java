package org.pana.store.usecase;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pana.store.fixture.SqliteCasebook;

/** A use-case test on a fresh SQLite casebook of its own, opened before each test. */
abstract class OnACasebook {

  @TempDir Path dir;

  SqliteCasebook casebook;

  @BeforeEach
  void openCasebook() {
    casebook = new SqliteCasebook(dir);
  }

  @AfterEach
  void closeCasebook() {
    casebook.close();
  }
}
