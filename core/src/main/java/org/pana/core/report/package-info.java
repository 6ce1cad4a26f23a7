/**
 * Reports that leave the casebook: an account of a case written from its claims with every
 * redaction rule applied (consent, coarse places and dates, no identifiers or contacts, relatives
 * at risk generalised), approval by a second person that freezes the text under its hash, the
 * output formats, and the disclosure ledger of every release.
 */
package org.pana.core.report;
