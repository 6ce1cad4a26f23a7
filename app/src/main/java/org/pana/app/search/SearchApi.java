package org.pana.app.search;

import java.util.List;
import org.pana.app.web.ApiController;
import org.pana.app.web.Page;
import org.pana.core.person.NameVariant;
import org.pana.search.PersonQuery;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Person search in the JSON API: a name in any script, with filters; each result carries its score
 * and why it matched. {@code GET} takes the query in the URL as the public contract says; {@code
 * POST} takes it in the body, which keeps names out of proxy and server logs, and is the one to
 * prefer.
 */
@ApiController
public class SearchApi {

  private final PersonSearch search;

  public SearchApi(PersonSearch search) {
    this.search = search;
  }

  @GetMapping("/search/persons")
  Page<Match> get(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String birthDate,
      @RequestParam(required = false) String yearFrom,
      @RequestParam(required = false) String yearTo,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String identifier,
      @RequestParam(required = false) Integer size) {
    return answer(
        new SearchRequest(
            q,
            year,
            birthDate,
            yearFrom,
            yearTo,
            sex,
            place,
            organisation,
            status,
            identifier,
            size));
  }

  @PostMapping(path = "/search/persons", consumes = MediaType.APPLICATION_JSON_VALUE)
  Page<Match> post(@RequestBody SearchRequest request) {
    return answer(request);
  }

  private Page<Match> answer(SearchRequest request) {
    PersonQuery query = request.query();
    List<Match> matches = search.search(query).stream().map(Match::of).toList();
    return new Page<>(matches, 0, query.limit(), null);
  }

  /**
   * One person found.
   *
   * @param id the person's id
   * @param name the name to show first
   * @param names every written form of the name
   * @param score how well the name (and date of birth, identity number) matched, 0 to 1
   * @param matchedName the written form that matched best
   * @param explanation which parts of the name matched how
   * @param birthYear year of birth, when the reader may see it
   * @param birthPlace place of birth, when the reader may see it
   * @param caseStatuses statuses of the person's cases
   */
  record Match(
      String id,
      String name,
      List<String> names,
      double score,
      String matchedName,
      String explanation,
      Integer birthYear,
      String birthPlace,
      List<String> caseStatuses) {

    static Match of(PersonSearch.Found found) {
      var person = found.person().value();
      return new Match(
          person.id(),
          person.primaryName().value(),
          person.names().stream().map(NameVariant::value).toList(),
          Math.round(found.hit().score() * 1000) / 1000.0,
          found.hit().matchedName(),
          found.hit().explanation(),
          found.birthYear(),
          found.birthPlace(),
          found.hit().caseStatuses());
    }
  }
}
