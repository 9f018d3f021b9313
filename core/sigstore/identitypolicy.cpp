#include "sigstore/identitypolicy.h"

#include "common/tr.h"

#include <QRegularExpression>

namespace hallmark::sigstore {

namespace {

Result<bool> matches(const QString &value, const QString &expected, bool regex)
{
    if (!regex)
        return value == expected;
    const QRegularExpression re(QRegularExpression::anchoredPattern(expected));
    if (!re.isValid())
        return fail(HM_TR("Sigstore", "The pattern \"%1\" is not a valid regular expression: %2").arg(expected, re.errorString()));
    return re.match(value).hasMatch();
}

} // namespace

Result<void> checkIdentity(const FulcioIdentity &identity, const IdentityPolicy &policy)
{
    if (!identity.issuerProblem.isEmpty())
        return fail(identity.issuerProblem);
    if (identity.san.isEmpty())
        return fail(HM_TR("Sigstore", "The signing certificate names no identity."));
    auto san = matches(identity.san, policy.san, policy.sanRegex);
    if (!san)
        return std::unexpected(san.error());
    if (!*san)
        return fail(HM_TR("Sigstore", "The certificate was issued to \"%1\", not \"%2\".").arg(identity.san, policy.san));
    auto issuer = matches(identity.issuer, policy.issuer, policy.issuerRegex);
    if (!issuer)
        return std::unexpected(issuer.error());
    if (!*issuer)
        return fail(HM_TR("Sigstore", "The identity was vouched for by \"%1\", not \"%2\".").arg(identity.issuer, policy.issuer));
    for (auto it = policy.extensions.cbegin(); it != policy.extensions.cend(); ++it) {
        QString actual;
        bool found = false;
        for (const FulcioExtension &e : identity.extensions)
            if (e.oid == it.key()) {
                actual = e.value;
                found = true;
            }
        if (!found || actual != it.value())
            return fail(HM_TR("Sigstore", "The certificate's %1 is \"%2\", not \"%3\".").arg(it.key(), actual, it.value()));
    }
    return {};
}

} // namespace hallmark::sigstore
