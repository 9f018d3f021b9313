#pragma once

#include "crypto/certificate.h"

#include <QList>
#include <QString>

namespace hallmark::sigstore {

struct FulcioExtension {
    QString oid;
    QString name;   // "Issuer (V2)", "Build Signer URI", … (untranslated, as Fulcio names them)
    QString value;
};

// The identity Fulcio put into a leaf certificate.
struct FulcioIdentity {
    QString san;          // first URI SAN, else first email, else otherName 1.3.6.1.4.1.57264.1.7
    QString sanType;      // "URI", "email", "otherName" or empty
    QString issuer;       // OID .1.8, else .1.1
    QString issuerProblem;  // set when .1.1 and .1.8 disagree
    QList<FulcioExtension> extensions;  // every 1.3.6.1.4.1.57264.1.* extension, decoded
};

FulcioIdentity fulcioIdentity(const Certificate &leaf);

// The human name of a Fulcio OID suffix (1.3.6.1.4.1.57264.1.<n>), empty when unknown.
QString fulcioExtensionName(int suffix);

} // namespace hallmark::sigstore
