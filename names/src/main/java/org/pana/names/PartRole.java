package org.pana.names;

/** What a part of a name is, as far as its form tells. */
public enum PartRole {
  /** A given name, or a part whose role the form does not tell. */
  GIVEN,
  /** A father's name with a patronymic ending: -uly, -qyzy, -ovich, -evna, -oglu … */
  PATRONYMIC,
  /** A russified family name: -ov, -ova, -ev, -eva, -in, -ina. */
  SURNAME,
  /** A joining word: al, el, bin, ibn, ben, de, da, van, von … */
  PARTICLE,
  /** A single Latin letter standing for a name. */
  INITIAL,
  /** A title or honorific that is not part of the name: Mr, Dr, President, Shaikh … */
  TITLE
}
