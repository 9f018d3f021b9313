#pragma once

#include "hashing/digester.h"

namespace hallmark {

enum class Serialization { Files, Shards };

struct HashOptions {
    HashAlgorithm algorithm = HashAlgorithm::Sha256;
    Serialization serialization = Serialization::Files;
    qint64 shardSize = 1'000'000'000;  // OMS default: 10^9, not GiB
    int threads = 0;                   // workers; 0: see effectiveWorkers()
    qint64 chunkSize = qint64(1) << 20;

    qint64 effectiveShardSize() const { return serialization == Serialization::Shards ? shardSize : 0; }
};

int effectiveThreads(const HashOptions &options);  // cores to use
int effectiveWorkers(const HashOptions &options);  // items hashed at once

} // namespace hallmark
