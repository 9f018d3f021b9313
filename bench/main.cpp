// hallmark-bench: Hallmark's hashing throughput and peak memory against
// `openssl dgst -sha256` and `sha256sum` on the same synthetic bytes, in one
// run. See README.md.

#include "runner.h"
#include "synth.h"

#include "hashing/modelhasher.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using bench::RunResult;

struct Options {
    std::string dir;
    double scale = 1.0;
    int reps = 3;
    bool json = false;
    bool keep = false;
    bool sha256sum = true;
    std::string cli = HALLMARK_CLI_PATH;
    bool inProcess = false;
    int threads = 0;
    std::int64_t chunk = 0;
    std::int64_t shardSize = 0;
    std::set<std::string> cases;
};

void usage()
{
    std::cout << R"(usage: hallmark-bench [options]

Generates a synthetic model and measures Hallmark against openssl and sha256sum.

  --dir DIR         work folder for the generated data (default: a new folder in /var/tmp)
  --scale X         multiply the big file sizes by X (default 1: 3 x 1.5 GiB + 200 small
                    files, one 4 GiB file, a tar of the model; about 13 GiB on disk)
  --reps N          repetitions per measurement; the median is reported (default 3)
  --cases LIST      comma-separated subset of: multi, multi-shards, one-files, one-shards, tar
  --no-sha256sum    skip the sha256sum baseline (it is slow)
  --json            print machine-readable results instead of the table
  --keep            keep the generated data (a later run with the same --dir and --scale reuses it)
  --cli PATH        hallmark-cli to measure (default: the one built next to this bench)
  --in-process      instead of hallmark-cli, call hashModel() in a forked child; allows:
    --threads N     HashOptions::threads
    --chunk BYTES   HashOptions::chunkSize
  --shard-size B    shard size for the shards cases (default 10^9 x scale)

Exit status: 0 when every target passes, 1 when one fails, 2 on errors.
)";
}

bool parseArgs(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::runtime_error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--dir") o.dir = value();
        else if (a == "--scale") o.scale = std::stod(value());
        else if (a == "--reps") o.reps = std::stoi(value());
        else if (a == "--json") o.json = true;
        else if (a == "--keep") o.keep = true;
        else if (a == "--no-sha256sum") o.sha256sum = false;
        else if (a == "--cli") o.cli = value();
        else if (a == "--in-process") o.inProcess = true;
        else if (a == "--threads") o.threads = std::stoi(value());
        else if (a == "--chunk") o.chunk = std::stoll(value());
        else if (a == "--shard-size") o.shardSize = std::stoll(value());
        else if (a == "--cases") {
            std::stringstream s(value());
            for (std::string c; std::getline(s, c, ',');)
                o.cases.insert(c);
        } else if (a == "--help" || a == "-h") {
            usage();
            std::exit(0);
        } else
            throw std::runtime_error("unknown option " + a);
    }
    if (o.scale <= 0 || o.reps < 1)
        throw std::runtime_error("--scale and --reps must be positive");
    return true;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Series {
    std::vector<double> seconds;
    std::vector<double> cpu;
    std::int64_t maxRssKiB = 0;
    bool failed = false;
    bool ran() const { return !seconds.empty(); }
    double med() const { return median(seconds); }
    double cpuMed() const { return median(cpu); }
    double cores() const { return med() > 0 ? cpuMed() / med() : 0; }
    void add(const RunResult &r)
    {
        if (r.exitCode != 0)
            failed = true;
        seconds.push_back(r.seconds);
        cpu.push_back(r.cpuSeconds);
        maxRssKiB = std::max(maxRssKiB, r.maxRssKiB);
    }
};

struct Case {
    std::string id;
    std::string label;
    std::string path;  // what Hallmark hashes
    bool shards = false;
    std::string group;  // cases of a group hash the same bytes and share baselines
    Series hallmark;
    std::string digestCheck = "n/a";
};

struct Group {
    std::vector<std::string> files;  // the baseline tools hash these
    std::vector<std::string> warm;   // every file any case of the group reads
    std::int64_t bytes = 0;
    Series openssl, sha256sum;
};

std::vector<std::string> withPrefix(std::vector<std::string> head, const std::vector<std::string> &files)
{
    head.insert(head.end(), files.begin(), files.end());
    return head;
}

// Every "SHA2-256(file)= hex" digest openssl printed must appear in
// Hallmark's output.
std::string checkDigests(const std::string &opensslOut, const std::string &hallmarkOut)
{
    std::ifstream o(opensslOut), h(hallmarkOut);
    std::stringstream hs;
    hs << h.rdbuf();
    const std::string text = hs.str();
    int checked = 0;
    for (std::string line; std::getline(o, line);) {
        const auto eq = line.rfind("= ");
        if (eq == std::string::npos)
            continue;
        if (text.find(line.substr(eq + 2)) == std::string::npos)
            return "MISMATCH";
        ++checked;
    }
    return checked > 0 ? "ok (" + std::to_string(checked) + ")" : "no digests";
}

std::string hexOf(const QByteArray &b)
{
    return b.toHex().toStdString();
}

RunResult runHallmark(const Options &o, const Case &c, std::int64_t shardSize, const std::string &out)
{
    if (!o.inProcess) {
        std::vector<std::string> argv{o.cli, "hash", "--json"};
        if (c.shards)
            argv.insert(argv.end(), {"--serialization", "shards", "--shard-size", std::to_string(shardSize)});
        argv.push_back(c.path);
        return bench::runProgram(argv, out);
    }
    return bench::runForked([&] {
        hallmark::HashOptions options;
        options.serialization = c.shards ? hallmark::Serialization::Shards : hallmark::Serialization::Files;
        options.shardSize = shardSize;
        if (o.threads > 0)
            options.threads = o.threads;
        if (o.chunk > 0)
            options.chunkSize = o.chunk;
        hallmark::JobControl control;
        auto outcome = hallmark::hashModel(QString::fromStdString(c.path), {}, options, control);
        if (!outcome || !outcome->complete())
            return 1;
        if (!out.empty()) {
            std::ofstream f(out);
            for (const hallmark::FileDigest &d : outcome->digests)
                for (const hallmark::PartDigest &p : d.parts)
                    f << hexOf(p.digest) << '\n';
        }
        return 0;
    });
}

std::string fixed(double v, int decimals, const std::string &suffix = {})
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(decimals) << v << suffix;
    return s.str();
}

double gbps(std::int64_t bytes, double seconds)
{
    return seconds > 0 ? double(bytes) / seconds / 1e9 : 0;
}

struct Target {
    std::string name;
    double value = 0;
    double limit = 0;
    bool lessIsBetter = false;
    bool measured = false;
    bool pass() const { return measured && (lessIsBetter ? value < limit : value >= limit); }
};

} // namespace

int main(int argc, char **argv)
{
    Options o;
    try {
        parseArgs(argc, argv, o);
    } catch (const std::exception &e) {
        std::cerr << "hallmark-bench: " << e.what() << " (see --help)\n";
        return 2;
    }
    if (!o.inProcess && ::access(o.cli.c_str(), X_OK) != 0) {
        std::cerr << "hallmark-bench: no hallmark-cli at " << o.cli << " (build it, or give --cli)\n";
        return 2;
    }

    bool createdDir = false;
    if (o.dir.empty()) {
        char tmpl[] = "/var/tmp/hallmark-bench-XXXXXX";
        if (!::mkdtemp(tmpl)) {
            std::perror("hallmark-bench: mkdtemp");
            return 2;
        }
        o.dir = tmpl;
        createdDir = true;
    }
    o.dir = std::filesystem::absolute(o.dir).string();
    std::ostream &log = o.json ? std::cerr : std::cout;

    bench::SynthPlan plan;
    plan.scale = o.scale;
    const bench::Dataset data = bench::planDataset(o.dir, plan);
    const std::int64_t shardSize = o.shardSize > 0 ? o.shardSize : std::max<std::int64_t>(1, std::int64_t(1e9 * o.scale));

    if (bench::datasetPresent(data, plan)) {
        log << "Reusing the data in " << o.dir << "\n";
    } else {
        log << "Generating " << fixed(double(2 * data.modelBytes() + data.oneFileSize) / 1e9, 2) << " GB in " << o.dir
            << " ..." << std::flush;
        const auto start = std::chrono::steady_clock::now();
        if (std::string e = bench::generateDataset(data, plan); !e.empty()) {
            std::cerr << "\nhallmark-bench: " << e << "\n";
            bench::removeDataset(data);
            return 2;
        }
        log << " " << fixed(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 1, " s\n");
    }

    const double machineBefore = bench::machineCpuSeconds(), ownBefore = bench::ownCpuSeconds();
    const auto measureStart = std::chrono::steady_clock::now();
    std::map<std::string, Group> groups;
    groups["model"].files = data.modelPaths();
    groups["model"].warm = withPrefix(data.modelPaths(), {data.tarFile});
    groups["model"].bytes = data.modelBytes();
    groups["one"].files = {data.oneFile};
    groups["one"].warm = {data.oneFile};
    groups["one"].bytes = data.oneFileSize;

    const std::string nFiles = std::to_string(data.modelFiles.size());
    std::vector<Case> cases{
        {"multi", "multi-file model (" + nFiles + " files), files", data.modelDir, false, "model", {}, "n/a"},
        {"multi-shards", "multi-file model, shards", data.modelDir, true, "model", {}, "n/a"},
        {"tar", "same model as .tar, files", data.tarFile, false, "model", {}, "n/a"},
        {"one-files", "one file, files", data.oneFile, false, "one", {}, "n/a"},
        {"one-shards", "one file, shards", data.oneFile, true, "one", {}, "n/a"},
    };
    if (!o.cases.empty())
        std::erase_if(cases, [&](const Case &c) { return !o.cases.contains(c.id); });

    const std::string scratch = o.dir + "/.out";
    for (auto &[name, g] : groups) {
        const bool used = std::any_of(cases.begin(), cases.end(), [&](const Case &c) { return c.group == name; });
        if (!used)
            continue;
        log << "Warming the page cache (" << name << ") ..." << std::flush;
        bench::warmPageCache(g.warm);
        log << " measuring" << std::flush;
        for (int rep = 0; rep < o.reps; ++rep) {
            const std::string sslOut = rep == 0 ? scratch + ".openssl" : std::string();
            g.openssl.add(bench::runProgram(withPrefix({"openssl", "dgst", "-sha256"}, g.files), sslOut));
            log << '.' << std::flush;
            if (o.sha256sum) {
                g.sha256sum.add(bench::runProgram(withPrefix({"sha256sum"}, g.files)));
                log << '.' << std::flush;
            }
            for (Case &c : cases) {
                if (c.group != name)
                    continue;
                const std::string out = rep == 0 && !c.shards ? scratch + ".hallmark" : std::string();
                c.hallmark.add(runHallmark(o, c, shardSize, out));
                if (!out.empty())
                    c.digestCheck = checkDigests(sslOut, out);
                log << '.' << std::flush;
            }
        }
        log << "\n";
    }
    // Share of one CPU that other processes used while we measured.
    const double others = std::max(0.0, (bench::machineCpuSeconds() - machineBefore) - (bench::ownCpuSeconds() - ownBefore))
        / std::chrono::duration<double>(std::chrono::steady_clock::now() - measureStart).count();
    const bool busy = others > 0.1;
    std::filesystem::remove(scratch + ".openssl");
    std::filesystem::remove(scratch + ".hallmark");

    // Results.
    const Case *dirCase = nullptr;
    for (const Case &c : cases)
        if (c.id == "multi")
            dirCase = &c;
    auto vsOpenssl = [&](const Case &c) {
        const Group &g = groups[c.group];
        return c.hallmark.med() > 0 ? g.openssl.med() / c.hallmark.med() : 0.0;
    };

    std::vector<Target> targets;
    std::int64_t bigRss = 0;
    bool anyBig = false;
    for (const Case &c : cases) {
        const bool ok = !c.hallmark.failed && c.digestCheck.rfind("MISMATCH", 0) != 0;
        if (c.id == "multi")
            targets.push_back({"multi-file model >= 1.8x openssl", vsOpenssl(c), 1.8, false, ok});
        if (c.id == "one-shards")
            targets.push_back({"one file, shards >= 1.8x openssl", vsOpenssl(c), 1.8, false, ok});
        if (c.id == "one-files")
            targets.push_back({"one file, files >= 0.95x openssl", vsOpenssl(c), 0.95, false, ok});
        if (c.id == "tar" && dirCase)
            targets.push_back({".tar >= 0.9x the folder", dirCase->hallmark.med() / c.hallmark.med(), 0.9, false, ok});
        if (c.group == "one") {
            bigRss = std::max(bigRss, c.hallmark.maxRssKiB);
            anyBig = true;
        }
    }
    if (anyBig)
        targets.push_back({"peak RSS hashing one big file < 150 MiB", double(bigRss) / 1024, 150, true, true});
    const bool allPass = std::all_of(targets.begin(), targets.end(), [](const Target &t) { return t.pass(); });
    const bool anyError = std::any_of(cases.begin(), cases.end(), [](const Case &c) {
        return c.hallmark.failed || c.digestCheck.rfind("MISMATCH", 0) == 0;
    });

    if (o.json) {
        nlohmann::json j;
        j["scale"] = o.scale;
        j["reps"] = o.reps;
        j["shard_size"] = shardSize;
        j["cpus"] = std::thread::hardware_concurrency();
        j["engine"] = o.inProcess ? "in-process" : "hallmark-cli";
        j["other_processes_cpu"] = others;
        auto series = [](const Series &s, std::int64_t bytes) {
            return nlohmann::json{{"seconds", s.med()},
                                  {"gbps", gbps(bytes, s.med())},
                                  {"runs", s.seconds},
                                  {"cpu_seconds", s.cpuMed()},
                                  {"failed", s.failed}};
        };
        for (const auto &[name, g] : groups) {
            if (!g.openssl.ran())
                continue;
            j["baselines"][name]["bytes"] = g.bytes;
            j["baselines"][name]["openssl"] = series(g.openssl, g.bytes);
            if (g.sha256sum.ran())
                j["baselines"][name]["sha256sum"] = series(g.sha256sum, g.bytes);
        }
        for (const Case &c : cases) {
            const Group &g = groups[c.group];
            nlohmann::json jc = series(c.hallmark, g.bytes);
            jc["case"] = c.id;
            jc["label"] = c.label;
            jc["bytes"] = g.bytes;
            jc["peak_rss_mib"] = double(c.hallmark.maxRssKiB) / 1024;
            jc["ratio_vs_openssl"] = vsOpenssl(c);
            if (g.sha256sum.ran())
                jc["ratio_vs_sha256sum"] = g.sha256sum.med() / c.hallmark.med();
            if (c.id == "tar" && dirCase)
                jc["ratio_vs_dir"] = dirCase->hallmark.med() / c.hallmark.med();
            jc["digest_check"] = c.digestCheck;
            j["cases"].push_back(jc);
        }
        for (const Target &t : targets)
            j["targets"].push_back({{"target", t.name}, {"value", t.value}, {"limit", t.limit}, {"pass", t.pass()}});
        j["pass"] = allPass;
        std::cout << j.dump(2) << "\n";
    } else {
        std::printf("\nscale %.3g, median of %d, shard size %lld, %u CPUs, %s\n", o.scale, o.reps,
                    static_cast<long long>(shardSize), std::thread::hardware_concurrency(),
                    o.inProcess ? "in-process hashModel()" : o.cli.c_str());
        std::printf("GB/s = 10^9 bytes per second; ratios are throughput ratios (higher is better for Hallmark)\n");
        std::printf("other processes used %.0f%% of a CPU meanwhile%s\n\n", others * 100,
                    busy ? " -- the machine was busy, the numbers are unreliable" : "");
        std::printf("%-44s %12s %8s %8s %6s %7s %10s %12s %7s %8s  %s\n", "case", "bytes", "seconds", "CPU s", "cores",
                    "GB/s", "vs openssl", "vs sha256sum", "vs dir", "RSS MiB", "digests");
        for (const auto &[name, g] : groups) {
            if (!g.openssl.ran())
                continue;
            const std::string what = name == "model" ? "model files" : "one file";
            std::printf("%-44s %12lld %8.3f %8.3f %6.2f %7.3f\n", ("openssl dgst -sha256, " + what).c_str(),
                        static_cast<long long>(g.bytes), g.openssl.med(), g.openssl.cpuMed(), g.openssl.cores(),
                        gbps(g.bytes, g.openssl.med()));
            if (g.sha256sum.ran())
                std::printf("%-44s %12lld %8.3f %8.3f %6.2f %7.3f\n", ("sha256sum, " + what).c_str(),
                            static_cast<long long>(g.bytes), g.sha256sum.med(), g.sha256sum.cpuMed(), g.sha256sum.cores(),
                            gbps(g.bytes, g.sha256sum.med()));
        }
        for (const Case &c : cases) {
            const Group &g = groups[c.group];
            const std::string vsSum = g.sha256sum.ran() ? fixed(g.sha256sum.med() / c.hallmark.med(), 2, "x") : "-";
            const std::string vsDir = c.id == "tar" && dirCase ? fixed(dirCase->hallmark.med() / c.hallmark.med(), 2, "x") : "";
            std::printf("%-44s %12lld %8.3f %8.3f %6.2f %7.3f %9.2fx %12s %7s %8.1f  %s\n", ("Hallmark " + c.label).c_str(),
                        static_cast<long long>(g.bytes), c.hallmark.med(), c.hallmark.cpuMed(), c.hallmark.cores(),
                        gbps(g.bytes, c.hallmark.med()), vsOpenssl(c), vsSum.c_str(), vsDir.c_str(),
                        double(c.hallmark.maxRssKiB) / 1024,
                        c.hallmark.failed ? "FAILED" : c.digestCheck.c_str());
        }
        std::printf("\n");
        for (const Target &t : targets)
            std::printf("%-4s %-42s %.3f\n", t.pass() ? "PASS" : "FAIL", t.name.c_str(), t.value);
    }

    if (o.keep) {
        log << "Kept the data in " << o.dir << "\n";
    } else {
        bench::removeDataset(data);
        if (createdDir)
            std::filesystem::remove(o.dir);
    }
    if (anyError)
        return 2;
    return allPass ? 0 : 1;
}
