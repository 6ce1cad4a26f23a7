package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

  @Test
  void aPageHoldsItsShareOfTheList() {
    Pager second = Pager.of("2", 50, 120);

    assertThat(second.offset()).isEqualTo(50);
    assertThat(second.first()).isEqualTo(51);
    assertThat(second.last()).isEqualTo(100);
    assertThat(second.hasNewer()).isTrue();
    assertThat(second.hasOlder()).isTrue();
    assertThat(Pager.of("3", 50, 120).last()).isEqualTo(120);
    assertThat(Pager.of("3", 50, 120).hasOlder()).isFalse();
  }

  @Test
  void whatIsNotAPageShowsTheFirstAndPastTheEndShowsTheLast() {
    assertThat(Pager.of(null, 50, 120).page()).isEqualTo(1);
    assertThat(Pager.of("x", 50, 120).page()).isEqualTo(1);
    assertThat(Pager.of("-2", 50, 120).page()).isEqualTo(1);
    assertThat(Pager.of("0", 50, 120).page()).isEqualTo(1);
    assertThat(Pager.of("99999999999", 50, 120).page()).isEqualTo(1);
    assertThat(Pager.of("7", 50, 120).page()).isEqualTo(3);
  }

  @Test
  void anEmptyOrShortListHasNoPager() {
    Pager empty = Pager.of("4", 50, 0);

    assertThat(empty.page()).isEqualTo(1);
    assertThat(empty.first()).isZero();
    assertThat(empty.last()).isZero();
    assertThat(empty.shown()).isFalse();
    assertThat(Pager.of(null, 50, 50).shown()).isFalse();
    assertThat(Pager.of(null, 50, 51).shown()).isTrue();
  }
}
