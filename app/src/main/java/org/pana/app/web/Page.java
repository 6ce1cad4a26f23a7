package org.pana.app.web;

import java.util.List;
import org.pana.core.problem.Problems;

/**
 * One page of a list in the JSON API.
 *
 * @param items the records on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many records there are in all (null when not counted, e.g. for searches)
 */
public record Page<T>(List<T> items, int page, int size, Long total) {

  public static final int MAX_SIZE = 200;
  public static final int MAX_PAGE = 1_000_000;

  /** Checks paging parameters; bad ones are a validation error naming the parameter. */
  public static void check(int page, int size) {
    var problems = new Problems();
    if (page < 0 || page > MAX_PAGE) {
      problems.add("page", "range", "The page number runs from 0 to " + MAX_PAGE + ".");
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add("size", "range", "The page size must be between 1 and " + MAX_SIZE + ".");
    }
    problems.throwIfAny();
  }
}
