package org.pana.core.consent;

/** How a consent was obtained. */
public enum ObtainedHow {
  SIGNED_FORM,
  RECORDED_STATEMENT,
  ORAL_WITH_WITNESS,
  MESSAGE
}
