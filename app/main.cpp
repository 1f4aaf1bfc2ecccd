#include "app/commandline.h"
#include "app/filedescriptorlimit.h"
#include "app/headlessrunner.h"
#include "app/labpage.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/runstats.h"
#include "app/startupwarmup.h"
#include "app/terminationsignals.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QScopeGuard>

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

// Help, version and usage errors end the run here; returns -1 to go on.
int handleParseResult(const CommandLineResult &result)
{
    switch (result.status) {
    case CommandLineResult::Ok:
        return -1;
    case CommandLineResult::ShowHelp:
    case CommandLineResult::ShowVersion:
        std::fputs(qPrintable(result.message + QLatin1Char('\n')), stdout);
        return CommandLine::kExitOk;
    case CommandLineResult::Error:
        std::fputs(qPrintable(result.message + QLatin1Char('\n')), stderr);
        return CommandLine::kExitUsageError;
    }
    return -1;
}

// How the application font is laid out and rendered, chosen for the first frame's cost
// (callgrind, issue 7); zoom keeps both, as it copies this font.
// - No OpenType shaping where the script does not need it (Latin: the interface's and the
//   course's languages); Qt still shapes Arabic, Indic and the other scripts that need it.
//   Shaping every label with HarfBuzz was an eighth of the instructions to the first frame.
// - No hinting of the glyph outlines, as Qt already does on high-DPI screens: FreeType's
//   auto-hinter, which the desktop's usual "slight" setting selects, first analyses each
//   face and then hints every glyph twice (once for its advance, once to draw it): 5.3M of
//   the 74.6M instructions to the first frame. Layout keeps the same (design) advances;
//   stems are a little softer at the pixel level.
void setApplicationTextRendering()
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(font);
}
} // namespace

int main(int argc, char *argv[])
{
    // Every event is stamped with the local time. Without TZ, glibc stats /etc/localtime for
    // each stamp: a fifth of a busy server's time (perf). The same zone, read once.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
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

    StartupWarmUp warmUp; // beside QApplication's start, the translations and the window
    QApplication app(argc, argv);
    // Before QApplication's end, on every path: its end frees fontconfig's configuration, Qt's
    // font database and the image plugins, and doing that while the warm-up still fills them
    // leaked (LeakSanitizer, on a usage error) or worse.
    const auto finishWarmUp = qScopeGuard([&warmUp] { warmUp.finish(); });
    warmUp.applicationReady();
    QApplication::setApplicationDisplayName(QStringLiteral("SocketLab"));
    setApplicationTextRendering();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.socketlab.SocketLab")); // Wayland: icon and menu entry
    LanguageManager languages;
    languages.setLanguage(isKnownLanguage(requested) ? requested : LanguageManager::savedOrSystemLanguage());
    const CommandLineResult result = CommandLine::parse(app.arguments());
    if (const int exitCode = handleParseResult(result); exitCode >= 0)
        return exitCode;
    MainWindow window(&languages, [&warmUp] { warmUp.waitForFonts(); }); // its first text needs them
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
    const int exitCode = app.exec();
    if (stats) {
        QString error;
        if (!stats->writeTo(result.options.statsFile, &error)) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "Could not write %1: %2")
                                      .arg(result.options.statsFile, error) + QLatin1Char('\n')), stderr);
            return CommandLine::kExitRuntimeError;
        }
    }
    return exitCode;
}
