package org.pana.core.record;

/**
 * Told after a write is committed (never for a write that was rolled back), e.g. to keep a search
 * index up to date. Called on the writing thread; it must be quick and must not throw.
 */
@FunctionalInterface
public interface RecordListener {

  /**
   * @param kind the kind of the record written, one of those the listener was added for
   * @param id the record written
   */
  void written(RecordKind<?> kind, String id);
}
