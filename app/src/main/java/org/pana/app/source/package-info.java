/** Source forms and the sources JSON API. */
package org.pana.app.source;
