package org.pana.core.account;

import java.util.Locale;

/**
 * What an account may do, from most to least. Each role can do everything the roles below it can.
 *
 * <ul>
 *   <li>{@code VIEWER}: reads the cases of its organisations, never private fields.
 *   <li>{@code CASEWORKER}: also records people, events, documents and sources.
 *   <li>{@code COORDINATOR}: also opens cases, sets their teams and shares them with partners.
 *   <li>{@code ADMIN}: also manages accounts, reads the audit log, backs up and erases.
 * </ul>
 */
public enum Role {
  ADMIN,
  COORDINATOR,
  CASEWORKER,
  VIEWER;

  /** Whether this role includes everything {@code other} may do. */
  public boolean atLeast(Role other) {
    return ordinal() <= other.ordinal();
  }

  /** The lower-case code used on the command line and in the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role named by {@code code}, in any case.
   *
   * @throws IllegalArgumentException naming the roles there are
   */
  public static Role parse(String code) {
    for (Role role : values()) {
      if (role.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role " + code + "; use admin, coordinator, caseworker or viewer");
  }
}
