#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hallmark {

// The bundle exactly as model_signing ≥ 1.1 writes it, so the reference
// verifier (strict, extra keys forbidden) accepts it.
QByteArray omsKeyBundle(const QString &hint, const QByteArray &payload, const QByteArray &signature);
QByteArray omsCertificateBundle(const QList<QByteArray> &chainDer, const QByteArray &payload,
                                const QByteArray &signature);

} // namespace hallmark
