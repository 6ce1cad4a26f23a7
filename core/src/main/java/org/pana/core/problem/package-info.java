/**
 * Pana's typed errors: {@link org.pana.core.problem.NotFound}, {@link
 * org.pana.core.problem.ValidationFailed}, {@link org.pana.core.problem.Conflict} and {@link
 * org.pana.core.problem.IntegrityViolation}. The web layer maps them to RFC 9457 problem details.
 */
package org.pana.core.problem;
