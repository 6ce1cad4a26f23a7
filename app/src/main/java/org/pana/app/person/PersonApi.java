package org.pana.app.person;

import java.net.URI;
import java.util.List;
import org.pana.app.acting.Author;
import org.pana.app.audit.ReadTrail;
import org.pana.app.search.PersonSearch;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.app.web.Revisions;
import org.pana.core.person.People;
import org.pana.core.person.Person;
import org.pana.core.person.PersonDraft;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.pana.search.PersonQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** People in the JSON API. */
@ApiController
public class PersonApi {

  /** The longest name searched for (as in the names engine's search). */
  private static final int MAX_QUERY = 200;

  private final People people;
  private final Author author;
  private final ReadTrail trail;
  private final PersonSearch search;

  public PersonApi(People people, Author author, ReadTrail trail, PersonSearch search) {
    this.trail = trail;
    this.people = people;
    this.author = author;
    this.search = search;
  }

  @PostMapping(path = "/persons", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PersonJson> create(@RequestBody PersonDraft draft) {
    Stored<Person> stored = people.record(draft, author.recording(draft.organisationId(), null));
    return ResponseEntity.created(URI.create("/api/v1/persons/" + stored.value().id()))
        .eTag(Integer.toString(stored.revision()))
        .body(PersonJson.of(stored));
  }

  /**
   * Finds people by name, with the query in the body: a URL with a name in it ends up in proxy and
   * server logs, so this is the search to use.
   */
  @PostMapping(path = "/persons/search", consumes = MediaType.APPLICATION_JSON_VALUE)
  Page<PersonJson> search(@RequestBody Search search) {
    int size = search.size() == null ? 50 : search.size();
    Page.check(0, size);
    String q = search.q() == null ? "" : search.q();
    if (q.isBlank()) {
      throw new ValidationFailed("q", "required", "Give a name to search for.");
    }
    if (q.length() > MAX_QUERY) {
      throw new ValidationFailed(
          "q", "length", "A name to search for has at most " + MAX_QUERY + " characters.");
    }
    return new Page<>(found(q, size), 0, size, null);
  }

  /**
   * The people the names engine finds for a name, best first, as the reader may see them (each read
   * audited as shown): the same search as {@code /api/v1/search/persons}, in this shape.
   */
  private List<PersonJson> found(String name, int size) {
    return search.search(PersonQuery.byName(name).withLimit(size)).stream()
        .map(each -> PersonJson.of(each.person()))
        .toList();
  }

  /**
   * A name search.
   *
   * @param q words of a name, in any script
   * @param size at most this many results (default 50)
   */
  record Search(String q, Integer size) {}

  @GetMapping("/persons")
  Page<PersonJson> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String q) {
    Page.check(page, size);
    if (q != null && !q.isBlank()) {
      // the older query form is lenient: an over-long name is searched by its first characters
      return new Page<>(
          found(q.substring(0, Math.min(q.length(), MAX_QUERY)), size), 0, size, null);
    }
    return new Page<>(
        trail.shown(people.list(page * size, size)).stream().map(PersonJson::of).toList(),
        page,
        size,
        people.count());
  }

  @GetMapping("/persons/{id}")
  ResponseEntity<PersonJson> get(@PathVariable String id) {
    Stored<Person> stored = people.get(id);
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(PersonJson.of(stored));
  }

  /** Replaces a person's facts; {@code If-Match} carries the revision the change is based on. */
  @PutMapping(path = "/persons/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PersonJson> replace(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonDraft draft) {
    int revision = Revisions.fromIfMatch(ifMatch);
    author.keepsOrganisation(id, draft.organisationId());
    Stored<Person> stored = people.amend(id, revision, draft, author.change(null));
    return ResponseEntity.ok()
        .eTag(Integer.toString(stored.revision()))
        .body(PersonJson.of(stored));
  }
}
