#include "attest/attestverify.h"

#include "bundle/pae.h"
#include "common/tr.h"
#include "crypto/chain.h"
#include "crypto/signatures.h"
#include "sigstore/verifier.h"

namespace hallmark::attest {

namespace {

// Any signature in the envelope that verifies under `key`.
bool envelopeVerifies(const DsseEnvelope &env, const Key &key)
{
    const QByteArray message = pae(env.payloadType.toUtf8(), env.payload);
    QList<const char *> digests{key.digestForSignatures()};
    if (digests.first() && qstrcmp(digests.first(), "SHA256") != 0)
        digests << "SHA256";
    for (const DsseSignature &s : env.signatures)
        for (const char *md : digests)
            if (verifySignature(key, md, message, s.sig))
                return true;
    return false;
}

AttestationSignature withKey(const Attestation &a, const KeyPtr &key)
{
    AttestationSignature r;
    r.method = QStringLiteral("key");
    r.signer = HM_TR("Attest", "%1 key %2").arg(key->typeName(), key->fingerprint());
    if (envelopeVerifies(*a.envelope, *key)) {
        r.status = SignatureStatus::Verified;
        r.reason = HM_TR("Attest", "The envelope signature verifies with the given public key.");
    } else {
        r.status = SignatureStatus::Failed;
        r.reason = HM_TR("Attest", "The envelope signature does not verify with the given public key.");
    }
    return r;
}

AttestationSignature withCertificates(const Attestation &a, const QList<QByteArray> &chainDer, const AttestationTrust &trust)
{
    AttestationSignature r;
    r.method = QStringLiteral("certificate");
    QList<CertificatePtr> chain;
    for (const QByteArray &der : chainDer) {
        auto c = readCertificateDer(der);
        if (!c) {
            r.status = SignatureStatus::Failed;
            r.reason = HM_TR("Attest", "A certificate in the attestation is damaged: %1").arg(c.error().message);
            return r;
        }
        chain << *c;
    }
    const KeyPtr key = chain.first()->publicKey();
    r.signer = chain.first()->subject();
    if (!key || !envelopeVerifies(*a.envelope, *key)) {
        r.status = SignatureStatus::Failed;
        r.reason = HM_TR("Attest", "The envelope signature does not verify with the certificate's key.");
        return r;
    }
    const QDateTime at = trust.now.isValid() ? trust.now : QDateTime::currentDateTimeUtc();
    const ChainResult chainResult = verifyChain(chain.first(), chain.mid(1), trust.anchors, at);
    if (chainResult.status != ChainStatus::Trusted) {
        r.status = SignatureStatus::Failed;
        r.reason = HM_TR("Attest", "The signature is intact, but the certificate is not trusted: %1").arg(chainResult.reason);
        return r;
    }
    r.status = SignatureStatus::Verified;
    r.reason = HM_TR("Attest", "The envelope signature verifies and the certificate chains to a trust anchor.");
    return r;
}

AttestationSignature withSigstore(const Attestation &a, const AttestationTrust &trust)
{
    AttestationSignature r;
    r.method = QStringLiteral("sigstore");
    auto root = trust.trustedRoot ? Result<sigstore::TrustedRoot>(*trust.trustedRoot) : sigstore::productionTrustedRoot();
    if (!root) {
        r.reason = root.error().message;
        return r;
    }
    sigstore::SigstorePolicy policy;
    policy.identity = trust.identity;
    r.sigstore = sigstore::verifySigstoreBundle(*a.bundle, *root, sigstore::Artifact{}, policy);
    r.signer = r.sigstore->identity.san;
    if (r.sigstore->verified) {
        r.status = SignatureStatus::Verified;
        r.reason = HM_TR("Attest", "Sigstore verification passed for %1.").arg(r.sigstore->identity.san);
    } else {
        r.status = SignatureStatus::Failed;
        r.reason = r.sigstore->failure;
    }
    return r;
}

} // namespace

AttestationSignature verifyAttestationSignature(const Attestation &a, const AttestationTrust &trust)
{
    AttestationSignature r;
    if (!a.envelope) {
        r.status = SignatureStatus::Unsigned;
        r.reason = HM_TR("Attest", "A bare statement carries no signature.");
        return r;
    }
    if (a.envelope->signatures.isEmpty()) {
        r.status = SignatureStatus::Unsigned;
        r.reason = HM_TR("Attest", "The envelope carries no signature.");
        return r;
    }
    if (a.bundle) {
        const Bundle &b = *a.bundle;
        if (b.material == MaterialKind::PublicKey) {
            if (!trust.publicKey) {
                r.reason = HM_TR("Attest", "Signed with a key; give its public key to check it.");
                return r;
            }
            return withKey(a, trust.publicKey);
        }
        if (b.material == MaterialKind::Certificate || (b.material == MaterialKind::X509CertificateChain && trust.identity)) {
            if (!trust.identity) {
                r.method = QStringLiteral("sigstore");
                r.reason = HM_TR("Attest", "Signed through Sigstore; give the signer's identity and issuer to check it.");
                return r;
            }
            return withSigstore(a, trust);
        }
        if (trust.anchors.isEmpty()) {
            r.reason = HM_TR("Attest", "Signed with a certificate; give a trust anchor to check it.");
            return r;
        }
        return withCertificates(a, b.certificates, trust);
    }
    // Bare DSSE: a key, or the non-standard embedded certificate.
    if (trust.publicKey)
        return withKey(a, trust.publicKey);
    if (!a.certificatePem.isEmpty() && !trust.anchors.isEmpty()) {
        auto certs = readCertificatesPem(a.certificatePem);
        if (certs && !certs->isEmpty()) {
            QList<QByteArray> der;
            for (const CertificatePtr &c : *certs)
                der << c->der();
            return withCertificates(a, der, trust);
        }
    }
    r.reason = a.certificatePem.isEmpty()
        ? HM_TR("Attest", "The envelope names no signer; give a public key to check it.")
        : HM_TR("Attest", "The envelope carries a certificate without transparency-log proof; give a public key or a "
                          "trust anchor to check it.");
    return r;
}

QString signatureStatusKeyword(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Verified: return QStringLiteral("verified");
    case SignatureStatus::Failed: return QStringLiteral("failed");
    case SignatureStatus::NotChecked: return QStringLiteral("not-checked");
    case SignatureStatus::Unsigned: return QStringLiteral("unsigned");
    }
    return {};
}

} // namespace hallmark::attest
