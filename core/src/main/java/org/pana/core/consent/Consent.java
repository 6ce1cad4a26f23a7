package org.pana.core.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A person's consent, as given and (perhaps) withdrawn. It belongs to the person's organisation.
 *
 * @param id record id
 * @param personId whose consent
 * @param scope what it covers
 * @param partnerOrganisationId for sharing: the partner organisation named
 * @param pseudonym for publication under a pseudonym: the pseudonym agreed
 * @param given the day it was given
 * @param withdrawn the day it was withdrawn, or null
 * @param obtainedHow how it was obtained
 * @param obtainedBy the login name of the volunteer who obtained it
 * @param evidenceId the evidence file (signed form, recorded statement), or null
 * @param note free text, or null
 * @param scripts for publication with name: the scripts (ISO 15924: Latn, Cyrl, Arab, Hani …) the
 *     name may be shown in; empty for every script recorded
 */
public record Consent(
    String id,
    String personId,
    ConsentScope scope,
    String partnerOrganisationId,
    String pseudonym,
    LocalDate given,
    LocalDate withdrawn,
    ObtainedHow obtainedHow,
    String obtainedBy,
    String evidenceId,
    String note,
    List<String> scripts)
    implements Recorded {

  public static final RecordKind<Consent> KIND =
      RecordKind.of("consent", Consent.class, c -> Set.of(c.personId()));

  public Consent {
    scripts = scripts == null ? List.of() : List.copyOf(scripts);
  }

  /** Whether the name may be shown in a script. */
  public boolean allowsScript(String script) {
    return scripts.isEmpty() || scripts.contains(script);
  }

  /** Whether it holds on a day: given on or before it, and not withdrawn by then. */
  public boolean holdsOn(LocalDate day) {
    return !given.isAfter(day) && (withdrawn == null || day.isBefore(withdrawn));
  }
}
