package org.pana.core.organisation;

import java.util.List;
import java.util.stream.Collectors;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A group that helps people: a registered NGO, an unregistered volunteer group, a branch.
 *
 * @param id record id
 * @param name the name the group uses
 * @param registration its registration history (registered, unregistered, with dates)
 * @param relations how it stands to other organisations (branch of, split from, partner of)
 * @param notes anything else
 */
public record Organisation(
    String id,
    String name,
    List<RegistrationPeriod> registration,
    List<Relation> relations,
    String notes)
    implements Recorded {

  public static final RecordKind<Organisation> KIND =
      RecordKind.of(
          "organisation",
          Organisation.class,
          o -> o.relations().stream().map(Relation::organisationId).collect(Collectors.toSet()));

  public Organisation {
    registration = List.copyOf(registration);
    relations = List.copyOf(relations);
  }

  /** Whether the organisation is registered with the state. */
  public enum RegistrationStatus {
    REGISTERED,
    UNREGISTERED,
    REGISTRATION_REFUSED,
    LIQUIDATED
  }

  /** A period in one registration status. {@code until} null means "still". */
  public record RegistrationPeriod(
      RegistrationStatus status, PartialDate from, PartialDate until, String note) {}

  /** How this organisation stands to another one. */
  public enum RelationKind {
    BRANCH_OF,
    SPLIT_FROM,
    PARTNER_OF
  }

  /** A relation to another organisation, since a date. */
  public record Relation(RelationKind kind, String organisationId, PartialDate since) {}
}
