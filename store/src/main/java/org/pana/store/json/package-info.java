/** JSON bodies of stored records (Jackson), including EDTF partial dates. */
package org.pana.store.json;
