package org.pana.core.source;

/** How the information reached the volunteers. */
public enum Channel {
  IN_PERSON,
  VIDEO_TESTIMONY,
  PHONE,
  MESSENGER,
  EMAIL,
  LETTER,
  DOCUMENT,
  MEDIA_REPORT,
  COURT_RECORD,
  OTHER
}
