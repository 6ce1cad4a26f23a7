package org.pana.app.config;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Names what the start took, at debug level (logger {@code org.pana.app.startup}): the JVM's own
 * start, Spring's phases and the slowest beans, each with its milliseconds. {@code
 * scripts/startup-time --debug} prints it. Spring's steps are recorded only when the breakdown is
 * asked for (the logger at debug, given as a system property): recording costs time itself.
 */
@Component
public class StartupCosts {

  /** The logger to turn to debug for the breakdown. */
  public static final String LOGGER = "org.pana.app.startup";

  /** How many steps the command line's recorder keeps (a start has about 1,500). */
  public static final int RECORDER_CAPACITY = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  /** How many of the slowest beans to name (each with the beans it needed on the way). */
  private static final int SLOWEST = 15;

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long now = System.currentTimeMillis();
    LOG.debug(
        "start-up: {} ms since the JVM started; Spring ready in {} ms",
        now - jvmStart,
        event.getTimeTaken() == null ? "?" : event.getTimeTaken().toMillis());
    if (!(event.getApplicationContext().getApplicationStartup()
        instanceof BufferingApplicationStartup recorder)) {
      LOG.debug("start-up: no step recorder; run through the command line for the breakdown");
      return;
    }
    StartupTimeline timeline = recorder.getBufferedTimeline();
    long toMain = timeline.getStartTime().toEpochMilli() - jvmStart;
    LOG.debug("start-up: {} ms from the JVM's start to Pana's main (class loading, jar)", toMain);
    List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
    for (String phase :
        List.of(
            "spring.boot.application.environment-prepared",
            "spring.boot.application.context-prepared",
            "spring.context.refresh",
            "spring.context.beans.post-process",
            "spring.boot.webserver.create",
            "spring.boot.application.ready")) {
      long millis =
          events.stream()
              .filter(e -> e.getStartupStep().getName().equals(phase))
              .mapToLong(e -> e.getDuration().toMillis())
              .sum();
      if (millis > 0) {
        LOG.debug("start-up: phase {} {} ms", phase, millis);
      }
    }
    events.stream()
        .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
        .sorted(
            Comparator.comparing(StartupTimeline.TimelineEvent::getDuration, Duration::compareTo)
                .reversed())
        .limit(SLOWEST)
        .forEach(
            e ->
                LOG.debug(
                    String.format(
                        Locale.ROOT,
                        "start-up: bean %-45s %5d ms (with the beans it needed)",
                        beanName(e.getStartupStep()),
                        e.getDuration().toMillis())));
  }

  private static String beanName(StartupStep step) {
    return StreamSupport.stream(step.getTags().spliterator(), false)
        .filter(tag -> tag.getKey().equals("beanName"))
        .map(StartupStep.Tag::getValue)
        .findFirst()
        .orElse("?");
  }
}
