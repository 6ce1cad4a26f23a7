/**
 * Cross-cutting web concerns: security headers and CSRF, the Host-header check, problem details for
 * the API, error pages, locale and text direction.
 */
package org.pana.app.web;
