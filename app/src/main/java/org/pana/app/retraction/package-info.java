/**
 * Taking mistakes back in the web UI and the JSON API: retracting a record with a reason, the
 * coordinator's list of retracted records and their restoration, and erasing a person on request
 * ({@link org.pana.app.retraction.PersonErasure}: the records, their evidence files and the search
 * index's copy).
 */
package org.pana.app.retraction;
