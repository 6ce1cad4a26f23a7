package org.pana.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pana.core.person.People;
import org.pana.core.person.PersonDraft;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Change;
import org.pana.core.record.MemoryRecordStore;
import org.pana.core.record.Stored;
import org.pana.core.source.Sources;

/** A document's custody history grows with every change, up to a cap (issue 13). */
class CustodyLimitTest {

  private static final Change CLERK = Change.by("test-clerk");

  @Test
  void theChangeAfterTheLastAllowedIsRefusedNamingTheHistory() {
    MemoryRecordStore store = new MemoryRecordStore();
    Sources sources = new Sources(store);
    People people = new People(store, sources);
    Documents documents = new Documents(store, people, sources);
    String person =
        people
            .record(
                new PersonDraft(
                    List.of(new PersonDraft.NameDraft("Custody Testuly", null, null, null, null)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                CLERK)
            .value()
            .id();
    Stored<Document> document =
        documents.record(
            person,
            new DocumentDraft(
                "PASSPORT", null, null, null, null, "HELD_BY_PERSON", null, null, null, null),
            CLERK);
    CustodyDraft held = new CustodyDraft("HELD_BY_PERSON", null, null, null, null);
    while (document.value().custody().size() < Documents.MAX_CUSTODY_CHANGES) {
      document = documents.changeCustody(document.value().id(), document.revision(), held, CLERK);
    }
    String id = document.value().id();
    int revision = document.revision();

    assertThatThrownBy(() -> documents.changeCustody(id, revision, held, CLERK))
        .isInstanceOf(ValidationFailed.class)
        .extracting(e -> ((ValidationFailed) e).problems())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("custody", "too_many"));
    assertThat(documents.get(id).value().custody()).hasSize(Documents.MAX_CUSTODY_CHANGES);
  }
}
