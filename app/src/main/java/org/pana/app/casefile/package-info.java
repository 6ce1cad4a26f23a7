/** Case pages and the cases JSON API. */
package org.pana.app.casefile;
