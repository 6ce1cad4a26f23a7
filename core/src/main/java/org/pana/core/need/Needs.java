package org.pana.core.need;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.pana.core.organisation.Organisation;
import org.pana.core.person.People;
import org.pana.core.problem.Problems;
import org.pana.core.record.Change;
import org.pana.core.record.RecordStore;
import org.pana.core.record.Stored;

/** Records needs, amends them, and lists them and their due tasks. */
public final class Needs {

  private static final int PAGE = 200;

  /** The most people one need may concern (a family). */
  public static final int MAX_PEOPLE = 50;

  /** The most referrals of one need. */
  public static final int MAX_REFERRALS = 50;

  /** The most follow-up tasks of one need. */
  public static final int MAX_TASKS = 100;

  private final RecordStore store;
  private final People people;

  public Needs(RecordStore store, People people) {
    this.store = store;
    this.people = people;
  }

  /**
   * Records a need of a person (and of the family members the draft names); nothing is stored when
   * anything is wrong.
   *
   * @param knownLogin says whether a login name is an account's (task assignees must be)
   */
  public Stored<Need> record(
      String personId, NeedDraft draft, Predicate<String> knownLogin, Change change) {
    people.get(personId);
    return store.insert(
        Need.KIND, validate(UUID.randomUUID().toString(), personId, draft, knownLogin), change);
  }

  /** Replaces a need's facts with the draft's, as a new revision. */
  public Stored<Need> amend(
      String id,
      int expectedRevision,
      NeedDraft draft,
      Predicate<String> knownLogin,
      Change change) {
    Stored<Need> current = get(id);
    Need need = validate(id, current.value().personIds().getFirst(), draft, knownLogin);
    return store.update(Need.KIND, need, expectedRevision, change);
  }

  /**
   * Sets a need's status and marks its tasks done or not (the form on the person page), as a new
   * revision.
   *
   * @param doneTasks the indexes of the tasks that are done
   */
  public Stored<Need> update(
      String id,
      int expectedRevision,
      String status,
      java.util.Set<Integer> doneTasks,
      Change change) {
    Stored<Need> current = get(id);
    Problems problems = new Problems();
    NeedStatus newStatus = problems.requiredCode("status", NeedStatus.class, status);
    problems.throwIfAny();
    Need need = current.value();
    List<FollowUp> tasks = new ArrayList<>();
    for (int i = 0; i < need.tasks().size(); i++) {
      FollowUp task = need.tasks().get(i);
      tasks.add(new FollowUp(task.title(), task.due(), task.assignee(), doneTasks.contains(i)));
    }
    return store.update(
        Need.KIND,
        new Need(
            need.id(),
            need.personIds(),
            need.category(),
            need.urgency(),
            newStatus,
            need.description(),
            need.referrals(),
            tasks),
        expectedRevision,
        change);
  }

  public Stored<Need> get(String id) {
    return store
        .find(Need.KIND, id)
        .orElseThrow(() -> new org.pana.core.problem.NotFound("need", id));
  }

  /** A person's needs, most urgent first. */
  public List<Stored<Need>> of(String personId) {
    people.get(personId);
    List<Stored<Need>> needs = new ArrayList<>(store.linkedTo(Need.KIND, personId));
    needs.sort(Comparator.comparing((Stored<Need> n) -> n.value().urgency()));
    return needs;
  }

  /**
   * The open tasks of every need the reader may see, due on or before {@code dueBefore}; only those
   * assigned to {@code assignee} when it is given. Earliest first.
   */
  public List<TaskItem> tasksDue(LocalDate dueBefore, String assignee) {
    List<TaskItem> due = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Stored<Need>> page = store.list(Need.KIND, offset, PAGE);
      for (Stored<Need> need : page) {
        for (FollowUp task : need.value().tasks()) {
          if (!task.done()
              && !task.due().isAfter(dueBefore)
              && (assignee == null || assignee.equals(task.assignee()))) {
            due.add(new TaskItem(need, task));
          }
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    due.sort(Comparator.comparing(t -> t.task().due()));
    return due;
  }

  private Need validate(String id, String personId, NeedDraft draft, Predicate<String> knownLogin) {
    Problems problems = new Problems();
    Set<String> personIds = new LinkedHashSet<>();
    personIds.add(personId);
    boolean fewPeople = problems.atMost("personIds", draft.personIds(), MAX_PEOPLE);
    for (int i = 0; fewPeople && i < draft.personIds().size(); i++) {
      String other = draft.personIds().get(i);
      if (other == null || other.isBlank()) {
        continue;
      }
      if (!Problems.couldBeId(other.strip()) || people.find(other.strip()).isEmpty()) {
        problems.add("personIds[" + i + "]", "unknown_person", "No person with this id.");
      } else {
        personIds.add(other.strip());
      }
    }
    NeedCategory category = problems.requiredCode("category", NeedCategory.class, draft.category());
    Urgency urgency =
        draft.urgency() == null || draft.urgency().isBlank()
            ? Urgency.MEDIUM
            : problems.code("urgency", Urgency.class, draft.urgency());
    NeedStatus status =
        draft.status() == null || draft.status().isBlank()
            ? NeedStatus.OPEN
            : problems.code("status", NeedStatus.class, draft.status());
    String description = problems.required("description", draft.description(), 5000);
    List<Referral> referrals = new ArrayList<>();
    boolean fewReferrals = problems.atMost("referrals", draft.referrals(), MAX_REFERRALS);
    for (int i = 0; fewReferrals && i < draft.referrals().size(); i++) {
      NeedDraft.ReferralDraft r = draft.referrals().get(i);
      String at = "referrals[" + i + "].";
      String organisationId = problems.optional(at + "organisationId", r.organisationId(), 100);
      if (organisationId != null && store.find(Organisation.KIND, organisationId).isEmpty()) {
        problems.add(
            at + "organisationId", "unknown_organisation", "No organisation with this id.");
      }
      String provider = problems.optional(at + "provider", r.provider(), 300);
      if (organisationId == null && provider == null) {
        problems.add(at + "provider", "required", "Name the provider, or choose an organisation.");
      }
      ReferralStatus referralStatus =
          r.status() == null || r.status().isBlank()
              ? ReferralStatus.PROPOSED
              : problems.code(at + "status", ReferralStatus.class, r.status());
      referrals.add(
          new Referral(
              organisationId,
              provider,
              problems.partialDate(at + "date", r.date()),
              referralStatus,
              problems.optional(at + "note", r.note(), 2000)));
    }
    List<FollowUp> tasks = new ArrayList<>();
    boolean fewTasks = problems.atMost("tasks", draft.tasks(), MAX_TASKS);
    for (int i = 0; fewTasks && i < draft.tasks().size(); i++) {
      NeedDraft.TaskDraft t = draft.tasks().get(i);
      String at = "tasks[" + i + "].";
      String title = problems.required(at + "title", t.title(), 300);
      LocalDate due = null;
      if (problems.required(at + "due", t.due(), 20) != null) {
        try {
          due = LocalDate.parse(t.due().strip());
        } catch (DateTimeParseException e) {
          problems.add(at + "due", "date", "Write the day as yyyy-mm-dd.");
        }
      }
      String assignee = problems.optional(at + "assignee", t.assignee(), 100);
      if (assignee != null && !knownLogin.test(assignee)) {
        problems.add(at + "assignee", "unknown_account", "No account with this login name.");
      }
      tasks.add(new FollowUp(title, due, assignee, Boolean.TRUE.equals(t.done())));
    }
    problems.throwIfAny();
    return new Need(
        id, List.copyOf(personIds), category, urgency, status, description, referrals, tasks);
  }
}
