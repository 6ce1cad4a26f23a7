package org.pana.core.need;

import java.util.List;
import java.util.Set;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A need of a person or family, with the help arranged for it. It belongs to its people's
 * organisation, like their timeline.
 *
 * @param id record id
 * @param personIds the people it concerns (one, or a family)
 * @param category what kind of help
 * @param urgency how soon
 * @param status where it stands
 * @param description what is needed, in words (e.g. "leukaemia treatment for the younger son")
 * @param referrals referrals made for it
 * @param tasks follow-up tasks
 */
public record Need(
    String id,
    List<String> personIds,
    NeedCategory category,
    Urgency urgency,
    NeedStatus status,
    String description,
    List<Referral> referrals,
    List<FollowUp> tasks)
    implements Recorded {

  public static final RecordKind<Need> KIND =
      RecordKind.of("need", Need.class, n -> Set.copyOf(n.personIds()));

  public Need {
    personIds = List.copyOf(personIds);
    referrals = List.copyOf(referrals);
    tasks = List.copyOf(tasks);
  }
}
