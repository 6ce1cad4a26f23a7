/**
 * Person search across scripts: the index kept in step with the records and sealed by the vault,
 * the search page and the "may already be here" check of the intake form, and {@code GET
 * /api/v1/search/persons}.
 */
package org.pana.app.search;
