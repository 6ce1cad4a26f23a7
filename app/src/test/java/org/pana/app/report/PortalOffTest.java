package org.pana.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.app.config.PanaSettings;
import org.pana.app.portal.Portal;

/** The public portal is off unless it is turned on, and then serves nothing. */
class PortalOffTest {

  @TempDir Path dir;

  @Test
  void theShippedSettingsLeaveThePortalOff() throws IOException {
    Properties shipped = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      shipped.load(in);
    }
    assertThat(shipped.getProperty("pana.portal.enabled")).isEqualTo("false");
  }

  @Test
  void anOffPortalHasNoFiles() {
    Portal portal =
        new Portal(
            false,
            "",
            PanaSettings.of(dir.toString(), null, "127.0.0.1", java.util.Set.of()),
            null,
            null,
            null);
    portal.refresh();
    assertThat(portal.enabled()).isFalse();
    assertThat(portal.file("index.html")).isEmpty();
    assertThat(dir.resolve("portal")).doesNotExist();
  }
}
