/** Document forms and the documents JSON API. */
package org.pana.app.document;
