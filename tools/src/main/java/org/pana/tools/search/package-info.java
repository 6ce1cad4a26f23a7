/**
 * {@code pana bench search}: a generator of fictional people (skewed Kazakh and Uyghur names in
 * every script Pana meets, typos, noisy dates, known duplicates) and a benchmark that builds the
 * person index in memory and measures build rate, memory, latency and recall.
 */
package org.pana.tools.search;
