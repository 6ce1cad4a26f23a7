package org.pana.core.report;

/** Who a report was released to. */
public enum RecipientKind {
  JOURNALIST,
  MEDIA_OUTLET,
  UN_BODY,
  PARTNER_ORGANISATION,
  RESEARCHER,
  PUBLIC_PORTAL,
  OTHER
}
