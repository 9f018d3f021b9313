#pragma once

#include "hashing/digester.h"

#include <QList>

namespace hallmark {

struct PartDigest {
    qint64 start = 0;
    qint64 end = 0;  // exclusive
    QByteArray digest;
};

// Digests a stream of bytes as one file (shardSize == 0) or as consecutive
// shards of shardSize bytes. An empty stream gives one part in files mode and
// none in shards mode, as OMS defines.
class ContentDigester
{
public:
    ContentDigester(HashAlgorithm algorithm, qint64 shardSize);

    void feed(const char *data, qint64 size);
    void feedZeros(qint64 size);
    QList<PartDigest> finish();
    qint64 position() const { return m_position; }

private:
    Digester m_digester;
    qint64 m_shardSize;
    qint64 m_position = 0;
    qint64 m_partStart = 0;
    QList<PartDigest> m_parts;
};

} // namespace hallmark
