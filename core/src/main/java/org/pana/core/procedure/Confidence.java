package org.pana.core.procedure;

/** How sure a rule is (DOMAIN.md 1): V verified in a primary source, S secondary, U unconfirmed. */
public enum Confidence {
  V,
  S,
  U
}
