/**
 * Places: the gazetteer ({@code gazetteer.yaml}) of the places Pana's users' cases name, with their
 * names in several scripts and the unit each lay in on a given day. The asylum procedure reads it
 * for the region a petition was filed in; reports for the coarse unit they may show.
 */
package org.pana.core.place;
