package org.pana.core.record;

/**
 * Told after a write is committed (never for a write that was rolled back), e.g. to keep a search
 * index up to date. Called on the writing thread; it must be quick and must not throw.
 */
@FunctionalInterface
public interface RecordListener {

  /**
   * @param kind the record kind's name ({@code person}, {@code case} …)
   * @param id the record written
   */
  void written(String kind, String id);
}
