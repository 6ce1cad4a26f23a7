/** Start-up configuration: the checked settings record and the wiring of store and use cases. */
package org.pana.app.config;
