#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace hallmark::sigstore {

// A TransparencyLogEntry from a bundle (sigstore_rekor.proto). Zero values
// may be omitted in JSON; they read as 0 / empty.
struct TlogEntry {
    qint64 logIndex = 0;        // Rekor v1: global across shards; v2: index in the log
    QByteArray logId;
    QString kind;
    QString version;
    qint64 integratedTime = 0;
    bool hasPromise = false;
    QByteArray signedEntryTimestamp;
    bool hasProof = false;
    qint64 proofLogIndex = 0;   // Rekor v1: index in the shard's tree
    QByteArray rootHash;
    qint64 treeSize = 0;
    QList<QByteArray> hashes;
    bool hasCheckpoint = false;
    QByteArray checkpoint;
    QByteArray canonicalizedBody;

    bool isRekorV2() const { return kind == QLatin1String("hashedrekord") && version == QLatin1String("0.0.2"); }
};

Result<TlogEntry> parseTlogEntry(const nlohmann::json &json, const QString &path);

} // namespace hallmark::sigstore
