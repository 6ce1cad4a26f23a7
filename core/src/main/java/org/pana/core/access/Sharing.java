package org.pana.core.access;

import java.util.Set;

/**
 * How a record that defines its own compartment (a case) opens itself and the records it gathers to
 * organisations.
 *
 * @param owner the owning organisation, or null
 * @param organisations the organisations that may see the record and {@code records}: the owner and
 *     every organisation it is shared with
 * @param records further records made visible to them (the people in a case)
 */
public record Sharing(String owner, Set<String> organisations, Set<String> records) {

  public Sharing {
    organisations = Set.copyOf(organisations);
    records = Set.copyOf(records);
  }
}
