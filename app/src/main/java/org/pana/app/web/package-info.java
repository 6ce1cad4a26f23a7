/**
 * Cross-cutting web concerns: the Host-header check, the marks of page and API controllers, problem
 * details for the API (also from filters, {@link org.pana.app.web.Problems}), forms, locale and
 * text direction.
 */
package org.pana.app.web;
