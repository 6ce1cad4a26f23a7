/** Event forms and the events/timeline JSON API. */
package org.pana.app.timeline;
