#pragma once

#include "bundle/intoto.h"
#include "manifest/manifest.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hallmark::attest {

// The digests of the model as it is now: its OMS manifest root and every file.
struct ModelDigests {
    QString modelName;
    QString manifestSha256;               // lowercase hex of Manifest::rootDigest()
    QHash<QString, QStringList> fileSha256;  // lowercase hex → model-relative paths
};

ModelDigests modelDigests(const Manifest &manifest);

enum class SubjectMatch { ManifestDigest, File, Unmatched };

struct SubjectBinding {
    InTotoSubject subject;
    SubjectMatch match = SubjectMatch::Unmatched;
    QStringList files;  // File: the model files with that digest
    QString reason;     // translated
};

// Each subject against the model, by digest only (names are unauthenticated
// labels). Only sha256 can be compared; other algorithms stay unmatched.
QList<SubjectBinding> bindSubjects(const InTotoStatement &statement, const ModelDigests &model);

// True when any subject matches the manifest digest or a file.
bool anySubjectMatches(const QList<SubjectBinding> &bindings);

QString subjectMatchKeyword(SubjectMatch match);  // "manifest", "file", "unmatched"

} // namespace hallmark::attest
