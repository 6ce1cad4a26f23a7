package org.pana.app.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pana.search.IndexFiles;
import org.pana.store.files.EncryptedFiles;

/** The index's files, each sealed with the vault's streaming AEAD and bound to its name. */
final class SealedIndexFiles implements IndexFiles {

  private final EncryptedFiles files;

  SealedIndexFiles(EncryptedFiles files) {
    this.files = files;
  }

  @Override
  public Set<String> names() {
    return new LinkedHashSet<>(files.ids());
  }

  @Override
  public void write(String name, byte[] content) {
    files.write(name, new ByteArrayInputStream(content), content.length);
  }

  @Override
  public byte[] read(String name) {
    try (InputStream in = files.open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read a sealed index file", e);
    }
  }

  @Override
  public void delete(String name) {
    files.delete(name);
  }
}
