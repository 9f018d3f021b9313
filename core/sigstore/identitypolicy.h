#pragma once

#include "common/result.h"
#include "sigstore/fulcio.h"

#include <QMap>
#include <QString>

namespace hallmark::sigstore {

// Who must have signed. Values are exact unless the *Regex flag is set;
// patterns are always anchored (the whole value must match).
struct IdentityPolicy {
    QString san;
    bool sanRegex = false;
    QString issuer;
    bool issuerRegex = false;
    QMap<QString, QString> extensions;  // OID → required value
};

Result<void> checkIdentity(const FulcioIdentity &identity, const IdentityPolicy &policy);

} // namespace hallmark::sigstore
