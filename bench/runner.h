#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bench {

struct RunResult {
    double seconds = 0;
    double cpuSeconds = 0;       // user + system time of the child
    std::int64_t maxRssKiB = 0;  // ru_maxrss of the child, from wait4()
    int exitCode = -1;           // -1: did not start or was killed
};

// Runs argv[0] (searched in PATH) with stdout sent to `stdoutPath`
// (/dev/null when empty) and stderr to /dev/null; times it wall-clock.
RunResult runProgram(const std::vector<std::string> &argv, const std::string &stdoutPath = {});

// Runs `body` in a forked child and reports its exit status. Call only while
// the bench has a single thread.
RunResult runForked(const std::function<int()> &body);

// Reads every file once so that the measurements see a warm page cache.
void warmPageCache(const std::vector<std::string> &paths);

// CPU seconds spent by the whole machine, and by this process and its
// waited-for children: the difference is what other processes took.
double machineCpuSeconds();
double ownCpuSeconds();

} // namespace bench
