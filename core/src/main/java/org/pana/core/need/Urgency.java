package org.pana.core.need;

/** How soon help is needed, most urgent first. */
public enum Urgency {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW
}
