#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bench {

struct SynthFile {
    std::string path;  // absolute
    std::string name;  // relative to the model folder
    std::int64_t size = 0;
};

// The generated data set: a multi-file model folder, one big file, and a tar
// holding the same bytes as the folder.
struct Dataset {
    std::string root;
    std::string modelDir;
    std::vector<SynthFile> modelFiles;
    std::string oneFile;
    std::int64_t oneFileSize = 0;
    std::string tarFile;

    std::int64_t modelBytes() const;
    std::vector<std::string> modelPaths() const;
};

struct SynthPlan {
    double scale = 1.0;
    int bigFiles = 3;
    std::int64_t bigFileSize = std::int64_t(3) << 29;  // 1.5 GiB
    int smallFiles = 200;
    std::int64_t oneFileSize = std::int64_t(4) << 30;  // 4 GiB
};

// Lays out the data set under `root` (names only).
Dataset planDataset(const std::string &root, const SynthPlan &plan);

// Writes every file of the data set with incompressible pseudo-random content,
// then the tar, then flushes everything to disk so writeback does not disturb
// the measurements. Returns an error text, empty on success.
std::string generateDataset(const Dataset &data, const SynthPlan &plan);

// True when a previous run with the same plan left complete data under root.
bool datasetPresent(const Dataset &data, const SynthPlan &plan);

void removeDataset(const Dataset &data);

} // namespace bench
