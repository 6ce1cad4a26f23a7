/** Uploading, listing and downloading evidence files (pages and API). */
package org.pana.app.evidence;
