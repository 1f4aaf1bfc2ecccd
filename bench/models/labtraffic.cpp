#include "labtraffic.h"

#include <iterator>
#include <utility>

namespace {

constexpr int kMessagesPerChurn = 500;

// Words students type into a chat client; lines of 2 to 12 of them (about 10 to 90 bytes).
const char *const kWords[] = {
    "olá", "servidor", "mensagem", "teste", "cliente", "porta", "conexão", "socket",
    "TCP", "UDP", "bom", "dia", "enviando", "dados", "laboratório", "redes", "eco", "ok",
};

} // namespace

LabTraffic::LabTraffic(int clients, Churn churn, quint32 seed)
    : m_server(QHostAddress(QHostAddress::LocalHost), 5000)
    , m_churn(churn)
    , m_random(seed)
{
    for (int i = 0; i < clients; ++i)
        m_clients.append(newClient());
}

LabTraffic::Client LabTraffic::newClient()
{
    Client client;
    client.id = m_nextId++;
    client.remote = Endpoint(QHostAddress(QHostAddress::LocalHost), m_nextPort++);
    if (m_nextPort == 0)
        m_nextPort = 40000;
    return client;
}

LabEvent LabTraffic::event(EventKind kind, const Client &client) const
{
    LabEvent event = LabEvent::make(kind, client.id);
    event.local = m_server;
    event.remote = client.remote;
    return event;
}

QByteArray LabTraffic::chatLine()
{
    QByteArray line = QByteArray::number(++m_lineNumber);
    const int words = 2 + int(m_random.bounded(11));
    for (int i = 0; i < words; ++i) {
        line += ' ';
        line += kWords[m_random.bounded(int(std::size(kWords)))];
    }
    return line;
}

LabEventBatch LabTraffic::opening()
{
    LabEventBatch batch;
    LabEvent listening = LabEvent::make(EventKind::Listening);
    listening.local = m_server;
    listening.backlog = 50;
    batch.append(listening);
    for (const Client &client : std::as_const(m_clients))
        batch.append(event(EventKind::Accepted, client));
    return batch;
}

LabEventBatch LabTraffic::next(int count)
{
    LabEventBatch batch;
    batch.reserve(count);
    while (batch.size() < count) {
        const int which = int(m_random.bounded(int(m_clients.size())));
        if (m_churn == ClientsComeAndGo && count - batch.size() >= 2
            && m_random.bounded(kMessagesPerChurn) == 0) {
            LabEvent closed = event(EventKind::Closed, m_clients.at(which));
            closed.reason = CloseReason::ClosedByPeer;
            batch.append(closed);
            m_clients[which] = newClient();
            batch.append(event(EventKind::Accepted, m_clients.at(which)));
            continue;
        }
        LabEvent received = event(EventKind::Received, m_clients.at(which));
        received.payload = chatLine();
        batch.append(received);
        if (batch.size() == count)
            break;
        // The echo is a copy made by the reply policy, not the same bytes.
        LabEvent sent = event(EventKind::Sent, m_clients.at(which));
        sent.payload = QByteArray(received.payload.constData(), received.payload.size());
        sent.messageCount = 1;
        batch.append(sent);
    }
    return batch;
}
