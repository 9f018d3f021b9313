#include "hashcontroller.h"
#include "mainwindow.h"
#include "models/filetreemodel.h"
#include "models/filetreeproxy.h"
#include "models/findingsmodel.h"
#include "recentfiles.h"
#include "statuspanel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <map>

using namespace hallmark;
using namespace hallmark::ui;
using hallmark::test::writeFile;

namespace {

constexpr int hashTimeoutMs = 60000;

using Files = std::map<QString, QByteArray>;

// A small model: nested folders, an empty file, and a .git folder that the
// default ignore rules leave out.
Files makeModel(const QString &root)
{
    QByteArray weights(300'000, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : weights)
        c = char(random.bounded(256));
    Files files{
        {QStringLiteral("config.json"), QByteArrayLiteral("{\"layers\": 2}\n")},
        {QStringLiteral("weights/model-00001.bin"), weights},
        {QStringLiteral("weights/empty.bin"), QByteArray()},
        {QStringLiteral("tokenizer/vocab.txt"), QByteArrayLiteral("hello\nworld\n")},
    };
    for (const auto &[path, content] : files)
        writeFile(root, path, content);
    writeFile(root, QStringLiteral(".git/config"), QByteArrayLiteral("[core]\n"));
    return files;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Root digest as OMS defines it, computed here without the core library:
// SHA-256 over the raw digests of the resources, sorted by name bytes.
QString expectedManifestDigest(const Files &files, bool skipEmpty)
{
    QList<QByteArray> names;
    for (const auto &[path, content] : files)
        if (!skipEmpty || !content.isEmpty())
            names << path.toUtf8();
    std::sort(names.begin(), names.end());
    QByteArray all;
    for (const QByteArray &name : names)
        all += sha256(files.at(QString::fromUtf8(name)));
    return QString::fromLatin1(sha256(all).toHex());
}

void collect(const QAbstractItemModel *model, const QModelIndex &parent, QMap<QString, QModelIndex> &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!index.data(FileTreeModel::IsFolderRole).toBool())
            out.insert(index.data(FileTreeModel::PathRole).toString(), index);
        if (model->rowCount(index) > 0 && index.data(FileTreeModel::IsFolderRole).toBool())
            collect(model, index, out);
    }
}

QMap<QString, QModelIndex> filesIn(const QAbstractItemModel *model)
{
    QMap<QString, QModelIndex> out;
    collect(model, {}, out);
    return out;
}

QString cell(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns about size hints on every top-level window.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

// For looking at the window by hand: HALLMARK_SHOT_DIR=/tmp/shots.
void saveShot(QWidget &w, const QString &name)
{
    if (const QString out = qEnvironmentVariable("HALLMARK_SHOT_DIR"); !out.isEmpty())
        w.grab().save(QDir(out).filePath(name));
}

qint64 threadCpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

bool waitUntilDone(MainWindow &w)
{
    QElapsedTimer clock;
    clock.start();
    while (w.runState() == MainWindow::RunState::Running && clock.elapsed() < hashTimeoutMs)
        QTest::qWait(10);
    return w.runState() != MainWindow::RunState::Running;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensModelAndShowsDigests();
    void shardsModeShowsShardRows();
    void modelsPassTheTester();
    void symlinkFindingSelectsItsRow();
    void filterKeepsFoldersOfMatches();
    void cancelLeavesCleanState();
    void staysResponsiveWhileHashing();
    void dropOpensPath();
    void recentFilesAreKept();
    void windowStateIsRemembered();
    void commandLineTakesPathAfterDashes();
    void followsDarkPalette();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HallmarkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // The command-line test starts the real binary; keep its settings here too.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensModelAndShowsDigests()
{
    QTemporaryDir dir;
    const Files files = makeModel(dir.path());
    MainWindow w;
    w.show();
    QCOMPARE(w.runState(), MainWindow::RunState::Idle);
    saveShot(w, QStringLiteral("idle.png"));
    w.openPath(dir.path());
    QCOMPARE(w.runState(), MainWindow::RunState::Running);
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.runState(), MainWindow::RunState::Finished);

    const QMap<QString, QModelIndex> shown = filesIn(w.fileTreeModel());
    for (const auto &[path, content] : files) {
        QVERIFY2(shown.contains(path), qPrintable(path));
        const QModelIndex index = shown.value(path);
        QCOMPARE(cell(index, 0, FileTreeModel::DigestRole), QString::fromLatin1(sha256(content).toHex()));
        QCOMPARE(cell(index, FileTreeModel::DigestColumn), cell(index, 0, FileTreeModel::DigestRole));
        QCOMPARE(FileState(index.data(FileTreeModel::StateRole).toInt()), FileState::Hashed);
        QCOMPARE(cell(index, FileTreeModel::StateColumn), QStringLiteral("Hashed"));
    }
    // The ignored folder is a row of its own, not hidden, and names its rule.
    QVERIFY(shown.contains(QStringLiteral(".git")));
    const QModelIndex git = shown.value(QStringLiteral(".git"));
    QCOMPARE(FileState(git.data(FileTreeModel::StateRole).toInt()), FileState::Ignored);
    QCOMPARE(cell(git, FileTreeModel::StateColumn), QStringLiteral("Ignored"));
    QVERIFY(cell(git, FileTreeModel::FindingsColumn).contains(QLatin1String(".git")));
    QVERIFY(cell(git, 0, FileTreeModel::DigestRole).isEmpty());
    QCOMPARE(shown.size(), int(files.size()) + 1);

    const QString expected = expectedManifestDigest(files, false);
    QCOMPARE(w.statusPanel()->manifestDigest(), expected);
    QVERIFY(w.statusPanel()->details().contains(QLatin1String("Files: 4")));
    QCOMPARE(w.findingsModel()->rowCount(), 0);

    // Through the proxy, sorted: folders first.
    const QAbstractItemModel *proxy = w.fileTreeProxy();
    QVERIFY(proxy->index(0, 0).data(FileTreeModel::IsFolderRole).toBool());
    QCOMPARE(proxy->index(proxy->rowCount() - 1, 0).data(FileTreeModel::IsFolderRole).toBool(), false);
}

void TestMainWindow::shardsModeShowsShardRows()
{
    QTemporaryDir dir;
    const Files files = makeModel(dir.path());
    MainWindow w;
    w.openPath(dir.path());
    QVERIFY(waitUntilDone(w));
    w.setSerialization(Serialization::Shards);
    QCOMPARE(w.runState(), MainWindow::RunState::Running);
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.runState(), MainWindow::RunState::Finished);

    const QMap<QString, QModelIndex> shown = filesIn(w.fileTreeModel());
    const QModelIndex weights = shown.value(QStringLiteral("weights/model-00001.bin"));
    QVERIFY(weights.isValid());
    QCOMPARE(w.fileTreeModel()->rowCount(weights), 1);
    QCOMPARE(cell(weights, FileTreeModel::DigestColumn), QStringLiteral("Shards: 1"));
    const QModelIndex shard = w.fileTreeModel()->index(0, 0, weights);
    QCOMPARE(cell(shard, 0, FileTreeModel::DigestRole),
             QString::fromLatin1(sha256(files.at(QStringLiteral("weights/model-00001.bin"))).toHex()));
    const QModelIndex empty = shown.value(QStringLiteral("weights/empty.bin"));
    QCOMPARE(w.fileTreeModel()->rowCount(empty), 0);
    QVERIFY(cell(empty, FileTreeModel::DigestColumn).contains(QLatin1String("no shards")));
    // OMS: an empty file has no shard, so it adds nothing to the manifest.
    QCOMPARE(w.statusPanel()->manifestDigest(), expectedManifestDigest(files, true));
}

void TestMainWindow::modelsPassTheTester()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    writeFile(dir.path(), QStringLiteral("sub/deeper/x.bin"), QByteArrayLiteral("x"));
    QVERIFY(QFile::link(QStringLiteral("../config.json"), dir.filePath(QStringLiteral("sub/link.json"))));

    MainWindow w;
    QAbstractItemModelTester treeTester(w.fileTreeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(w.fileTreeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(w.findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    for (Serialization mode : {Serialization::Files, Serialization::Shards}) {
        w.setSerialization(mode);
        w.openPath(dir.path());
        QVERIFY(waitUntilDone(w));
        QCOMPARE(w.runState(), MainWindow::RunState::Finished);
        QVERIFY(w.findingsModel()->rowCount() > 0);
        w.fileTreeProxy()->setFilterFixedString(QStringLiteral("deeper"));
        QCOMPARE(w.fileTreeProxy()->rowCount(), 1);
        w.fileTreeProxy()->setFilterFixedString(QString());
        w.fileTreeProxy()->setProblemsOnly(true);
        QVERIFY(w.fileTreeProxy()->rowCount() > 0);
        w.fileTreeProxy()->setProblemsOnly(false);
        w.fileTreeProxy()->sort(FileTreeModel::SizeColumn, Qt::DescendingOrder);
        w.fileTreeProxy()->sort(FileTreeModel::NameColumn, Qt::AscendingOrder);
    }
    w.cancelHashing();
    w.openPath(dir.filePath(QStringLiteral("missing")));
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.runState(), MainWindow::RunState::Failed);
    QCOMPARE(w.fileTreeModel()->rowCount(), 0);
    QCOMPARE(w.findingsModel()->rowCount(), 0);
}

void TestMainWindow::symlinkFindingSelectsItsRow()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("a.bin"), QByteArrayLiteral("payload"));
    writeFile(dir.path(), QStringLiteral("sub/b.bin"), QByteArrayLiteral("other"));
    QVERIFY(QFile::link(QStringLiteral("../a.bin"), dir.filePath(QStringLiteral("sub/link.bin"))));

    MainWindow w;
    w.show();
    w.openPath(dir.path());
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.runState(), MainWindow::RunState::Finished);

    FindingsModel *findings = w.findingsModel();
    int row = -1;
    for (int r = 0; r < findings->rowCount(); ++r)
        if (findings->index(r, 0).data(FindingsModel::PathRole).toString() == QLatin1String("sub/link.bin"))
            row = r;
    QVERIFY2(row >= 0, "no finding names the symbolic link");
    QCOMPARE(Severity(findings->index(row, 0).data(FindingsModel::SeverityRole).toInt()), Severity::Error);
    QVERIFY(w.findingsDock()->isVisible());

    // A signed manifest cannot describe this model, and the summary says why.
    QVERIFY(w.statusPanel()->manifestDigest().isEmpty());
    QVERIFY(w.statusPanel()->details().contains(QLatin1String("symbolic link")));

    // Hide the row behind a filter and collapse everything: activation must still find it.
    w.filterEdit()->setText(QStringLiteral("b.bin"));
    w.fileTreeProxy()->setFilterFixedString(QStringLiteral("b.bin"));
    w.fileTreeView()->collapseAll();
    const QModelIndex findingIndex = findings->index(row, FindingsModel::MessageColumn);
    w.findingsView()->setCurrentIndex(findingIndex);
    Q_EMIT w.findingsView()->activated(findingIndex);

    const QModelIndex current = w.fileTreeView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(FileTreeModel::PathRole).toString(), QStringLiteral("sub/link.bin"));
    QCOMPARE(FileState(current.data(FileTreeModel::StateRole).toInt()), FileState::NotTrustworthy);
    QVERIFY(w.fileTreeView()->selectionModel()->isRowSelected(current.row(), current.parent()));
    QVERIFY(w.fileTreeView()->isExpanded(current.parent()));
    QVERIFY(w.filterEdit()->text().isEmpty());

    // With links allowed, the link is hashed like its target.
    w.setAllowSymlinks(true);
    QVERIFY(waitUntilDone(w));
    const QModelIndex link = w.fileTreeModel()->indexForPath(QStringLiteral("sub/link.bin"));
    QCOMPARE(cell(link, 0, FileTreeModel::DigestRole), QString::fromLatin1(sha256("payload").toHex()));
    QVERIFY(!w.statusPanel()->manifestDigest().isEmpty());
}

void TestMainWindow::filterKeepsFoldersOfMatches()
{
    QTemporaryDir dir;
    makeModel(dir.path());
    MainWindow w;
    w.openPath(dir.path());
    QVERIFY(waitUntilDone(w));
    QTest::keyClicks(w.filterEdit(), QStringLiteral("VOCAB"));
    QTRY_COMPARE(w.fileTreeProxy()->rowCount(), 1);
    const QModelIndex folder = w.fileTreeProxy()->index(0, 0);
    QCOMPARE(folder.data(FileTreeModel::PathRole).toString(), QStringLiteral("tokenizer"));
    QCOMPARE(w.fileTreeProxy()->rowCount(folder), 1);
    w.filterEdit()->clear();
    QTRY_COMPARE(w.fileTreeProxy()->rowCount(), 4);
}

void TestMainWindow::cancelLeavesCleanState()
{
    QTemporaryDir dir;
    {
        QFile big(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(4) << 30));  // sparse: reads as zeros, costs no disk
    }
    MainWindow w;
    w.show();
    qint64 lastDone = 0;
    connect(w.controller(), &HashController::progress, this, [&](qint64 done, qint64, double, qint64) { lastDone = done; });
    w.openPath(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(lastDone > 0, 30000);
    QCOMPARE(w.runState(), MainWindow::RunState::Running);
    QVERIFY(!w.statusPanel()->progressText().isEmpty());
    saveShot(w, QStringLiteral("running.png"));
    w.cancelHashing();
    QTRY_COMPARE_WITH_TIMEOUT(w.runState(), MainWindow::RunState::Cancelled, 30000);
    saveShot(w, QStringLiteral("cancelled.png"));
    QVERIFY(lastDone < (qint64(4) << 30));

    QVERIFY(!w.currentReport());
    QCOMPARE(w.fileTreeModel()->rowCount(), 0);
    QCOMPARE(w.findingsModel()->rowCount(), 0);
    QVERIFY(w.statusPanel()->manifestDigest().isEmpty());
    QCOMPARE(w.statusPanel()->headline(), QStringLiteral("Cancelled — results incomplete"));

    // The window is usable again.
    QTemporaryDir small;
    const Files files = makeModel(small.path());
    w.openPath(small.path());
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.runState(), MainWindow::RunState::Finished);
    QCOMPARE(w.statusPanel()->manifestDigest(), expectedManifestDigest(files, false));
}

void TestMainWindow::staysResponsiveWhileHashing()
{
    QTemporaryDir dir;
    for (int i = 0; i < 3000; ++i)
        writeFile(dir.path(), QStringLiteral("shard-%1/file-%2.bin").arg(i / 100).arg(i), QByteArray::number(i));
    {
        QFile big(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1) << 30));
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Wall-clock gaps between ticks include time spent waiting for a CPU on
    // a loaded machine; the GUI thread's own CPU time between ticks is what
    // this code controls, and must stay under 50 ms.
    struct Gaps {
        qint64 wall = 0;
        qint64 cpu = 0;
    };
    Gaps idle, hashing, after;
    QElapsedTimer clock;
    qint64 lastWall = 0;
    qint64 lastCpu = threadCpuMs();
    int ticks = 0;
    Gaps *current = &idle;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 wall = clock.elapsed();
        const qint64 cpu = threadCpuMs();
        current->wall = std::max(current->wall, wall - lastWall);
        current->cpu = std::max(current->cpu, cpu - lastCpu);
        lastWall = wall;
        lastCpu = cpu;
        ++ticks;
    });
    clock.start();
    ticker.start();
    QTest::qWait(1000);
    current = &hashing;
    connect(&w, &MainWindow::runStateChanged, this, [&](MainWindow::RunState state) {
        current = state == MainWindow::RunState::Running ? &hashing : &after;
    });
    w.openPath(dir.path());
    QVERIFY(waitUntilDone(w));
    QTest::qWait(500);  // the model reset and the first paint of the result
    ticker.stop();
    QCOMPARE(w.runState(), MainWindow::RunState::Finished);
    QCOMPARE(w.currentReport()->outcome.listing.entries.size(), 3001);
    qInfo("%lld ms, %d ticks of 5 ms. Longest gap, wall/GUI-thread CPU: idle %lld/%lld ms, hashing %lld/%lld ms, "
          "after the result %lld/%lld ms",
          clock.elapsed(), ticks, idle.wall, idle.cpu, hashing.wall, hashing.cpu, after.wall, after.cpu);
    QVERIFY2(std::max(hashing.cpu, after.cpu) < 50, "the GUI thread worked 50 ms or more without a break");
    QVERIFY2(std::max(hashing.wall, after.wall) < 500, "the event loop stalled for 500 ms or more");
}

void TestMainWindow::dropOpensPath()
{
    QTemporaryDir dir;
    const Files files = makeModel(dir.path());
    MainWindow w;
    w.show();

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/model.tar"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.path())});
    const QPoint centre = w.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(w.currentPath(), QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY(waitUntilDone(w));
    QCOMPARE(w.statusPanel()->manifestDigest(), expectedManifestDigest(files, false));
}

void TestMainWindow::recentFilesAreKept()
{
    QTemporaryDir one, two;
    makeModel(one.path());
    makeModel(two.path());
    MainWindow w;
    w.openPath(one.path());
    QVERIFY(waitUntilDone(w));
    w.openPath(two.path());
    QVERIFY(waitUntilDone(w));
    w.openPath(one.path());
    QVERIFY(waitUntilDone(w));
    QCOMPARE(RecentFiles::load(), QStringList({one.path(), two.path()}));
    QList<QAction *> actions = w.recentMenu()->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions.at(1)->data().toString(), two.path());
    actions.at(1)->trigger();
    QCOMPARE(w.currentPath(), two.path());
    QVERIFY(waitUntilDone(w));

    for (int i = 0; i < 15; ++i)
        RecentFiles::add(QStringLiteral("/models/m%1").arg(i));
    QCOMPARE(RecentFiles::load().size(), RecentFiles::maxEntries);
    QCOMPARE(RecentFiles::load().constFirst(), QStringLiteral("/models/m14"));
}

void TestMainWindow::windowStateIsRemembered()
{
    {
        MainWindow first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(987, 654);
        first.findingsDock()->hide();
        first.close();
    }
    MainWindow second;
    QCOMPARE(second.size(), QSize(987, 654));
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(!second.findingsDock()->isVisible());
}

void TestMainWindow::commandLineTakesPathAfterDashes()
{
    const QString gui = qEnvironmentVariable("HALLMARK_GUI");
    if (gui.isEmpty())
        QSKIP("HALLMARK_GUI is not set (run through ctest)");
    const auto version = hallmark::test::runProgram(gui, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(HALLMARK_VERSION));

    QTemporaryDir dir;
    makeModel(dir.path());
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const auto run = hallmark::test::runProgram(gui, {QStringLiteral("--screenshot"), shot, QStringLiteral("--"), dir.path()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300 && image.height() > 200);
    QVERIFY2(run.out.contains(QFileInfo(dir.path()).fileName().toUtf8()), run.out.constData());

    // A model whose name looks like a Qt option is still a path after "--".
    QTemporaryDir parent;
    const Files files = makeModel(QDir(parent.path()).filePath(QStringLiteral("-reverse")));
    Q_UNUSED(files);
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(parent.path()));
    const auto tricky = hallmark::test::runProgram(
        gui, {QStringLiteral("--screenshot"), shot, QStringLiteral("--"), QStringLiteral("-reverse")});
    QDir::setCurrent(previous);
    QVERIFY2(tricky.exitCode == 0, tricky.err.constData());
    QVERIFY2(tricky.out.contains("\"-reverse — Hallmark\""), tricky.out.constData());
}

void TestMainWindow::followsDarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);

    QTemporaryDir dir;
    makeModel(dir.path());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openPath(dir.path());
    QVERIFY(waitUntilDone(w));
    const QImage shot = w.grab().toImage();
    saveShot(w, QStringLiteral("dark.png"));
    QApplication::setPalette(original);

    // Every pane is drawn from the palette: sample the window, the status
    // panel, the empty part of the tree and of the findings table.
    auto lightness = [&](QWidget *widget, QPoint at) {
        return shot.pixelColor(widget->mapTo(&w, at) * shot.devicePixelRatio()).lightness();
    };
    QTreeView *tree = w.fileTreeView();
    QVERIFY(lightness(tree->viewport(), QPoint(tree->viewport()->width() / 2, tree->viewport()->height() - 3)) < 80);
    QVERIFY(lightness(w.statusPanel(), QPoint(w.statusPanel()->width() - 5, 5)) < 80);
    QTableView *findings = w.findingsView();
    QVERIFY(lightness(findings->viewport(), QPoint(findings->viewport()->width() / 2, findings->viewport()->height() - 3)) < 80);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
