#pragma once

#include "common/cancel.h"
#include "common/result.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>

namespace hallmark::cli {

enum Exit { Ok = 0, NotVerified = 1, BadInput = 2 };

void out(const QString &text);
void err(const QString &text);

// Parses `args` (program name first); on a usage error prints it and
// returns false. Positional arguments may follow "--".
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args);

// Runs `work` on a worker thread; while it runs, prints progress to a
// terminal on stderr, and Ctrl+C cancels it through `control`.
template <typename T>
Result<T> runWithProgress(JobControl &control, std::function<Result<T>()> work);

void showProgressWhile(JobControl &control, const std::function<bool()> &finished);

} // namespace hallmark::cli

#include <QtConcurrent>

template <typename T>
hallmark::Result<T> hallmark::cli::runWithProgress(JobControl &control, std::function<Result<T>()> work)
{
    QFuture<Result<T>> future = QtConcurrent::run(std::move(work));
    showProgressWhile(control, [&] { return future.isFinished(); });
    return future.result();
}
