#pragma once

#include "crypto/certificate.h"
#include "sigstore/fulcio.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hallmark::sigstore {

enum class StepOutcome { Passed, Failed, Skipped, Unsupported };

// One line of the checklist people see: every check, in order.
struct VerificationStep {
    QString id;       // stable: "bundle", "tlog-entries", "inclusion-promise", …
    QString title;    // translated
    StepOutcome outcome = StepOutcome::Skipped;
    QString reason;   // translated, why it passed, failed or was skipped
};

// One transparency log entry, for the transparency-log panel.
struct LogEntryReport {
    QString logId;            // base64, as in the bundle
    QString logUrl;           // from the trusted root; empty when unknown
    bool knownLog = false;
    bool rekorV2 = false;
    QString kind;             // "hashedrekord 0.0.1", …
    qint64 logIndex = 0;      // global (v1) or log (v2) index
    qint64 treeIndex = 0;     // index in the tree the proof is for
    qint64 treeSize = 0;
    QDateTime integratedTime; // invalid when absent
    StepOutcome promise = StepOutcome::Skipped;
    QString promiseReason;
    StepOutcome proof = StepOutcome::Skipped;
    QString proofReason;
    StepOutcome checkpoint = StepOutcome::Skipped;
    QString checkpointReason;
    QStringList unverifiedWitnesses;
    StepOutcome body = StepOutcome::Skipped;
    QString bodyReason;
    bool counted = false;     // counts toward the log threshold
};

// One time source, for the timestamps panel.
struct TimestampReport {
    enum class Source { TransparencyLog, Rfc3161 };
    Source source = Source::Rfc3161;
    QString authority;
    QDateTime time;
    bool verified = false;
    QString reason;
};

struct SigstoreResult {
    bool verified = false;
    bool unsupported = false;  // a step could not be done here (e.g. Ed25519ph), not a bad signature
    QString failedStep;        // id of the first failing step
    QString failure;           // its reason
    QList<VerificationStep> steps;
    QList<LogEntryReport> logs;
    QList<TimestampReport> timestamps;
    bool keyless = false;
    FulcioIdentity identity;
    QList<CertificatePtr> chain;  // leaf → anchor, as verified
    QStringList sctLogs;
    QString trustedRoot;          // where the trusted root came from

    const VerificationStep *step(const QString &id) const
    {
        for (const VerificationStep &s : steps)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

QString outcomeKeyword(StepOutcome outcome);  // "pass", "fail", "skipped", "unsupported"

} // namespace hallmark::sigstore
