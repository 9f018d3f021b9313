#include "attest/attestationpage.h"
#include "documents/documentsworkflow.h"
#include "mainwindow.h"
#include "sbom/sbompage.h"
#include "resources.h"
#include "verify/signatureworkflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <QFile>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#ifdef NDEBUG
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {

// Release builds keep secrets out of core files and away from ptrace.
void hardenProcess()
{
#ifdef NDEBUG
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void loadTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("hallmark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

// --screenshot: once hashing, a --verify-with-key check and the reading of
// attestations and SBOMs have ended, raise the --page tab (if given), save
// the window's pixels and quit. Polled: several workers finish in any order.
void screenshotWhenDone(hallmark::ui::MainWindow &window, const QString &file, const QString &page)
{
    using RunState = hallmark::ui::MainWindow::RunState;
    auto settled = [&window] {
        const RunState state = window.runState();
        const hallmark::ui::DocumentsWorkflow *docs = window.documentsWorkflow();
        if (window.currentPath().isEmpty())
            return true;
        return state != RunState::Running && state != RunState::Idle && !window.signatureWorkflow()->isRunning()
               && !docs->isDiscovering() && !docs->sbomPage()->isLoading() && !docs->attestationPage()->isBusy();
    };
    auto *poll = new QTimer(&window);
    auto quiet = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, page, settled, poll, quiet] {
        *quiet = settled() ? *quiet + 1 : 0;
        if (*quiet < 3)
            return;
        poll->stop();
        QTabWidget *tabs = window.detailsTabs();
        for (int i = 0; i < tabs->count(); ++i)
            if (!page.isEmpty() && tabs->tabText(i).remove(QLatin1Char('&')).startsWith(page, Qt::CaseInsensitive))
                tabs->setCurrentIndex(i);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (saved)
                std::printf("Saved a screenshot of \"%s\"\n", window.windowTitle().toUtf8().constData());
            else
                std::fprintf(stderr, "Cannot save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(100);
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    // Qt reads its own options (-platformpluginpath, -style…) anywhere in
    // argv, even after "--". Only what precedes "--" reaches Qt; the rest are
    // paths, whatever they look like.
    int qtArgc = argc;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            qtArgc = i;
            break;
        }
    }
    QStringList pathsAfterDashes;
    for (int i = qtArgc + 1; i < argc; ++i)
        pathsAfterDashes << QFile::decodeName(argv[i]);
    std::vector<char *> qtArgv(argv, argv + qtArgc);
    qtArgv.push_back(nullptr);

    QApplication app(qtArgc, qtArgv.data());
    QApplication::setOrganizationName(QStringLiteral("Hallmark"));
    QApplication::setApplicationName(QStringLiteral("Hallmark"));
    QApplication::setApplicationVersion(QStringLiteral(HALLMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hallmark"));
    hallmark::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hallmark.svg")));
    loadTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Check whether a machine-learning model is the one its publisher signed."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "Model folder, file or archive to open. "
                                                                     "Put it after -- so it is never read as an option."),
                                 QStringLiteral("[--] [path]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Developer option: when hashing ends, save the window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption verifyWithKey(
        QStringLiteral("verify-with-key"),
        QCoreApplication::translate("main", "Developer option: verify the model's signature with this public key."),
        QStringLiteral("file"));
    verifyWithKey.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(verifyWithKey);
    QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Developer option: with --screenshot, show the details page whose title starts with <title>."),
        QStringLiteral("title"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    parser.process(app);

    const QStringList paths = parser.positionalArguments() + pathsAfterDashes;
    if (paths.size() > 1)
        parser.showHelp(2);

    hallmark::ui::MainWindow window;
    if (!paths.isEmpty())
        window.openPath(paths.constFirst());
    if (parser.isSet(verifyWithKey) && !paths.isEmpty()) {
        hallmark::VerifyRequest request = window.signatureWorkflow()->proposedRequest();
        request.method = hallmark::VerifyMethod::Key;
        request.publicKeyPath = parser.value(verifyWithKey);
        window.signatureWorkflow()->startVerification(request);
    }
    if (parser.isSet(screenshot))
        screenshotWhenDone(window, parser.value(screenshot), parser.value(pageOption));
    window.show();
    return QApplication::exec();
}
