/**
 * Person search: one Lucene document per person with the names engine's keys, candidates found by
 * exact key lookups (rare keys weigh more, so common names do not drown the rest), then re-scored
 * by the comparator, the date of birth and the place. The index is held in memory; what is kept on
 * disk goes through {@link org.pana.search.IndexFiles}, which the application backs with the vault.
 */
package org.pana.search;
