#pragma once

#include "common/result.h"
#include "hashing/hashresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hallmark {

struct Resource {
    QString name;       // "path" or, in shards mode, "path:start:end"
    QString algorithm;  // "sha256", or "sha256-sharded-N" for shards
    QByteArray digest;  // raw bytes
};

struct SerializationInfo {
    Serialization method = Serialization::Files;
    HashAlgorithm hashType = HashAlgorithm::Sha256;
    bool allowSymlinks = false;
    qint64 shardSize = 0;       // shards only
    QStringList ignorePaths;    // recorded, '/'-separated
};

// What is signed: the model's resources and how they were serialised.
struct Manifest {
    QString modelName;
    SerializationInfo serialization;
    QList<Resource> resources;  // sorted by name bytes, shards by offset

    // SHA-256 over the raw digests in listed order (always SHA-256).
    QByteArray rootDigest() const;
};

QString shardName(const QString &path, qint64 start, qint64 end);
void sortResources(QList<Resource> &resources);

// Builds the manifest from a complete outcome. Fails when any file that
// should be signed has no trustworthy digest, or a finding blocks signing.
Result<Manifest> manifestFromOutcome(const HashOutcome &outcome, const SerializationInfo &serialization);

} // namespace hallmark
