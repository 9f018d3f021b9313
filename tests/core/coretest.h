#pragma once

// Small helpers shared by the core tests. Expectations are computed here with
// QCryptographicHash, independently of the code under test.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace hallmark::test {

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// A model as name -> content; names are '/'-separated and model-relative.
using Tree = QMap<QByteArray, QByteArray>;

inline void writeTree(const QString &root, const Tree &tree)
{
    QDir().mkpath(root);
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        writeFile(root, QString::fromUtf8(it.key()), it.value());
}

// Names in UTF-8 byte order, then the OMS root digest in files mode:
// SHA-256 over the concatenated SHA-256 of every file.
inline QByteArray expectedFilesRoot(const Tree &tree)
{
    QList<QByteArray> names = tree.keys();
    std::sort(names.begin(), names.end());
    QByteArray all;
    for (const QByteArray &n : names)
        all += sha256(tree.value(n));
    return sha256(all);
}

// "name:hex" lines for files mode, sorted by name bytes.
inline QStringList expectedFileLines(const Tree &tree)
{
    QStringList out;
    QList<QByteArray> names = tree.keys();
    std::sort(names.begin(), names.end());
    for (const QByteArray &n : names)
        out << QString::fromUtf8(n + ':' + sha256(tree.value(n)).toHex());
    return out;
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

} // namespace hallmark::test

// Compares two JSON values and prints both when they differ.
#define JSON_COMPARE(actual, expected)                                                         \
    do {                                                                                       \
        const nlohmann::json a_ = (actual), e_ = (expected);                                   \
        QVERIFY2(a_ == e_, (a_.dump() + " != " + e_.dump()).c_str());                          \
    } while (false)
