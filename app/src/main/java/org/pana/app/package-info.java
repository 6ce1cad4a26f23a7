/**
 * The application: {@link org.pana.app.Pana}, the entry point of the executable jar, and one
 * package per feature for its pages and JSON API.
 */
package org.pana.app;
