#include "hashing/contentdigester.h"

#include <algorithm>

namespace hallmark {

ContentDigester::ContentDigester(HashAlgorithm algorithm, qint64 shardSize)
    : m_digester(algorithm), m_shardSize(shardSize)
{
}

void ContentDigester::feed(const char *data, qint64 size)
{
    while (size > 0) {
        qint64 take = size;
        if (m_shardSize > 0)
            take = std::min(size, m_partStart + m_shardSize - m_position);
        m_digester.update(data, take);
        data += take;
        size -= take;
        m_position += take;
        if (m_shardSize > 0 && m_position == m_partStart + m_shardSize) {
            m_parts.append({m_partStart, m_position, m_digester.finish()});
            m_partStart = m_position;
        }
    }
}

void ContentDigester::feedZeros(qint64 size)
{
    static const QByteArray zeros(1 << 16, '\0');
    while (size > 0) {
        const qint64 take = std::min<qint64>(size, zeros.size());
        feed(zeros.constData(), take);
        size -= take;
    }
}

QList<PartDigest> ContentDigester::finish()
{
    if (m_shardSize == 0 || m_position > m_partStart)
        m_parts.append({m_partStart, m_position, m_digester.finish()});
    return std::move(m_parts);
}

} // namespace hallmark
