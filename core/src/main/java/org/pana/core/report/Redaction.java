package org.pana.core.report;

/** Why a piece of a report differs from the case file; the preview marks each one. */
public enum Redaction {
  /** The person's name replaced by the pseudonym their consent gives. */
  PSEUDONYM,
  /** The person named in general terms: no consent to publish their name or a pseudonym. */
  NAME_WITHHELD,
  /** A place shown only as the prefecture, region or border it lies in. */
  PLACE_COARSENED,
  /** A place withheld: it names no area Pana can coarsen it to. */
  PLACE_WITHHELD,
  /** A date shown less precisely than recorded. */
  DATE_COARSENED,
  /** A date of birth shown as a year or a decade. */
  AGE_COARSENED,
  /** A relative or other third party named in general terms. */
  THIRD_PARTY_GENERALISED,
  /** A name removed from quoted testimony. */
  NAME_REMOVED,
  /** An identity or document number removed from quoted testimony. */
  IDENTIFIER_REMOVED,
  /** A telephone number, e-mail or address removed from quoted testimony. */
  CONTACT_REMOVED
}
