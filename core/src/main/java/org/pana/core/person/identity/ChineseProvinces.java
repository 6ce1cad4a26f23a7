package org.pana.core.person.identity;

import java.util.Set;

/**
 * The first two digits of GB/T 2260 codes: province-level units (11 Beijing ... 65 Xinjiang, 71
 * Taiwan, 81 Hong Kong, 82 Macau). Only used to catch mistyped numbers, so names are not needed.
 */
final class ChineseProvinces {

  private static final Set<String> CODES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private ChineseProvinces() {}

  static boolean isProvinceCode(String twoDigits) {
    return CODES.contains(twoDigits);
  }
}
