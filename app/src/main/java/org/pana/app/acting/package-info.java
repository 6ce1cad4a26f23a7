/**
 * Who is acting: the logged-in account ({@link org.pana.app.acting.PanaUser}), the author of a
 * change and the organisation it records for ({@link org.pana.app.acting.Author}), what the current
 * reader may see ({@link org.pana.app.acting.ReaderScope}), and the few reads the system makes with
 * a scope of its own ({@link org.pana.app.acting.SystemAccess}: the search index, a report written
 * for its organisation, the public portal). Every feature depends on this package; it depends on
 * none of them.
 */
package org.pana.app.acting;
