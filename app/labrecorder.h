#pragma once

#include "model/wholelabreport.h"

#include <QObject>

class GuidedExercises;
class LabJournal;
class LabPage;
class SocketStatePoller;
class ThisMachine;

// Follows every lab page for the whole-lab report and the guided exercises: the page's event
// batches and captured packets go to the journal (and the packets to the exercises), and when
// a connection is accepted, established or closed the page's kernel socket table is read at
// once, so the report keeps the states of that moment.
class LabRecorder : public QObject
{
    Q_OBJECT
public:
    LabRecorder(GuidedExercises *exercises, QObject *parent = nullptr);

    LabJournal *journal() const { return m_journal; }
    void follow(LabPage *page, SocketStatePoller *poller);
    // Reads this machine's addresses again (a cable plugged in, a new Wi-Fi address).
    void refreshThisMachine();
    // This machine's interface addresses now.
    static ThisMachine thisMachine();
    // What a report taken now holds: journal, with every page's kernel sockets read again,
    // this machine's addresses, the pages' titles (images are the caller's).
    static WholeLabReportInput reportInput(LabJournal *journal, const QDateTime &when);

private:
    GuidedExercises *m_exercises;
    LabJournal *m_journal;
};
