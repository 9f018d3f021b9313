#pragma once

#include <QString>
#include <QStringList>

namespace hallmark::test {

// A working copy of one of the tests/*-oracle folders with its npm packages
// installed, from the npm cache first and then the registry.
struct NpmOracle {
    QString dir;    // the copy, with node_modules
    QString node;   // the node program
    QString skip;   // why the oracle cannot run here (no node, too old, no packages)
    QString error;  // a fault of the test itself (a file that cannot be copied)
};

// Copies `files` from `source` into `workDir` and runs `npm ci` there.
// `packages` names what is installed, for the skip message.
NpmOracle prepareNpmOracle(const QString &source, const QStringList &files, const QString &workDir, int nodeMajor,
                           int nodeMinor, const QString &packages);

} // namespace hallmark::test
