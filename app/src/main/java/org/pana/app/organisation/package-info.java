/** Organisation pages and the organisations JSON API. */
package org.pana.app.organisation;
