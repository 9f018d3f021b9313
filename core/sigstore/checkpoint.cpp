#include "sigstore/checkpoint.h"

#include "common/tr.h"
#include "crypto/signatures.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <openssl/evp.h>

namespace hallmark::sigstore {

namespace {

const QByteArray kDash = QByteArrayLiteral("\xE2\x80\x94 ");

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

bool isRekorV1Origin(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("^.* - [0-9]+$"));
    return re.match(QString::fromUtf8(text.left(text.indexOf('\n')))).hasMatch();
}

} // namespace

Result<SignedNote> parseSignedNote(const QByteArray &note)
{
    const int split = int(note.lastIndexOf("\n\n"));
    if (split < 0)
        return fail(HM_TR("Sigstore", "The checkpoint is malformed: it has no signature block."));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(note);
    if (utf8.hasError())
        return fail(HM_TR("Sigstore", "The checkpoint is not valid UTF-8."));
    for (char c : note)
        if ((unsigned char)c < 0x20 && c != '\n')
            return fail(HM_TR("Sigstore", "The checkpoint contains control characters."));
    SignedNote out;
    out.text = note.left(split + 1);
    const QByteArray block = note.mid(split + 2);
    if (block.isEmpty() || !block.endsWith('\n'))
        return fail(HM_TR("Sigstore", "The checkpoint is malformed: its signature block must end with a newline."));
    const QList<QByteArray> lines = block.left(block.size() - 1).split('\n');
    if (lines.size() > 100)
        return fail(HM_TR("Sigstore", "The checkpoint carries too many signatures."));
    for (const QByteArray &line : lines) {
        if (!line.startsWith(kDash))
            return fail(HM_TR("Sigstore", "The checkpoint is malformed: a signature line does not start with \"—\"."));
        const QByteArray rest = line.mid(kDash.size());
        const int space = int(rest.indexOf(' '));
        if (space <= 0)
            return fail(HM_TR("Sigstore", "The checkpoint is malformed: a signature line has no key name."));
        const QByteArray name = rest.left(space);
        if (name.contains('+'))
            return fail(HM_TR("Sigstore", "The checkpoint is malformed: a key name contains \"+\"."));
        auto sig = QByteArray::fromBase64Encoding(rest.mid(space + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (!sig || sig.decoded.size() < 5)
            return fail(HM_TR("Sigstore", "The checkpoint is malformed: a signature is not valid base64."));
        out.signatures.append({QString::fromUtf8(name), sig.decoded.left(4), sig.decoded.mid(4)});
    }
    return out;
}

Result<Checkpoint> parseCheckpoint(const QByteArray &text)
{
    if (!text.endsWith('\n'))
        return fail(HM_TR("Sigstore", "The checkpoint text must end with a newline."));
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    if (lines.size() < 3)
        return fail(HM_TR("Sigstore", "The checkpoint needs an origin, a tree size and a root hash."));
    Checkpoint cp;
    cp.origin = QString::fromUtf8(lines[0]);
    if (cp.origin.isEmpty())
        return fail(HM_TR("Sigstore", "The checkpoint has no origin."));
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]*)$"));
    bool ok = false;
    cp.size = lines[1].toULongLong(&ok);
    if (!ok || !digits.match(QString::fromLatin1(lines[1])).hasMatch())
        return fail(HM_TR("Sigstore", "The checkpoint tree size \"%1\" is not a number.").arg(QString::fromUtf8(lines[1])));
    auto root = QByteArray::fromBase64Encoding(lines[2], QByteArray::AbortOnBase64DecodingErrors);
    if (!root || root.decoded.size() != 32)
        return fail(HM_TR("Sigstore", "The checkpoint root hash is not a base64 SHA-256 hash."));
    cp.rootHash = *root;
    for (int i = 3; i < lines.size(); ++i)
        cp.extensions << QString::fromUtf8(lines[i]);
    return cp;
}

QByteArray noteKeyId(const LogKey &log, bool rekorV1Style)
{
    if (!log.key)
        return {};
    if (rekorV1Style || EVP_PKEY_base_id(log.key->get()) == EVP_PKEY_EC)
        return sha256(log.key->spkiDer()).left(4);
    if (EVP_PKEY_base_id(log.key->get()) == EVP_PKEY_ED25519) {
        size_t len = 0;
        EVP_PKEY_get_raw_public_key(log.key->get(), nullptr, &len);
        QByteArray raw(int(len), Qt::Uninitialized);
        EVP_PKEY_get_raw_public_key(log.key->get(), reinterpret_cast<unsigned char *>(raw.data()), &len);
        return sha256(log.host().toUtf8() + "\n\x01" + raw).left(4);
    }
    return sha256(log.host().toUtf8() + "\n\xff" + QByteArrayLiteral("PKIX-RSA-PKCS#1v1.5") + log.key->spkiDer()).left(4);
}

Result<VerifiedCheckpoint> verifyCheckpoint(const QByteArray &envelope, const LogKey &log)
{
    auto note = parseSignedNote(envelope);
    if (!note)
        return std::unexpected(note.error());
    const bool v1 = isRekorV1Origin(note->text);
    const QByteArray keyId = noteKeyId(log, v1);
    const QString name = log.host();
    const bool ed25519 = log.key && EVP_PKEY_base_id(log.key->get()) == EVP_PKEY_ED25519;
    VerifiedCheckpoint out;
    bool verified = false;
    for (const NoteSignature &s : note->signatures) {
        const bool known = s.keyId == keyId && (v1 || s.name == name);
        if (!known) {
            out.unverifiedWitnesses << s.name;
            continue;
        }
        if (!log.key || !verifySignature(*log.key, ed25519 ? nullptr : "SHA256", note->text, s.signature))
            return fail(HM_TR("Sigstore", "The checkpoint signature from the log key \"%1\" does not verify.").arg(s.name));
        verified = true;
        out.signer = s.name;
    }
    if (!verified)
        return fail(HM_TR("Sigstore", "The checkpoint carries no signature from the log (expected key ID %1).")
                        .arg(QString::fromLatin1(keyId.toHex())));
    auto cp = parseCheckpoint(note->text);
    if (!cp)
        return std::unexpected(cp.error());
    if (!v1 && cp->origin != name)
        return fail(HM_TR("Sigstore", "The checkpoint origin \"%1\" is not the log's name \"%2\".").arg(cp->origin, name));
    out.checkpoint = *cp;
    return out;
}

} // namespace hallmark::sigstore
