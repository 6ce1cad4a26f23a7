package org.pana.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pana.app.RunningPana;

/**
 * The people and case lists show fifty rows a page, with newer and older pages to go to: a group
 * with more than fifty people or cases reaches every one of them from the list, not only the newest
 * fifty (or two hundred). Everyone is invented.
 */
class ListPagingIT extends RunningPana {

  @Test
  void thePeopleListHasAPageForEveryFifty() {
    for (int i = 0; i < 51; i++) {
      person("Paging Testova " + i);
    }
    long total = personCount();
    long lastPage = (total + 49) / 50;

    String first = get("/people").body();
    assertThat(first)
        .contains(showing(1, 50, total))
        .contains("href=\"/people?page=2\"")
        .doesNotContain("rel=\"prev\"");
    assertThat(rows(first)).isEqualTo(50);

    String last = get("/people?page=" + lastPage).body();
    assertThat(last)
        .contains(showing((lastPage - 1) * 50 + 1, total, total))
        .contains("href=\"/people?page=" + (lastPage - 1) + "\"")
        .doesNotContain("rel=\"next\"");
    assertThat(rows(last)).isEqualTo((int) (total - (lastPage - 1) * 50));

    // what is not a page number shows the first page; one past the end shows the last
    assertThat(get("/people?page=first").body()).contains(showing(1, 50, total));
    assertThat(get("/people?page=0").body()).contains(showing(1, 50, total));
    assertThat(get("/people?page=99999").body())
        .contains(showing((lastPage - 1) * 50 + 1, total, total));
  }

  @Test
  void theCaseListHasAPageForEveryFifty() {
    String person = person("Paging Casova");
    for (int i = 0; i < 51; i++) {
      newCase("Paging case " + i, person);
    }
    long total = json(get("/api/v1/cases?size=1")).get("total").asLong();

    String first = get("/cases").body();
    assertThat(first).contains(showing(1, 50, total)).contains("href=\"/cases?page=2\"");
    assertThat(first.split("href=\"/cases/[0-9a-f-]{36}\"", -1)).hasSize(51);

    String second = get("/cases?page=2").body();
    assertThat(second)
        .contains("href=\"/cases?page=1\"")
        .contains(showing(51, Math.min(100, total), total));
  }

  /** "1–50 of 1,234", as the English bundle words where a page is in the list. */
  private static String showing(long from, long to, long total) {
    return String.format(Locale.ROOT, "%,d–%,d of %,d", from, to, total);
  }

  /** The rows of the people list on a page. */
  private static int rows(String page) {
    return page.split("<td><a href=\"/people/", -1).length - 1;
  }
}
