/**
 * Evidence files: scans, photos, audio and video attached to a person, each with the SHA-256 of the
 * original recorded at intake. The original is never modified; the file itself is kept encrypted
 * outside the database.
 */
package org.pana.core.evidence;
