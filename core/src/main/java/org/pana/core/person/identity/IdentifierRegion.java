package org.pana.core.person.identity;

/**
 * The region an identity number encodes (where a Chinese resident's hukou was registered when the
 * card was issued), for a page to say in its reader's language: the place as the code table names
 * it, the code, and the years the code had that name.
 *
 * @param place the county and its prefecture, in English where a checked English name is known,
 *     else in Hanzi ("Zhaosu County, Ili Kazakh Autonomous Prefecture")
 * @param code the six-digit region code
 * @param from the first year the code had this name, or null (unknown, or always)
 * @param until the last year, or null (still)
 */
public record IdentifierRegion(String place, String code, Integer from, Integer until) {

  /** E.g. "Zhaosu County, Ili Kazakh Autonomous Prefecture (654026, since 2001)". */
  public String english() {
    StringBuilder text = new StringBuilder(place).append(" (").append(code);
    if (from != null && until != null) {
      text.append(", ").append(from).append('-').append(until);
    } else if (from != null) {
      text.append(", since ").append(from);
    } else if (until != null) {
      text.append(", until ").append(until);
    }
    return text.append(')').toString();
  }
}
