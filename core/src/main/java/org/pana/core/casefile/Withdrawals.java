package org.pana.core.casefile;

import java.time.Clock;
import java.time.LocalDate;
import org.pana.core.consent.Consent;
import org.pana.core.consent.ConsentScope;
import org.pana.core.consent.Consents;
import org.pana.core.date.Today;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/**
 * Withdraws a consent with what follows from it, in one transaction: a withdrawn consent to sharing
 * with a partner stops the sharing of the person's cases with that partner (unless another such
 * consent still holds). Releases made under a withdrawn consent are listed to ask back; new ones
 * are refused at the moment they are attempted.
 */
public final class Withdrawals {

  private final RecordStore store;
  private final Consents consents;
  private final Cases cases;
  private final Clock clock;

  public Withdrawals(RecordStore store, Consents consents, Cases cases, Clock clock) {
    this.store = store;
    this.consents = consents;
    this.cases = cases;
    this.clock = clock;
  }

  public Stored<Consent> withdraw(String id, int expectedRevision, String on, Change change) {
    return store.inTransaction(
        () -> {
          Stored<Consent> withdrawn = consents.withdraw(id, expectedRevision, on, change);
          Consent consent = withdrawn.value();
          LocalDate today = Today.in(clock).date();
          if (consent.scope() == ConsentScope.SHARING_WITH_PARTNER
              && !consents.allows(
                  consent.personId(),
                  ConsentScope.SHARING_WITH_PARTNER,
                  consent.partnerOrganisationId(),
                  today)) {
            cases.unshare(consent.personId(), consent.partnerOrganisationId(), change);
          }
          return withdrawn;
        });
  }
}
