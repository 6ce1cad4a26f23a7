package org.pana.core.evidence;

import java.util.Set;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * One evidence file as recorded at intake.
 *
 * @param id record id, also the name of the encrypted file
 * @param personId whom it concerns
 * @param fileName the name it was uploaded under (kept encrypted; never used as a path)
 * @param mediaType the type detected from its bytes, e.g. {@code image/jpeg}
 * @param size its size in bytes
 * @param sha256 the SHA-256 of the original bytes, hex, recorded at intake
 * @param description what it shows, optional
 * @param sourceId who provided it, optional
 */
public record Evidence(
    String id,
    String personId,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String description,
    String sourceId)
    implements Recorded {

  public static final RecordKind<Evidence> KIND =
      RecordKind.of("evidence", Evidence.class, e -> Set.of(e.personId()));
}
