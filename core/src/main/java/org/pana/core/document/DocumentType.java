package org.pana.core.document;

/** Identity, travel and residence papers, and the certificates of the asylum procedure. */
public enum DocumentType {
  PASSPORT,
  RESIDENT_ID_CARD,
  HUKOU_BOOKLET,
  RESIDENCE_PERMIT,
  ASYLUM_SEEKER_CERTIFICATE,
  REFUGEE_CERTIFICATE,
  TRAVEL_DOCUMENT,
  OTHER
}
