/** Encrypted files in the data directory: evidence uploads. */
package org.pana.store.files;
