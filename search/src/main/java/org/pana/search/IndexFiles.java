package org.pana.search;

import java.util.Set;

/**
 * Where the index keeps its files between runs. The application seals each file with the vault; the
 * index itself never writes to disk (an architecture rule forbids Lucene's file directories). Index
 * files are written once and never changed, so whole-file sealing is enough.
 */
public interface IndexFiles {

  /** The names of the files kept. */
  Set<String> names();

  /** Keeps a file; it replaces nothing (index file names are never reused). */
  void write(String name, byte[] content);

  /** A kept file's content; fails if it was altered. */
  byte[] read(String name);

  void delete(String name);

  /** Keeps nothing: an index that lives only in memory (benchmarks, tests). */
  IndexFiles NONE =
      new IndexFiles() {
        @Override
        public Set<String> names() {
          return Set.of();
        }

        @Override
        public void write(String name, byte[] content) {}

        @Override
        public byte[] read(String name) {
          throw new IllegalStateException("nothing is kept");
        }

        @Override
        public void delete(String name) {}
      };
}
