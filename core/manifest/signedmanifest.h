#pragma once

#include "bundle/intoto.h"
#include "common/result.h"
#include "manifest/manifest.h"

namespace hallmark {

enum class PredicateKind { OmsV1, LegacyDigestsV01 };

// The manifest a signature covers, as read from its in-toto statement.
struct SignedManifest {
    Manifest manifest;
    PredicateKind kind = PredicateKind::OmsV1;
    QString subjectName;            // unauthenticated label
    QByteArray subjectDigest;       // empty for legacy Digests/v0.1
    QStringList recordedIgnorePaths; // as written, '\\' turned into '/'
};

// Checks statement type, predicate type, predicate shape, digests and the
// root digest (OMS §4–§6). Errors are meant for people and name the field.
Result<SignedManifest> readSignedManifest(const InTotoStatement &statement);

// Signer-chosen ignore entries that would hide the whole model or escape it.
QStringList dangerousIgnoreEntries(const QStringList &recorded);

} // namespace hallmark
