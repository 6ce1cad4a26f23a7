/** Errors on HTML pages: a readable page for every failure of a page controller. */
package org.pana.app.errorpage;
