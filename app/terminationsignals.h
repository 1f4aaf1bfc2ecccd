#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT and SIGTERM (terminationsignals_posix.cpp), or Ctrl+C, Ctrl+Break and closing the
// console window (terminationsignals_win.cpp, SetConsoleCtrlHandler), as a Qt signal, so that
// they end a run the same way as closing the window: sessions stopped, reports and statistics
// written. One instance at a time (the handler has one global target).
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};
