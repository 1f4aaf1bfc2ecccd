#include "app/commandline.h"
#include "app/headlessrunner.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <cstdio>

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
} // namespace

int main(int argc, char *argv[])
{
    setApplicationInfo();
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
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.socketlab.SocketLab")); // Wayland: icon and menu entry
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.png")));
    LanguageManager languages;
    languages.setLanguage(isKnownLanguage(requested) ? requested : LanguageManager::savedOrSystemLanguage());
    const CommandLineResult result = CommandLine::parse(app.arguments());
    if (const int exitCode = handleParseResult(result); exitCode >= 0)
        return exitCode;

    MainWindow window(&languages);
    window.show();
    window.startFromCommandLine(result.options);
    return app.exec();
}
