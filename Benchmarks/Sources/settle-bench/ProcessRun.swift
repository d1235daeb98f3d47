import Glibc

/// One finished child process: wall time, peak resident memory and exit status.
struct ProcessRun {
  /// Wall-clock time from spawn to exit, in seconds.
  var seconds: Double
  /// User plus system CPU time of the child, in seconds (robust on a busy machine).
  var cpuSeconds: Double
  /// Peak resident set size (`ru_maxrss`), in KiB.
  var peakKiB: Int
  /// The exit status (0 on success), or -1 when the child did not exit normally.
  var status: Int32

  /// Runs `path` with `arguments` (standard output and error to /dev/null) and waits with
  /// `wait4` for its resource usage.
  static func run(_ path: String, _ arguments: [String]) -> ProcessRun? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let elapsed = now() - start
    let exited = (status & 0x7f) == 0
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ProcessRun(
      seconds: elapsed, cpuSeconds: cpu, peakKiB: Int(usage.ru_maxrss), status: exited ? (status >> 8) & 0xff : -1)
  }

  /// Monotonic seconds.
  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
