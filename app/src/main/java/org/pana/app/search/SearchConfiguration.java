package org.pana.app.search;

import org.pana.app.audit.ReadTrail;
import org.pana.app.config.PanaSettings;
import org.pana.app.vault.VaultKeeper;
import org.pana.core.casefile.Cases;
import org.pana.core.person.People;
import org.pana.core.record.RecordStore;
import org.pana.store.files.EncryptedFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires person search; its index files live, sealed, in the data directory's {@code index}. */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

  @Bean(destroyMethod = "close")
  PersonSearch personSearch(
      PanaSettings settings,
      VaultKeeper keeper,
      RecordStore store,
      People people,
      Cases cases,
      ReadTrail trail) {
    EncryptedFiles files =
        new EncryptedFiles(
            PanaSettings.indexFolder(settings.vaultFile()),
            "person-index",
            keeper::files,
            EncryptedFiles.INDEX_FILE);
    return new PersonSearch(keeper, store, people, cases, files, trail);
  }
}
