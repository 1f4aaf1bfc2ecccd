#pragma once

#include "model/labmode.h"
#include "network/framingmode.h"
#include "network/replypolicy.h"
#include "network/sessionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// What `socketlab [--headless] --mode ... --json` asked for. A public interface that teachers
// script against: names and meanings stay stable (README, "Linha de comando").
struct LaunchOptions
{
    bool headless = false;
    bool json = false;
    std::optional<LabMode> mode;
    // Servers.
    std::optional<QHostAddress> bind;
    std::optional<quint16> port;
    std::optional<ReplyMode> reply;
    std::optional<FramingMode> framing;
    std::optional<int> maxClients; // --max-clients (tcp-multi)
    // Clients.
    QString host = QStringLiteral("127.0.0.1");
    std::optional<QString> send;
    int burst = 0;         // --burst N: numbered messages after --send
    int clients = 1;
    int receiveBuffer = 0; // --rcvbuf BYTES (udp-server): SO_RCVBUF, 0 = the system's
    // File transfer (file-server, file-client).
    QString root;      // --root DIR: the folder the file server shares
    QString get;       // --get NAME: the file the client asks for
    QString output;    // --output FILE: where the client saves it
    bool overwrite = false; // --overwrite: replace an existing --output file
    QString language; // "pt_BR", "en" or empty (system / saved choice)
    QString reportDir; // --report DIR (headless): a lab report is written there at exit
    QString statsFile; // --stats-file FILE (window): statistics as JSON at exit (RunStats)
    QString captureFile; // --capture FILE (headless and window): the page's packets as .pcap at exit

    // What these options describe, with the course's defaults where they are silent.
    ServerSettings serverSettings() const;
    ClientSettings clientSettings() const;
    FirstActions firstActions() const;
};

struct CommandLineResult
{
    enum Status {
        Ok,
        ShowHelp,
        ShowVersion,
        Error
    };
    Status status = Ok;
    LaunchOptions options;
    QString message; // help text, version, or what is wrong (translated)
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Exit codes of headless runs.
    static constexpr int kExitOk = 0;
    static constexpr int kExitRuntimeError = 1; // e.g. the port is in use, the connection refused
    static constexpr int kExitUsageError = 2;   // e.g. an invalid port number

    static CommandLineResult parse(const QStringList &arguments);

    // Before the application object exists: is this a run without a window (--headless,
    // --help, --version), and which language was asked for? (Decides the kind of application
    // object and the translator to load.)
    static bool wantsHeadless(int argc, char **argv);
    static QString requestedLanguage(int argc, char **argv);
};
