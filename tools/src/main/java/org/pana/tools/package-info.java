/**
 * Programs that measure Pana and print numbers, loaded only by the command line ({@code pana bench
 * …}, {@code pana eval names}). No product module depends on this one (an architecture test says
 * so); it depends on the product's public interfaces only.
 */
package org.pana.tools;
