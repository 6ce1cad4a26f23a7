package org.pana.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void aServerIsWarmWhenItsCompilerTakesUnderATenthOfTheCpu() {
    // 10 s of a 2-core machine: 19 s of CPU, of which the compiler took 5 s (just started), 2.5 s,
    // or 1 s (warm)
    assertThat(Load.settled(new Load.Cpu(19.0, 5.0, 2))).isFalse();
    assertThat(Load.settled(new Load.Cpu(19.0, 2.5, 2))).isFalse();
    assertThat(Load.settled(new Load.Cpu(19.0, 1.0, 2))).isTrue();
  }

  @Test
  void whereTheSystemDoesNotTellTheCompilersTimeTheLeastWarmUpIsTaken() {
    assertThat(Load.settled(new Load.Cpu(19.0, Double.NaN, 2))).isTrue();
    assertThat(Load.settled(new Load.Cpu(Double.NaN, 1.0, 2))).isTrue();
  }
}
