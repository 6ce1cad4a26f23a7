/**
 * {@code pana bench api}: a real Pana server on a fresh data directory, a seeded fictional
 * casebook, and concurrent simulated caseworkers mixing token reads, searches, writes and page
 * loads; prints throughput and latency per kind of request. A program that prints numbers, not a
 * test.
 */
package org.pana.app.bench;
