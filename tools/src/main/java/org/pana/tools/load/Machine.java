package org.pana.tools.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The machine and JVM a benchmark ran on, printed with its numbers (they mean little without).
 *
 * @param cores processors the JVM may use
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or "CPU model unknown"
 * @param memoryBytes the machine's memory, or 0 when unknown
 * @param java the Java version and vendor
 * @param maxHeapBytes the JVM's maximum heap
 */
record Machine(int cores, String cpu, long memoryBytes, String java, long maxHeapBytes) {

  /** This machine. */
  static Machine here() {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean system) {
      memory = system.getTotalMemorySize();
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        memory,
        Runtime.version() + " (" + System.getProperty("java.vm.vendor", "unknown vendor") + ")",
        Runtime.getRuntime().maxMemory());
  }

  /** One line, e.g. {@code machine: 2 cores, Intel Xeon …, 7.8 GB memory; Java 25 …}. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "machine: %d cores, %s, %s memory; Java %s, max heap %,d MB",
        cores,
        cpu,
        memoryBytes == 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GB", memoryBytes / 1e9),
        java,
        maxHeapBytes >> 20);
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      try (Stream<String> lines = Files.lines(info)) {
        return lines
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).strip())
            .findFirst()
            .orElse("CPU model unknown");
      } catch (IOException | java.io.UncheckedIOException e) {
        return "CPU model unknown";
      }
    }
    return "CPU model unknown";
  }
}
