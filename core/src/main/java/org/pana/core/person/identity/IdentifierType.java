package org.pana.core.person.identity;

import java.util.Locale;

/** The kinds of identity numbers we check. The public codes equal the constant names. */
public enum IdentifierType {
  /** Chinese Resident Identity Card number (居民身份证号码), 18 characters. */
  CN_RESIDENT_ID("Chinese resident ID number"),
  /** Kazakhstan individual identification number (ЖСН / ИИН), 12 digits. */
  KZ_IIN("Kazakhstan IIN"),
  /** A passport number of any country; free form. */
  PASSPORT("passport number"),
  /** A certificate number, e.g. an asylum seeker's certificate; free form. */
  CERTIFICATE("certificate number"),
  /** Any other document number; free form. */
  OTHER("identifier");

  private final String label;

  IdentifierType(String label) {
    this.label = label;
  }

  /** The public code, e.g. {@code KZ_IIN}. */
  public String code() {
    return name();
  }

  /** What to call such a number in a message, e.g. {@code Kazakhstan IIN}. */
  public String label() {
    return label;
  }

  /** Reads a public code, ignoring case and surrounding spaces; {@code null} when unknown. */
  public static IdentifierType fromCode(String code) {
    if (code == null) {
      return null;
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    for (IdentifierType type : values()) {
      if (type.name().equals(wanted)) {
        return type;
      }
    }
    return null;
  }
}
