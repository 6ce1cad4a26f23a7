/**
 * Timelines: {@link org.pana.core.timeline.Event} (what happened, when — possibly partially known —
 * where, to whom, according to whom), its type vocabulary, and the {@link
 * org.pana.core.timeline.Timeline} use case that keeps events in chronological order.
 */
package org.pana.core.timeline;
