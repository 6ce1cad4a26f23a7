/**
 * Organisations: the groups that do the work, their registration history and their relations
 * (branch of, split from, partner of).
 */
package org.pana.core.organisation;
