#include "runner.h"

#include <cerrno>
#include <chrono>
#include <fstream>
#include <string>
#include <fcntl.h>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bench {

namespace {

RunResult waitFor(pid_t pid, std::chrono::steady_clock::time_point start)
{
    RunResult r;
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return r;
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.maxRssKiB = usage.ru_maxrss;
    r.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace

RunResult runProgram(const std::vector<std::string> &argv, const std::string &stdoutPath)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const std::string out = stdoutPath.empty() ? std::string("/dev/null") : stdoutPath;

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        return {};
    if (pid == 0) {
        const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int n = ::open("/dev/null", O_WRONLY);
        if (o < 0 || n < 0 || ::dup2(o, 1) < 0 || ::dup2(n, 2) < 0)
            ::_exit(127);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return waitFor(pid, start);
}

RunResult runForked(const std::function<int()> &body)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        return {};
    if (pid == 0)
        ::_exit(body());
    return waitFor(pid, start);
}

void warmPageCache(const std::vector<std::string> &paths)
{
    constexpr std::size_t kBuffer = std::size_t(4) << 20;
    std::unique_ptr<char[]> buffer(new char[kBuffer]);
    for (const std::string &p : paths) {
        const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        while (true) {
            const ssize_t got = ::read(fd, buffer.get(), kBuffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
        }
        ::close(fd);
    }
}

double machineCpuSeconds()
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    return (user + nice + system + irq + softirq + steal) / double(::sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        struct rusage u {};
        ::getrusage(who, &u);
        total += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    return total;
}

} // namespace bench
