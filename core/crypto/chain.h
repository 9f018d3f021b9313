#pragma once

#include "crypto/certificate.h"

namespace hallmark {

enum class ChainStatus { Trusted, Expired, NotYetValid, NoPathToAnchor, WrongUsage, Invalid };

struct ChainResult {
    ChainStatus status = ChainStatus::Invalid;
    QList<CertificatePtr> path;  // leaf first, as built; may stop short of an anchor
    QString reason;              // translated
    QString detail;              // OpenSSL's text
    int failingDepth = -1;
};

// Builds and checks leaf → intermediates → one of `anchors` at time `at`,
// strictly (X509_V_FLAG_X509_STRICT). A user-chosen anchor may be an
// intermediate. The leaf must allow code signing.
ChainResult verifyChain(const CertificatePtr &leaf, const QList<CertificatePtr> &intermediates,
                        const QList<CertificatePtr> &anchors, const QDateTime &at);

} // namespace hallmark
