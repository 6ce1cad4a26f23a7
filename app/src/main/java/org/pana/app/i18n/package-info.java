/**
 * Translations: the message bundles Pana ships ({@link org.pana.app.i18n.Bundle}), the rules a
 * translated bundle must follow ({@link org.pana.app.i18n.BundleCheck}, which the build and the
 * command line share), and the sheet a translator corrects them in, exported from the jar and
 * imported back into a bundle file ({@link org.pana.app.i18n.SheetExport}, {@link
 * org.pana.app.i18n.SheetImport}).
 */
package org.pana.app.i18n;
