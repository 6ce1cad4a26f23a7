package org.pana.core.document;

/** Where a document is: with its holder, taken from them, lost, handed in, or no longer valid. */
public enum CustodyStatus {
  HELD_BY_PERSON,
  CONFISCATED,
  LOST,
  SURRENDERED,
  EXPIRED
}
