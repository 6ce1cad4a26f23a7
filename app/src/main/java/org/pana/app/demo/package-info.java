/**
 * The fictional demo data loader behind {@code pana demo}: invented organisations, people, sources,
 * timelines, documents and cases that show what the casebook is for. No real person or organisation
 * is in it.
 */
package org.pana.app.demo;
