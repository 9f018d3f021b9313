#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hallmark {

// The OMS rules for a resource path: relative, '/'-separated, valid UTF-8,
// no empty, "." or ".." components, no NUL. Case-sensitive, not normalised.
enum class PathProblem { None, Empty, Absolute, DriveLetter, DotDot, InvalidUtf8, ControlChar };

struct CheckedPath {
    QString path;          // normalised ("./a//b" -> "a/b") when problem == None
    PathProblem problem = PathProblem::None;
};

CheckedPath checkRelativePath(const QByteArray &raw);

QString describe(PathProblem problem);

// True when `path` equals `prefix` or lies below it, comparing whole components.
bool isUnder(const QString &path, const QString &prefix);

} // namespace hallmark
