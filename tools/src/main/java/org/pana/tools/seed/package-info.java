/**
 * {@code pana seed}: a large casebook of generated fictional people, to measure Pana on (start-up,
 * pages, search).
 */
package org.pana.tools.seed;
