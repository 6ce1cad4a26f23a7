package org.pana.core.organisation;

import java.util.List;

/** An organisation as typed or sent, validated by {@link Organisations}. */
public record OrganisationDraft(
    String name, List<PeriodDraft> registration, List<RelationDraft> relations, String notes) {

  public OrganisationDraft {
    registration = registration == null ? List.of() : registration;
    relations = relations == null ? List.of() : relations;
  }

  /** A registration period as typed. */
  public record PeriodDraft(String status, String from, String until, String note) {}

  /** A relation as typed. */
  public record RelationDraft(String kind, String organisationId, String since) {}
}
