#include "app/commandline.h"
#include "app/filedescriptorlimit.h"
#include "app/headlessrunner.h"
#include "app/labpage.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/pagecapture.h"
#include "app/runstats.h"
#include "app/terminationsignals.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {
void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationName(QStringLiteral("socketlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
}

bool isKnownLanguage(const QString &language)
{
    return language == QLatin1String(LanguageManager::kPortuguese) || language == QLatin1String(LanguageManager::kEnglish);
}

// Help, version and usage errors end the run here; returns -1 to go on. UTF-8 as all the
// headless output (qPrintable would give the Windows ANSI code page).
int handleParseResult(const CommandLineResult &result)
{
    switch (result.status) {
    case CommandLineResult::Ok:
        return -1;
    case CommandLineResult::ShowHelp:
    case CommandLineResult::ShowVersion:
        std::fputs(qUtf8Printable(result.message + QLatin1Char('\n')), stdout);
        return CommandLine::kExitOk;
    case CommandLineResult::Error:
        std::fputs(qUtf8Printable(result.message + QLatin1Char('\n')), stderr);
        return CommandLine::kExitUsageError;
    }
    return -1;
}
// --capture in the window: the page's packets, its last ones included, as .pcap at exit.
bool writeCapture(MainWindow &window, const LaunchOptions &options)
{
    QString error;
    PageCapture *capture = window.page(*options.mode)->capture();
    if (capture->stopAndSave(options.captureFile, &error))
        return true;
    std::fputs(qUtf8Printable(error + QLatin1Char('\n')), stderr);
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    setApplicationInfo();
    FileDescriptorLimit::raiseSoftLimit();
    const QString requested = CommandLine::requestedLanguage(argc, argv);

    if (CommandLine::wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        LanguageManager languages;
        languages.setLanguage(isKnownLanguage(requested) ? requested : LanguageManager::systemLanguage());
        const CommandLineResult result = CommandLine::parse(app.arguments());
        if (const int exitCode = handleParseResult(result); exitCode >= 0)
            return exitCode;
        HeadlessRunner runner(result.options);
        runner.start();
        return app.exec();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SocketLab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.socketlab.socketlab")); // Wayland: icon and menu entry
    LanguageManager languages;
    languages.setLanguage(isKnownLanguage(requested) ? requested : LanguageManager::savedOrSystemLanguage());
    const CommandLineResult result = CommandLine::parse(app.arguments());
    if (const int exitCode = handleParseResult(result); exitCode >= 0)
        return exitCode;
    MainWindow window(&languages);
    // Statistics start with the window, so that its first frame and every stall are measured.
    std::unique_ptr<RunStats> stats;
    if (!result.options.statsFile.isEmpty()) {
        stats = std::make_unique<RunStats>(&window);
        for (LabPage *page : window.builtPages())
            stats->watchPage(page);
        QObject::connect(&window, &MainWindow::pageBuilt, stats.get(), &RunStats::watchPage);
    }
    // kill or Ctrl+C in the terminal ends the run as closing the window does.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, &QCoreApplication::quit);
    window.show();
    window.startFromCommandLine(result.options);
    int exitCode = app.exec();
    if (!result.options.captureFile.isEmpty() && !writeCapture(window, result.options))
        exitCode = CommandLine::kExitRuntimeError;
    if (stats) {
        QString error;
        if (!stats->writeTo(result.options.statsFile, &error)) {
            std::fputs(qUtf8Printable(QCoreApplication::translate("main", "Could not write %1: %2")
                                      .arg(result.options.statsFile, error) + QLatin1Char('\n')), stderr);
            return CommandLine::kExitRuntimeError;
        }
    }
    return exitCode;
}
