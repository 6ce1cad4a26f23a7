/**
 * Provenance: {@link org.pana.core.source.Source} (who told us, when, how, how reliable), {@link
 * org.pana.core.source.Claim} (a fact with its source and visibility) and the vocabularies for
 * relation, channel and reliability grade (a claim's visibility is the {@code access} package's).
 */
package org.pana.core.source;
