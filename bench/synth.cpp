#include "synth.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace bench {

namespace {

// xoshiro256** (Blackman and Vigna), seeded through splitmix64: fast enough
// that generation is bound by write(), and its output does not compress.
class Xoshiro
{
public:
    explicit Xoshiro(std::uint64_t seed)
    {
        for (auto &word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    void fill(char *out, std::size_t size)
    {
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            const std::uint64_t v = next();
            std::memcpy(out + i, &v, 8);
        }
        if (i < size) {
            const std::uint64_t v = next();
            std::memcpy(out + i, &v, size - i);
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

constexpr std::size_t kBuffer = std::size_t(4) << 20;

std::uint64_t seedFor(const std::string &name)
{
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (unsigned char c : name)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

std::string writeRandomFile(const std::string &path, std::int64_t size, std::uint64_t seed)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return errnoText("cannot create " + path);
    std::unique_ptr<char[]> buffer(new char[kBuffer]);
    Xoshiro rng(seed);
    std::int64_t left = size;
    std::string error;
    while (left > 0 && error.empty()) {
        const std::size_t n = std::size_t(std::min<std::int64_t>(left, kBuffer));
        rng.fill(buffer.get(), n);
        std::size_t done = 0;
        while (done < n) {
            const ssize_t w = ::write(fd, buffer.get() + done, n - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                error = errnoText("cannot write " + path);
                break;
            }
            done += std::size_t(w);
        }
        left -= std::int64_t(n);
    }
    ::close(fd);
    return error;
}

std::string writeTar(const Dataset &data)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, data.tarFile.c_str()) != ARCHIVE_OK) {
        std::string e = std::string("cannot create the tar: ") + archive_error_string(a);
        archive_write_free(a);
        return e;
    }
    std::unique_ptr<char[]> buffer(new char[kBuffer]);
    std::string error;
    for (const SynthFile &f : data.modelFiles) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, ("model/" + f.name).c_str());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, f.size);
        archive_entry_set_mtime(entry, 1700000000, 0);
        const bool headerOk = archive_write_header(a, entry) == ARCHIVE_OK;
        archive_entry_free(entry);
        if (!headerOk) {
            error = std::string("tar header: ") + archive_error_string(a);
            break;
        }
        const int fd = ::open(f.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            error = errnoText("cannot read " + f.path);
            break;
        }
        for (;;) {
            const ssize_t got = ::read(fd, buffer.get(), kBuffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                error = errnoText("cannot read " + f.path);
            if (got <= 0)
                break;
            if (archive_write_data(a, buffer.get(), size_t(got)) != got) {
                error = std::string("tar data: ") + archive_error_string(a);
                break;
            }
        }
        ::close(fd);
        if (!error.empty())
            break;
    }
    if (archive_write_close(a) != ARCHIVE_OK && error.empty())
        error = std::string("closing the tar: ") + archive_error_string(a);
    archive_write_free(a);
    return error;
}

std::string markerPath(const Dataset &data)
{
    return data.root + "/hallmark-bench-data.txt";
}

std::string describe(const Dataset &data)
{
    std::ostringstream s;
    s << "hallmark-bench data v1\n";
    for (const SynthFile &f : data.modelFiles)
        s << f.size << ' ' << f.name << '\n';
    s << data.oneFileSize << " one-file\n";
    return s.str();
}

std::int64_t fileSize(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 ? std::int64_t(st.st_size) : -1;
}

} // namespace

std::int64_t Dataset::modelBytes() const
{
    std::int64_t total = 0;
    for (const SynthFile &f : modelFiles)
        total += f.size;
    return total;
}

std::vector<std::string> Dataset::modelPaths() const
{
    std::vector<std::string> out;
    for (const SynthFile &f : modelFiles)
        out.push_back(f.path);
    return out;
}

Dataset planDataset(const std::string &root, const SynthPlan &plan)
{
    Dataset d;
    d.root = root;
    d.modelDir = root + "/model";
    const auto scaled = [&](std::int64_t size) { return std::max<std::int64_t>(1, std::int64_t(double(size) * plan.scale)); };
    char name[64];
    for (int i = 0; i < plan.bigFiles; ++i) {
        std::snprintf(name, sizeof name, "model-%05d-of-%05d.safetensors", i + 1, plan.bigFiles);
        d.modelFiles.push_back({d.modelDir + "/" + name, name, scaled(plan.bigFileSize)});
    }
    // Small files (configs, tokenizer pieces) keep their size at every scale.
    Xoshiro sizes(42);
    for (int i = 0; i < plan.smallFiles; ++i) {
        std::snprintf(name, sizeof name, "extra/%02d/part-%03d.json", i / 50, i);
        const std::int64_t size = 1024 + std::int64_t(sizes.next() % (256 * 1024));
        d.modelFiles.push_back({d.modelDir + "/" + name, name, size});
    }
    d.oneFile = root + "/one-file.bin";
    d.oneFileSize = scaled(plan.oneFileSize);
    d.tarFile = root + "/model.tar";
    return d;
}

bool datasetPresent(const Dataset &data, const SynthPlan &)
{
    std::ifstream in(markerPath(data));
    std::stringstream content;
    content << in.rdbuf();
    if (!in || content.str() != describe(data))
        return false;
    for (const SynthFile &f : data.modelFiles)
        if (fileSize(f.path) != f.size)
            return false;
    return fileSize(data.oneFile) == data.oneFileSize && fileSize(data.tarFile) > data.modelBytes();
}

std::string generateDataset(const Dataset &data, const SynthPlan &)
{
    std::filesystem::create_directories(data.root);
    std::filesystem::remove(markerPath(data));
    struct Job {
        std::string path;
        std::int64_t size;
        std::string name;
    };
    std::vector<Job> jobs{{data.oneFile, data.oneFileSize, "one-file"}};
    for (const SynthFile &f : data.modelFiles)
        jobs.push_back({f.path, f.size, f.name});

    std::atomic<std::size_t> next{0};
    std::vector<std::string> errors(jobs.size());
    std::vector<std::thread> workers;
    for (int t = 0; t < 2; ++t)
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < jobs.size(); i = next++)
                errors[i] = writeRandomFile(jobs[i].path, jobs[i].size, seedFor(jobs[i].name));
        });
    for (std::thread &w : workers)
        w.join();
    for (const std::string &e : errors)
        if (!e.empty())
            return e;
    if (std::string e = writeTar(data); !e.empty())
        return e;

    // Flush now, so that writeback of gigabytes of dirty pages does not run
    // during the measurements.
    const int fd = ::open(data.root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    std::ofstream(markerPath(data)) << describe(data);
    return {};
}

void removeDataset(const Dataset &data)
{
    std::error_code ec;
    std::filesystem::remove_all(data.modelDir, ec);
    std::filesystem::remove(data.oneFile, ec);
    std::filesystem::remove(data.tarFile, ec);
    std::filesystem::remove(markerPath(data), ec);
}

} // namespace bench
