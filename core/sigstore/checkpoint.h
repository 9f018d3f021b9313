#pragma once

#include "common/result.h"
#include "sigstore/trustedroot.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hallmark::sigstore {

// One signature line of a C2SP signed note: "— <name> <base64(keyID ‖ sig)>".
struct NoteSignature {
    QString name;
    QByteArray keyId;      // 4 bytes, a hint only
    QByteArray signature;  // the rest
};

struct SignedNote {
    QByteArray text;  // the signed part, final newline included
    QList<NoteSignature> signatures;
};

Result<SignedNote> parseSignedNote(const QByteArray &note);

// The body of a transparency log checkpoint.
struct Checkpoint {
    QString origin;
    quint64 size = 0;
    QByteArray rootHash;
    QStringList extensions;  // e.g. "Timestamp: …" in older Rekor v1 notes
};

Result<Checkpoint> parseCheckpoint(const QByteArray &text);

struct VerifiedCheckpoint {
    Checkpoint checkpoint;
    QString signer;
    QStringList unverifiedWitnesses;  // names of cosignatures that were not checked
};

// Verifies a checkpoint signed by `log` and parses it. Rekor v1 notes
// ("origin - treeID") are matched by key ID; Rekor v2 notes also by name,
// which must equal the log's host and the checkpoint origin.
Result<VerifiedCheckpoint> verifyCheckpoint(const QByteArray &envelope, const LogKey &log);

// The 4-byte note key ID of `log` (C2SP signed-note rules).
QByteArray noteKeyId(const LogKey &log, bool rekorV1Style);

} // namespace hallmark::sigstore
