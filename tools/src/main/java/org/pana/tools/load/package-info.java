/**
 * {@code pana bench api}: a real Pana server on a fresh data directory (started by the command line
 * through {@link org.pana.tools.load.BenchTarget}), a seeded fictional casebook, and concurrent
 * simulated caseworkers mixing token reads, searches, writes and page loads; prints throughput and
 * latency per kind of request. A program that prints numbers, not a test.
 */
package org.pana.tools.load;
