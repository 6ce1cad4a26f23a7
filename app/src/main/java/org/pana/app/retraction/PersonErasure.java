package org.pana.app.retraction;

import org.pana.app.search.PersonSearch;
import org.pana.core.record.Change;
import org.pana.core.retraction.Erasures;
import org.pana.store.files.EncryptedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a person on request: the records ({@link Erasures}, which also lets the database reclaim
 * their space), then their evidence files, then the search index's copy, whose sealed files are
 * written anew without them.
 */
@Component
public class PersonErasure {

  private static final Logger LOG = LoggerFactory.getLogger(PersonErasure.class);

  private final Erasures erasures;
  private final EncryptedFiles evidenceFiles;
  private final PersonSearch search;

  public PersonErasure(Erasures erasures, EncryptedFiles evidenceFiles, PersonSearch search) {
    this.erasures = erasures;
    this.evidenceFiles = evidenceFiles;
    this.search = search;
  }

  /** Erases the person; nothing changes when {@link Erasures#erase} refuses. */
  public Erasures.Erased erase(String personId, String confirm, Change author) {
    Erasures.Erased erased = erasures.erase(personId, confirm, author);
    erased.evidenceIds().forEach(evidenceFiles::delete);
    try {
      search.forget(personId);
    } catch (RuntimeException e) {
      // the records are gone; the index, whose marker no longer matches them, is rebuilt from the
      // records at the next unlock (or by 'pana index rebuild'), which drops its old files
      LOG.warn("Could not remove an erased person from the search index now: {}", e.toString());
    }
    return erased;
  }
}
