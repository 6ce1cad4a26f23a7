package org.pana.core.person;

import java.util.Locale;

/** What kind of rendering of a person's name a variant is. Codes are lower case in the API. */
public enum NameKind {
  /** The name as the person gives it in their own language and script. */
  OFFICIAL,
  /** A form with a patronymic (-uly / -qyzy, -ovich / -ovna). */
  PATRONYMIC,
  /** A Russified form (surname in -ov/-ova/-ev/-eva). */
  RUSSIFIED,
  /** Hanzi as written in Chinese documents (given·father). */
  HANZI,
  /** Latin as printed in a passport (often the pinyin of the Hanzi). */
  PASSPORT,
  /** Any other name the person is or was known by. */
  ALIAS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
