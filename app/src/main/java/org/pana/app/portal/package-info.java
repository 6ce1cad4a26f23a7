/**
 * The optional public portal: approved, released reports as static pages with permanent addresses
 * and an Atom feed, served without login under {@code /public/}. Off by default.
 */
package org.pana.app.portal;
