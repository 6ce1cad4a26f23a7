/**
 * The names engine: the same person written in Kazakh Cyrillic, the Kazakh Latin alphabets, the
 * Arabic-based scripts of Xinjiang, Russian forms and the Hanzi of Chinese documents is found as
 * one. This first part cleans a name's text and tells each part's script; transliteration, name
 * structure and the comparator build on it.
 */
package org.pana.names;
