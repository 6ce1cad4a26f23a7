package org.pana.app.web;

/**
 * Where a browser page of a long list is: which of its pages is shown, and whether there are newer
 * or older ones to go to. Pages count from 1 in the address ({@code ?page=2}); a number that is not
 * one, or below 1, shows the first page, and one past the end shows the last.
 *
 * @param page the page shown, from 1
 * @param size how many rows a page holds
 * @param total how many rows there are in all
 */
public record Pager(int page, int size, long total) {

  /** Rows on a page of the people and case lists. */
  public static final int ROWS = 50;

  /** The pager for the page asked for in the address ({@code null} when none was). */
  public static Pager of(String asked, int size, long total) {
    int last = (int) Math.max(1, (total + size - 1) / size);
    int page = 1;
    if (asked != null && asked.matches("[0-9]{1,9}")) {
      page = Math.clamp(Integer.parseInt(asked), 1, last);
    }
    return new Pager(page, size, total);
  }

  /** The offset of the page's first row, for the store. */
  public int offset() {
    return (page - 1) * size;
  }

  /** The position of the page's first row, from 1 (0 when the list is empty). */
  public long first() {
    return total == 0 ? 0 : (long) offset() + 1;
  }

  /** The position of the page's last row. */
  public long last() {
    return Math.min(total, (long) page * size);
  }

  public boolean hasNewer() {
    return page > 1;
  }

  public boolean hasOlder() {
    return (long) page * size < total;
  }

  /** Whether there is more than one page, so the pager is worth showing. */
  public boolean shown() {
    return total > size;
  }
}
