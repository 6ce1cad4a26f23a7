package org.pana.core.consent;

/** What a consent covers. */
public enum ConsentScope {
  /** Recording the person's account and facts at all. */
  DOCUMENTATION,
  /** Sharing the case with a named partner organisation. */
  SHARING_WITH_PARTNER,
  /** Publishing an account that names the person. */
  PUBLICATION_WITH_NAME,
  /** Publishing an account under a pseudonym. */
  PUBLICATION_UNDER_PSEUDONYM,
  /** Publishing photos of the person. */
  PUBLICATION_OF_PHOTOS
}
