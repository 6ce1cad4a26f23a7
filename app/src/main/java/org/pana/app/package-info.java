/**
 * The application: {@link org.pana.app.Pana}, the entry point of the executable jar, with {@link
 * org.pana.app.SecurityConfiguration}, the filter chain that wires the rooms of who may do what
 * ({@code acting}, {@code vault}, {@code login}, {@code account}, {@code audit}); and one package
 * per feature for its pages and JSON API.
 */
package org.pana.app;
