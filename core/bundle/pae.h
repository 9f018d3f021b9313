#pragma once

#include <QByteArray>

namespace hallmark {

// DSSE pre-authentication encoding: "DSSEv1 <len(type)> <type> <len(body)> <body>".
QByteArray pae(const QByteArray &payloadType, const QByteArray &payload);

// model_signing v0.2.0's faulty encoding, accepted for old signatures only:
// "DSSEV1 <len(type)> <type> <len(body)> <Python repr of body>".
QByteArray legacyPae(const QByteArray &payloadType, const QByteArray &payload);

} // namespace hallmark
