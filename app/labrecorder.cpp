#include "app/labrecorder.h"

#include "app/labpage.h"
#include "app/pagecapture.h"
#include "model/guidedexercises.h"
#include "model/labjournal.h"
#include "model/packetlistmodel.h"
#include "network/kernelsockettable.h"
#include "network/localaddresses.h"
#include "network/socketstatepoller.h"

LabRecorder::LabRecorder(GuidedExercises *exercises, QObject *parent)
    : QObject(parent)
    , m_exercises(exercises)
    , m_journal(new LabJournal(this))
{
    refreshThisMachine();
}

ThisMachine LabRecorder::thisMachine()
{
    QList<QHostAddress> addresses;
    for (const LocalAddress &local : localAddresses())
        addresses.append(local.address);
    ThisMachine machine;
    machine.setAddresses(addresses);
    return machine;
}

WholeLabReportInput LabRecorder::reportInput(LabJournal *journal, const QDateTime &when)
{
    for (const auto &used : journal->pagesUsed())
        journal->recordExportSnapshot(used.first, KernelSocketTable::read(used.second), when);
    WholeLabReportInput input;
    input.when = when;
    for (const QHostAddress &address : reachableAddresses(QHostAddress::Any))
        input.addresses.append(address.toString());
    input.journal = journal;
    input.pageTitle = &LabPage::titleFor;
    return input;
}

void LabRecorder::refreshThisMachine()
{
    const ThisMachine machine = thisMachine();
    m_journal->setThisMachine(machine);
    m_exercises->setThisMachine(machine);
}

void LabRecorder::follow(LabPage *page, SocketStatePoller *poller)
{
    const LabMode mode = page->mode();
    connect(page, &LabPage::batchShown, m_journal, &LabJournal::applyBatch);
    // The reading of the moment: queued to the poller's (network) thread, back in this one.
    connect(m_journal, &LabJournal::momentPassed, poller, [poller, mode](LabMode moment) {
        if (moment == mode && poller->port() != 0) // port 0 would read every socket of the machine
            poller->pollNow();
    });
    connect(poller, &SocketStatePoller::snapshot, m_journal,
            [this, mode](const QList<KernelSocket> &sockets) { m_journal->applySocketSnapshot(mode, sockets); });
    if (!page->capture())
        return;
    PacketListModel *packets = page->capture()->packets();
    connect(packets, &QAbstractItemModel::rowsInserted, this, [this, packets, mode](const QModelIndex &, int first, int last) {
        CapturedPacketBatch batch;
        batch.reserve(last - first + 1);
        for (int row = first; row <= last; ++row)
            batch.append(packets->packetAt(row));
        m_journal->applyPackets(mode, batch);
        m_exercises->applyPackets(mode, batch);
    });
}
