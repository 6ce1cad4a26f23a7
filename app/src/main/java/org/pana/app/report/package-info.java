/**
 * The report builder in the browser and the API: drafts from a case, the preview with every
 * redaction marked, approval by a second person, downloads as PDF, HTML and Markdown, and the
 * disclosure ledger.
 */
package org.pana.app.report;
