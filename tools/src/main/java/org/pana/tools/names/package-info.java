/**
 * {@code pana eval names}: reads labelled name pairs (CSV, TSV, nomenklatura's files, headerless
 * lists of renderings) and measures the names engine's comparator on them: precision, recall and F1
 * overall and per kind, the worst errors, and labels no matcher could all satisfy.
 */
package org.pana.tools.names;
