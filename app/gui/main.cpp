#include "mainwindow.h"
#include "resources.h"
#include "verify/signatureworkflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <QFile>

#include <cstdio>
#include <cstring>
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

// --screenshot: once hashing (and a --verify-with-key check) ends, save the
// window's pixels and quit.
void screenshotWhenDone(hallmark::ui::MainWindow &window, const QString &file)
{
    hallmark::ui::SignatureWorkflow *signature = window.signatureWorkflow();
    using RunState = hallmark::ui::MainWindow::RunState;
    auto shoot = [&window, file] {
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (saved)
                std::printf("Saved a screenshot of \"%s\"\n", window.windowTitle().toUtf8().constData());
            else
                std::fprintf(stderr, "Cannot save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    if (window.currentPath().isEmpty()) {
        shoot();
        return;
    }
    auto done = [&window, signature] {
        const RunState state = window.runState();
        return state != RunState::Running && state != RunState::Idle && !signature->isRunning();
    };
    QObject::connect(&window, &hallmark::ui::MainWindow::runStateChanged, &window, [shoot, done] {
        if (done())
            shoot();
    });
    QObject::connect(signature, &hallmark::ui::SignatureWorkflow::verificationFinished, &window, [shoot, done] {
        if (done())
            shoot();
    });
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
        screenshotWhenDone(window, parser.value(screenshot));
    window.show();
    return QApplication::exec();
}
