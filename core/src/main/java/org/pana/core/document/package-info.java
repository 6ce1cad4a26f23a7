/**
 * Documents and who holds them: {@link org.pana.core.document.Document} with its dated, sourced
 * custody history (held, confiscated, lost, surrendered, expired).
 */
package org.pana.core.document;
