/** People pages (intake form, person page) and the persons JSON API. */
package org.pana.app.person;
