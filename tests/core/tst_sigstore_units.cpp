// Unit tests for the Sigstore building blocks: Merkle inclusion (RFC 6962,
// expectations from a reference tree computed here), JCS, signed notes and
// checkpoints, SETs, SCTs and identity matching.

#include "coretest.h"

#include "crypto/signatures.h"
#include "sigstore/checkpoint.h"
#include "sigstore/identitypolicy.h"
#include "sigstore/inclusionpromise.h"
#include "sigstore/jcs.h"
#include "sigstore/merkle.h"
#include "sigstore/sct.h"
#include "sigstore/trustedroot.h"

#include <QtTest>

#include <openssl/ct.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>

using namespace hallmark;
using namespace hallmark::sigstore;

namespace {

QByteArray sha(const QByteArray &d) { return QCryptographicHash::hash(d, QCryptographicHash::Sha256); }

// RFC 6962 §2.1 MTH and PATH, written from the RFC text.
QByteArray mth(const QList<QByteArray> &leaves)
{
    if (leaves.isEmpty())
        return sha({});
    if (leaves.size() == 1)
        return sha(QByteArray(1, '\0') + leaves[0]);
    qsizetype k = 1;
    while (k * 2 < leaves.size())
        k *= 2;
    return sha(QByteArray(1, '\1') + mth(leaves.mid(0, k)) + mth(leaves.mid(k)));
}

QList<QByteArray> path(qsizetype m, const QList<QByteArray> &leaves)
{
    if (leaves.size() <= 1)
        return {};
    qsizetype k = 1;
    while (k * 2 < leaves.size())
        k *= 2;
    if (m < k)
        return path(m, leaves.mid(0, k)) << mth(leaves.mid(k));
    return path(m - k, leaves.mid(k)) << mth(leaves.mid(0, k));
}

KeyPtr ed25519Key()
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    return std::make_shared<Key>(ossl::Pkey(pkey));
}

LogKey logFor(const KeyPtr &key, const QString &url)
{
    LogKey log;
    log.baseUrl = url;
    log.key = key;
    log.logId = sha(key->spkiDer());
    log.validFor.start = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    return log;
}

QByteArray signNote(const QByteArray &text, const QString &name, const QByteArray &keyId, const Key &key, const char *md)
{
    auto sig = signMessage(key, md, text);
    return text + "\n\xE2\x80\x94 " + name.toUtf8() + ' ' + (keyId + *sig).toBase64() + '\n';
}

} // namespace

class TestSigstoreUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merkleKnownHashes()
    {
        // RFC 6962: the hash of an empty leaf, and node hashing.
        QCOMPARE(merkleLeafHash({}).toHex(), QByteArray("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        QCOMPARE(merkleNodeHash(QByteArray(32, 'a'), QByteArray(32, 'b')),
                 sha(QByteArray(1, '\1') + QByteArray(32, 'a') + QByteArray(32, 'b')));
    }

    void merkleAllProofsUpTo33()
    {
        for (int size = 1; size <= 33; ++size) {
            QList<QByteArray> leaves;
            for (int i = 0; i < size; ++i)
                leaves << QByteArray::number(i * 7919);
            const QByteArray root = mth(leaves);
            for (int i = 0; i < size; ++i) {
                const QList<QByteArray> proof = path(i, leaves);
                QVERIFY2(verifyInclusion(quint64(i), quint64(size), merkleLeafHash(leaves[i]), proof, root),
                         qPrintable(QStringLiteral("index %1 size %2").arg(i).arg(size)));
                if (!proof.isEmpty()) {
                    QList<QByteArray> bad = proof;
                    bad[0][3] = char(bad[0][3] ^ 1);
                    QVERIFY(!verifyInclusion(quint64(i), quint64(size), merkleLeafHash(leaves[i]), bad, root));
                    QVERIFY(!verifyInclusion(quint64(i), quint64(size), merkleLeafHash(leaves[i]), proof.mid(1), root));
                }
            }
        }
    }

    void merkleRejectsIndexOutsideTree()
    {
        QVERIFY(!verifyInclusion(5, 5, merkleLeafHash("x"), {}, QByteArray(32, 0)));
        QVERIFY(!verifyInclusion(0, 0, merkleLeafHash("x"), {}, QByteArray(32, 0)));
        QVERIFY(verifyInclusion(0, 1, merkleLeafHash("x"), {}, merkleLeafHash("x")));
    }

    void jcs()
    {
        const auto j = nlohmann::json::parse(std::string("{\"b\":1,\"a\":{\"y\":\"\\u00e9\\n\\\"\",\"x\":[true,null,-3]},\"A\":\"\\u0001\"}"));
        QCOMPARE(*canonicalJson(j), QByteArray("{\"A\":\"\\u0001\",\"a\":{\"x\":[true,null,-3],\"y\":\"\xC3\xA9\\n\\\"\"},\"b\":1}"));
        QVERIFY(!canonicalJson(nlohmann::json::parse("{\"f\":1.5}")));
        // UTF-16 order: U+FF61 sorts before U+1F600 in UTF-8 byte order, after it in UTF-16.
        const auto k = nlohmann::json::parse("{\"\xEF\xBD\xA1\":1,\"\xF0\x9F\x98\x80\":2}");
        QVERIFY(canonicalJson(k)->startsWith("{\"\xF0\x9F\x98\x80\""));
    }

    void checkpointParsing()
    {
        const QByteArray root = QByteArray(32, 'r');
        auto cp = parseCheckpoint("origin.example\n42\n" + root.toBase64() + "\nTimestamp: 1\n");
        QVERIFY(cp);
        QCOMPARE(cp->origin, QStringLiteral("origin.example"));
        QCOMPARE(cp->size, quint64(42));
        QCOMPARE(cp->rootHash, root);
        QCOMPARE(cp->extensions, QStringList{QStringLiteral("Timestamp: 1")});
        QVERIFY(!parseCheckpoint("origin\n42\n"));
        QVERIFY(!parseCheckpoint("origin\n-1\n" + root.toBase64() + "\n"));
        QVERIFY(!parseCheckpoint("origin\n042\n" + root.toBase64() + "\n"));
        QVERIFY(!parseCheckpoint("origin\n1\nAAAA\n"));
        QVERIFY(!parseSignedNote("a\n1\nx\n"));                        // no signature block
        QVERIFY(!parseSignedNote("a\n1\nx\n\n\xE2\x80\x94 n AAAAAAAA"));  // no final newline
        QVERIFY(!parseSignedNote("a\n1\nx\n\n- n AAAAAAAA\n"));          // not an em dash
        QVERIFY(!parseSignedNote("a\n1\nx\n\n\xE2\x80\x94 n AAAA\n"));   // under 5 bytes
    }

    void checkpointRekorV2Ed25519()
    {
        const KeyPtr key = ed25519Key();
        LogKey log = logFor(key, QStringLiteral("https://log.example/api"));
        const QByteArray text = "log.example\n3\n" + QByteArray(32, 'x').toBase64() + "\n";
        const QByteArray id = noteKeyId(log, false);
        QCOMPARE(id.size(), 4);
        const QByteArray note = signNote(text, QStringLiteral("log.example"), id, *key, nullptr);
        auto ok = verifyCheckpoint(note, log);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->checkpoint.size, quint64(3));

        // A witness line first is ignored and reported.
        const KeyPtr witness = ed25519Key();
        auto wsig = signMessage(*witness, nullptr, text);
        QByteArray cosigned = text + "\n\xE2\x80\x94 witness.example " + (QByteArray("abcd") + *wsig).toBase64() + "\n"
            + note.mid(text.size() + 1);
        auto co = verifyCheckpoint(cosigned, log);
        QVERIFY(co);
        QCOMPARE(co->unverifiedWitnesses, QStringList{QStringLiteral("witness.example")});

        // Flip one byte of the log's signature.
        QByteArray bad = note;
        const int at = int(bad.lastIndexOf(' ')) + 12;
        bad[at] = bad[at] == 'A' ? 'B' : 'A';
        QVERIFY(!verifyCheckpoint(bad, log));
        // Signed by someone else under the log's name: no log signature.
        QVERIFY(!verifyCheckpoint(signNote(text, QStringLiteral("log.example"), QByteArray("wxyz"), *witness, nullptr), log));
        // Origin must be the log's name.
        const QByteArray other = "other.example\n3\n" + QByteArray(32, 'x').toBase64() + "\n";
        QVERIFY(!verifyCheckpoint(signNote(other, QStringLiteral("log.example"), id, *key, nullptr), log));
    }

    void checkpointRekorV1Ecdsa()
    {
        auto key = generateEcKey(EcCurve::P256);
        QVERIFY(key);
        LogKey log = logFor(*key, QStringLiteral("https://rekor.example"));
        const QByteArray text = "rekor.example - 123\n7\n" + QByteArray(32, 'y').toBase64() + "\nTimestamp: 5\n";
        QCOMPARE(noteKeyId(log, true), log.logId.left(4));
        const QByteArray note = signNote(text, QStringLiteral("rekor.example"), log.logId.left(4), **key, "SHA256");
        QVERIFY(verifyCheckpoint(note, log));
        QByteArray wrongHint = log.logId.left(4);
        wrongHint[1] = char(wrongHint[1] ^ 4);
        QVERIFY(!verifyCheckpoint(signNote(text, QStringLiteral("rekor.example"), wrongHint, **key, "SHA256"), log));
    }

    void signedEntryTimestamp()
    {
        auto key = generateEcKey(EcCurve::P256);
        LogKey log = logFor(*key, QStringLiteral("https://rekor.example"));
        TlogEntry e;
        e.logIndex = 598151086;
        e.proofLogIndex = 476246824;
        e.logId = log.logId;
        e.integratedTime = 1700000000;
        e.canonicalizedBody = "{\"apiVersion\":\"0.0.1\",\"kind\":\"hashedrekord\"}";
        auto payload = setPayload(e);
        QCOMPARE(*payload, QByteArray("{\"body\":\"") + e.canonicalizedBody.toBase64() + "\",\"integratedTime\":1700000000,\"logID\":\""
                               + log.logId.toHex() + "\",\"logIndex\":598151086}");
        e.signedEntryTimestamp = *signMessage(**key, "SHA256", *payload);
        QVERIFY(verifyInclusionPromise(e, log));
        TlogEntry flipped = e;
        flipped.signedEntryTimestamp[10] = char(flipped.signedEntryTimestamp[10] ^ 1);
        QVERIFY(!verifyInclusionPromise(flipped, log));
        TlogEntry shardIndex = e;  // the SET covers the global index, not the shard's
        shardIndex.logIndex = e.proofLogIndex;
        QVERIFY(!verifyInclusionPromise(shardIndex, log));
        LogKey expired = log;
        expired.validFor.end = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        QVERIFY(!verifyInclusionPromise(e, expired));
        QVERIFY(!verifyInclusionPromise(e, logFor(ed25519Key(), QStringLiteral("https://x"))));
    }

    void sctFromProductionLeaf()
    {
        HALLMARK_SHARED_OR_SKIP(dir, "sigstore");
        QFile f(dir + QStringLiteral("/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto json = nlohmann::json::parse(f.readAll().toStdString());
        const QByteArray der = QByteArray::fromBase64(
            QByteArray::fromStdString(json["verificationMaterial"]["certificate"]["rawBytes"].get<std::string>()));
        auto root = productionTrustedRoot();
        QVERIFY(root);
        auto leaf = readCertificateDer(der);
        QVERIFY(leaf);
        const CertificatePtr issuer = root->certificateAuthorities.last().chain.first();
        SctCheck good = verifyEmbeddedScts(**leaf, *issuer, *root);
        QCOMPARE(good.embedded, 1);
        QCOMPARE(good.verifiedLogs.size(), 1);

        // Flip the last byte of the SCT's signature inside the certificate.
        auto *scts = static_cast<STACK_OF(SCT) *>(X509_get_ext_d2i((*leaf)->get(), NID_ct_precert_scts, nullptr, nullptr));
        QVERIFY(scts);
        unsigned char *sigp = nullptr;
        const size_t sigLen = SCT_get0_signature(sk_SCT_value(scts, 0), &sigp);
        const QByteArray sctSig(reinterpret_cast<const char *>(sigp), qsizetype(sigLen));
        SCT_LIST_free(scts);
        const qsizetype at = der.indexOf(sctSig);
        QVERIFY(at > 0);
        QByteArray tampered = der;
        tampered[at + sctSig.size() - 1] = char(tampered[at + sctSig.size() - 1] ^ 0x01);
        auto bad = readCertificateDer(tampered);
        QVERIFY(bad);
        SctCheck badCheck = verifyEmbeddedScts(**bad, *issuer, *root);
        QCOMPARE(badCheck.embedded, 1);
        QCOMPARE(badCheck.verifiedLogs.size(), 0);

        // An SCT from a log the root does not list does not count.
        TrustedRoot noLogs = *root;
        noLogs.ctlogs.clear();
        QCOMPARE(verifyEmbeddedScts(**leaf, *issuer, noLogs).verifiedLogs.size(), 0);
    }

    void identityMatching()
    {
        FulcioIdentity id;
        id.san = QStringLiteral("https://github.com/org/repo/.github/workflows/release.yml@refs/heads/main");
        id.issuer = QStringLiteral("https://token.actions.githubusercontent.com");
        id.extensions.append({QStringLiteral("1.3.6.1.4.1.57264.1.12"), QStringLiteral("Source Repository URI"),
                              QStringLiteral("https://github.com/org/repo")});
        IdentityPolicy exact{id.san, false, id.issuer, false, {}};
        QVERIFY(checkIdentity(id, exact));
        IdentityPolicy prefix{QStringLiteral("https://github.com/org/"), false, id.issuer, false, {}};
        QVERIFY(!checkIdentity(id, prefix));
        IdentityPolicy unanchored{QStringLiteral("https://github.com/org/"), true, id.issuer, false, {}};
        QVERIFY(!checkIdentity(id, unanchored));  // patterns are anchored
        IdentityPolicy anchored{QStringLiteral("https://github\\.com/org/.*"), true, QStringLiteral("https://token\\..*"), true, {}};
        QVERIFY(checkIdentity(id, anchored));
        IdentityPolicy wrongIssuer{id.san, false, QStringLiteral("https://accounts.google.com"), false, {}};
        QVERIFY(!checkIdentity(id, wrongIssuer));
        IdentityPolicy ext = exact;
        ext.extensions.insert(QStringLiteral("1.3.6.1.4.1.57264.1.12"), QStringLiteral("https://github.com/org/repo"));
        QVERIFY(checkIdentity(id, ext));
        ext.extensions.insert(QStringLiteral("1.3.6.1.4.1.57264.1.12"), QStringLiteral("https://github.com/evil/repo"));
        QVERIFY(!checkIdentity(id, ext));
        FulcioIdentity twoIssuers = id;
        twoIssuers.issuerProblem = QStringLiteral("differ");
        QVERIFY(!checkIdentity(twoIssuers, exact));
        IdentityPolicy badRe{QStringLiteral("(("), true, id.issuer, false, {}};
        QVERIFY(!checkIdentity(id, badRe));
    }

    void fulcioExtensionNames()
    {
        for (int i = 1; i <= 24; ++i)
            QVERIFY(!fulcioExtensionName(i).isEmpty());
        QVERIFY(fulcioExtensionName(25).isEmpty());
    }

    void rfc3339()
    {
        QCOMPARE(parseRfc3339(QStringLiteral("2022-12-31T23:59:59.999Z")),
                 QDateTime(QDate(2022, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
        QCOMPARE(parseRfc3339(QStringLiteral("2021-01-12T11:53:27Z")), QDateTime(QDate(2021, 1, 12), QTime(11, 53, 27), Qt::UTC));
        QCOMPARE(parseRfc3339(QStringLiteral("2021-01-12T12:53:27.123456789+01:00")),
                 QDateTime(QDate(2021, 1, 12), QTime(11, 53, 27, 123), Qt::UTC));
        QVERIFY(!parseRfc3339(QStringLiteral("2021-01-12")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSigstoreUnits)
#include "tst_sigstore_units.moc"
