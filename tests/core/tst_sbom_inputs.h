#pragma once

#include <QByteArray>
#include <QList>

namespace hallmark::test {

struct HostileInput {
    const char *name;
    QByteArray text;
    bool loads;  // readSbom() should succeed (leniently) rather than refuse
};

// `good` is a small valid CycloneDX document to truncate.
QList<HostileInput> hostileSbomInputs(const QByteArray &good);

} // namespace hallmark::test
