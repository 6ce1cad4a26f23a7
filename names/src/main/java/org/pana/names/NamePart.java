package org.pana.names;

/**
 * One part of a name, read.
 *
 * @param written the part as cleaned (original script)
 * @param script the script it is written in
 * @param form its canonical Latin form ({@link Canonical#form})
 * @param root the form without a patronymic or surname ending ("serikuli" → "serik")
 * @param skeleton the consonant skeleton of the root ({@link Canonical#skeleton})
 * @param role what the part is
 * @param vowelled whether the reading is reliable letter by letter (false for Arabic and Persian,
 *     which do not write short vowels, and for Hanzi and pinyin, which stand for Turkic sounds
 *     through Chinese syllables)
 * @param pinyin for a Latin part that divides into pinyin syllables, its Turkic reading through the
 *     Hanzi lexicon ("nuerlan" → "nurlan"); otherwise null
 */
public record NamePart(
    String written,
    NameScript script,
    String form,
    String root,
    String skeleton,
    PartRole role,
    boolean vowelled,
    String pinyin) {

  /** Whether the part counts when names are compared (titles and particles do not). */
  public boolean significant() {
    return role != PartRole.TITLE && role != PartRole.PARTICLE;
  }
}
