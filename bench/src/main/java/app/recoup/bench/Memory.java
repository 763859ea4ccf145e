package app.recoup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory as Linux counts it: this process (the JVM's heap is only part of it) and the
 * embedded PostgreSQL (its postmaster and the processes it forked, which pg_ctl left outside this
 * process's tree), those by their proportional share, so the shared buffers every PostgreSQL
 * process maps count once.
 */
final class Memory {

  private Memory() {}

  static long residentMb() {
    return field(Path.of("/proc/self/status"), "VmRSS:") / 1024;
  }

  static long peakResidentMb() {
    return field(Path.of("/proc/self/status"), "VmHWM:") / 1024;
  }

  /**
   * @param dataDirectory the embedded PostgreSQL's ({@code show data_directory})
   */
  static long postgresMb(String dataDirectory) {
    try {
      long postmaster =
          Long.parseLong(
              Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
      return ProcessHandle.of(postmaster)
              .map(process -> Stream.concat(Stream.of(process), process.descendants()))
              .orElseGet(Stream::empty)
              .mapToLong(
                  process ->
                      field(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"), "Pss:"))
              .sum()
          / 1024;
    } catch (IOException gone) {
      return 0;
    }
  }

  /** In kB; 0 when the process is gone. */
  private static long field(Path file, String name) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(name))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0);
    } catch (IOException gone) {
      return 0;
    }
  }
}
