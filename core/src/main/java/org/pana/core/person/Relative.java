package org.pana.core.person;

import java.util.Set;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A third party named in a person's story (a relative still in Xinjiang, a neighbour), with their
 * own risk flag. The third party is a person record of their own, so they carry their own consent.
 * It belongs to the person's organisation.
 *
 * @param id record id
 * @param personId the person whose story names them
 * @param relativeId the third party's person record
 * @param kinship how they stand to the person
 * @param atRisk whether naming or placing them could bring reprisals (e.g. they live in Xinjiang):
 *     reports then never quote testimony about them, and show the places and dates of what happened
 *     to them only as province and year
 * @param note why, or where they are, in words (never published)
 */
public record Relative(
    String id, String personId, String relativeId, Kinship kinship, boolean atRisk, String note)
    implements Recorded {

  public static final RecordKind<Relative> KIND =
      RecordKind.of("relative", Relative.class, r -> Set.of(r.personId(), r.relativeId()));
}
