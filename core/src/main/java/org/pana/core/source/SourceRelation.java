package org.pana.core.source;

/** How the source stands to the person the information is about. */
public enum SourceRelation {
  SELF,
  SPOUSE,
  PARENT,
  CHILD,
  SIBLING,
  OTHER_RELATIVE,
  WITNESS,
  FELLOW_DETAINEE,
  LAWYER,
  VOLUNTEER,
  OFFICIAL_DOCUMENT,
  MEDIA,
  OTHER
}
