package org.pana.core.record;

/** Anything Pana keeps with a revision history: it has a stable id. */
public interface Recorded {

  /** The record's id, a random UUID string that says nothing about its content. */
  String id();
}
