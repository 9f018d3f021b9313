#pragma once

// Private to core/keys/pkcs11: the p11-kit headers and helpers around them.
// Nothing outside this folder includes this file.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#define CRYPTOKI_GNU 1
#include <p11-kit/p11-kit.h>
#include <p11-kit/uri.h>

namespace hallmark::pkcs11::detail {

// One loaded, initialised module; finalised and released with the last owner.
// p11-kit manages the module and initialises it with CKF_OS_LOCKING_OK, so
// several threads may call into it.
struct ModuleHandle {
    CK_FUNCTION_LIST *fn = nullptr;
    QString path;
    QString name;
    ~ModuleHandle();
};
using ModulePtr = std::shared_ptr<ModuleHandle>;

// An error for a failed PKCS#11 call: a human message for the code and the
// raw code with p11-kit's text as detail.
Error ckError(const char *function, ck_rv_t rv, const QString &context = {});
QString ckName(ck_rv_t rv);
bool isTokenGone(ck_rv_t rv);

QString padded(const unsigned char *text, size_t size);  // blank-padded field, trimmed

// Reads one attribute (two-call); nullopt when absent or sensitive.
std::optional<QByteArray> attribute(CK_FUNCTION_LIST *fn, ck_session_handle_t session, ck_object_handle_t object,
                                    ck_attribute_type_t type);
std::optional<unsigned long> ulongAttribute(CK_FUNCTION_LIST *fn, ck_session_handle_t session,
                                            ck_object_handle_t object, ck_attribute_type_t type);

struct Match {
    ck_object_class_t cls = CKO_PRIVATE_KEY;
    std::optional<QByteArray> label;
    std::optional<QByteArray> id;
};
Result<std::vector<ck_object_handle_t>> findObjects(CK_FUNCTION_LIST *fn, ck_session_handle_t session,
                                                    const Match &match, bool anyClass = false);

// SubjectPublicKeyInfo DER from token attributes.
QByteArray ecSpki(const QByteArray &ecParams, const QByteArray &ecPoint);
QByteArray ed25519Spki(const QByteArray &ecPoint);
QByteArray rsaSpki(const QByteArray &modulus, const QByteArray &exponent);
bool isEd25519Params(const QByteArray &ecParams);  // the OID 1.3.101.112 or the string "edwards25519"
QString ecCurveLabel(const QByteArray &ecParams);   // "P-256", … or the OID bytes in hex

} // namespace hallmark::pkcs11::detail
