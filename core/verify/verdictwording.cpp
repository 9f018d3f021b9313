#include "verify/verdictwording.h"

#include "common/tr.h"

namespace hallmark {

VerdictWording wordingFor(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Verified:
        return {HM_TR("Verdict", "Verified: every file is exactly what was signed"),
                HM_TR("Verdict", "The signature is valid, it was made by the key or certificate you trust, and every "
                                 "signed file matches."),
                QString(), VisualCode::Positive};
    case VerdictStatus::VerifiedWithExclusions:
        return {HM_TR("Verdict", "Verified, but some files were not checked"),
                HM_TR("Verdict", "The signature is valid and every signed file matches, but files were left out by "
                                 "ignore rules or skipped because they were not signed."),
                HM_TR("Verdict", "Review the files that were not checked before you use the model."),
                VisualCode::Warning};
    case VerdictStatus::SignerNotTrusted:
        return {HM_TR("Verdict", "Signature matches, but the signer is not trusted"),
                HM_TR("Verdict", "The files match the signature, but nothing links the signing certificate to a trust "
                                 "anchor you chose."),
                HM_TR("Verdict", "Check the certificate's fingerprint with the publisher through another channel, then "
                                 "add the right trust anchor."),
                VisualCode::Neutral};
    case VerdictStatus::CertificateExpired:
        return {HM_TR("Verdict", "Signature matches, but the certificate is not valid now"),
                HM_TR("Verdict", "The signing certificate has expired or is not yet valid."),
                HM_TR("Verdict", "This can be fine if you know the model was signed while the certificate was valid; "
                                 "ask the publisher for a fresh signature."),
                VisualCode::Neutral};
    case VerdictStatus::ContentMismatch:
        return {HM_TR("Verdict", "Files differ from what was signed"),
                HM_TR("Verdict", "The signature is valid, but the model on disk is not the model that was signed."),
                HM_TR("Verdict", "Do not use this model. Obtain it again from the publisher and check it again."),
                VisualCode::Negative};
    case VerdictStatus::BadSignature:
        return {HM_TR("Verdict", "Signature is not valid"),
                HM_TR("Verdict", "The signature does not match the key or the signed data: it was altered, or made by "
                                 "someone else."),
                HM_TR("Verdict", "Do not use this model. Make sure you have the right public key or certificate, then "
                                 "obtain the model and signature again."),
                VisualCode::Negative};
    case VerdictStatus::UnsafeManifest:
        return {HM_TR("Verdict", "The signature does not protect this model"),
                HM_TR("Verdict", "The signature is valid, but what it signs would match almost any files."),
                HM_TR("Verdict", "Treat the model as unsigned and ask the publisher for a proper signature."),
                VisualCode::Warning};
    case VerdictStatus::WrongMaterial:
        return {HM_TR("Verdict", "This signature must be checked another way"),
                HM_TR("Verdict", "The signature was made with a different kind of key material than you asked to "
                                 "check."),
                HM_TR("Verdict", "Choose the verification method that matches the signature."),
                VisualCode::Neutral};
    case VerdictStatus::MalformedSignature:
        return {HM_TR("Verdict", "Could not verify: the signature file is not usable"),
                HM_TR("Verdict", "The signature file is damaged, of an unsupported kind, or does not describe a "
                                 "model."),
                HM_TR("Verdict", "Obtain the signature file again; see Diagnostics for the exact problem."),
                VisualCode::Neutral};
    case VerdictStatus::Unsigned:
        return {HM_TR("Verdict", "No signature found"),
                HM_TR("Verdict", "Nothing shows who published this model."),
                HM_TR("Verdict", "Open the signature file (often model.sig) if you have one, or ask the publisher."),
                VisualCode::Neutral};
    case VerdictStatus::CannotVerify:
        return {HM_TR("Verdict", "Could not verify"),
                HM_TR("Verdict", "A file needed for the check could not be read."),
                HM_TR("Verdict", "Check the paths and permissions, then try again."), VisualCode::Neutral};
    }
    return {};
}

QString statusKeyword(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Verified: return QStringLiteral("verified");
    case VerdictStatus::VerifiedWithExclusions: return QStringLiteral("verified-with-exclusions");
    case VerdictStatus::SignerNotTrusted: return QStringLiteral("signer-not-trusted");
    case VerdictStatus::CertificateExpired: return QStringLiteral("certificate-not-valid-now");
    case VerdictStatus::ContentMismatch: return QStringLiteral("content-mismatch");
    case VerdictStatus::BadSignature: return QStringLiteral("bad-signature");
    case VerdictStatus::UnsafeManifest: return QStringLiteral("unsafe-manifest");
    case VerdictStatus::WrongMaterial: return QStringLiteral("wrong-material");
    case VerdictStatus::MalformedSignature: return QStringLiteral("malformed-signature");
    case VerdictStatus::Unsigned: return QStringLiteral("unsigned");
    case VerdictStatus::CannotVerify: return QStringLiteral("cannot-verify");
    }
    return {};
}

} // namespace hallmark
