#include "attest/subjectbinding.h"

#include "common/tr.h"

namespace hallmark::attest {

ModelDigests modelDigests(const Manifest &manifest)
{
    ModelDigests d;
    d.modelName = manifest.modelName;
    d.manifestSha256 = QString::fromLatin1(manifest.rootDigest().toHex());
    if (manifest.serialization.method == Serialization::Files && manifest.serialization.hashType == HashAlgorithm::Sha256)
        for (const Resource &r : manifest.resources)
            d.fileSha256[QString::fromLatin1(r.digest.toHex())] << r.name;
    return d;
}

QList<SubjectBinding> bindSubjects(const InTotoStatement &statement, const ModelDigests &model)
{
    QList<SubjectBinding> out;
    for (const InTotoSubject &s : statement.subjects) {
        SubjectBinding b;
        b.subject = s;
        const QString sha = s.digest.value(QStringLiteral("sha256"));
        if (sha.isEmpty()) {
            b.reason = HM_TR("Attest", "The subject has no sha256 digest (%1), so it cannot be compared with the model.")
                           .arg(s.digest.keys().join(QStringLiteral(", ")));
        } else if (sha == model.manifestSha256) {
            b.match = SubjectMatch::ManifestDigest;
            b.reason = HM_TR("Attest", "Matches the model's manifest digest.");
        } else if (model.fileSha256.contains(sha)) {
            b.match = SubjectMatch::File;
            b.files = model.fileSha256.value(sha);
            b.reason = HM_TR("Attest", "Matches the model file %1.").arg(b.files.join(QStringLiteral(", ")));
        } else {
            b.reason = HM_TR("Attest", "Matches neither the model's manifest digest nor any of its files.");
        }
        out << b;
    }
    return out;
}

bool anySubjectMatches(const QList<SubjectBinding> &bindings)
{
    for (const SubjectBinding &b : bindings)
        if (b.match != SubjectMatch::Unmatched)
            return true;
    return false;
}

QString subjectMatchKeyword(SubjectMatch match)
{
    switch (match) {
    case SubjectMatch::ManifestDigest: return QStringLiteral("manifest");
    case SubjectMatch::File: return QStringLiteral("file");
    case SubjectMatch::Unmatched: return QStringLiteral("unmatched");
    }
    return {};
}

} // namespace hallmark::attest
