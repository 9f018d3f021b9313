#include "cliio.h"

#include "common/pathtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace hallmark::cli {

namespace {
std::atomic<JobControl *> g_interruptible{nullptr};

void onInterrupt(int)
{
    if (JobControl *c = g_interruptible.load())
        c->cancel();
}
} // namespace

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

bool parseOrComplain(QCommandLineParser &parser, const QStringList &args)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(args)) {
        err(parser.errorText());
        err(QCoreApplication::translate("hallmark::Cli", "Run with --help for usage."));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        std::exit(0);
    }
    return true;
}

void showProgressWhile(JobControl &control, const std::function<bool()> &finished)
{
    g_interruptible.store(&control);
    std::signal(SIGINT, onInterrupt);
    const bool tty = ::isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    bool printed = false;
    while (!finished()) {
        QThread::msleep(100);
        if (!tty || clock.elapsed() < 500)
            continue;
        const qint64 done = control.bytesDone.load(), total = control.bytesTotal.load();
        const double rate = double(done) / std::max<qint64>(1, clock.elapsed()) * 1000.0;
        std::fprintf(stderr, "\r%s / %s  (%s/s)   ", qPrintable(formatBytes(done)), qPrintable(formatBytes(total)),
                     qPrintable(formatBytes(qint64(rate))));
        printed = true;
    }
    if (printed)
        std::fprintf(stderr, "\r%*s\r", 60, "");
    std::signal(SIGINT, SIG_DFL);
    g_interruptible.store(nullptr);
}

} // namespace hallmark::cli
