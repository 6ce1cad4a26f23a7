package org.pana.core.person;

import java.util.Locale;

/** Sex as recorded for a person. The codes are the public API's lower-case values. */
public enum Sex {
  MALE,
  FEMALE,
  OTHER,
  UNKNOWN;

  /** The public code, e.g. {@code male}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a public code; {@code null} when it is not one of ours. */
  public static Sex fromCode(String code) {
    if (code == null) {
      return null;
    }
    for (Sex sex : values()) {
      if (sex.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return sex;
      }
    }
    return null;
  }
}
