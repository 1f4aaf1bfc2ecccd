#pragma once

#include "network/labevent.h"

#include <QList>
#include <QRandomGenerator>

// The events a multi-client TCP server session hands the GUI thread while a class hammers it:
// clients send short chat lines, the server echoes each one, and (when clients come and go)
// now and then one leaves and a new one connects. Endpoints are shared between the events of
// a connection and payloads are fresh byte arrays, as the sessions make them. A fixed seed
// gives the same traffic on every run, so figures compare.
class LabTraffic
{
public:
    enum Churn {
        ClientsStay,     // the same connections throughout (a table being updated)
        ClientsComeAndGo // about one close and one new connection per 500 messages
    };

    LabTraffic(int clients, Churn churn, quint32 seed = 7);

    // Listening, then one Accepted per client.
    LabEventBatch opening();
    // The next count events of the exchange.
    LabEventBatch next(int count);

private:
    struct Client
    {
        int id = 0;
        Endpoint remote;
    };

    LabEvent event(EventKind kind, const Client &client) const;
    Client newClient();
    QByteArray chatLine();

    Endpoint m_server;
    QList<Client> m_clients;
    Churn m_churn;
    QRandomGenerator m_random;
    int m_nextId = 1;
    quint16 m_nextPort = 40000;
    qint64 m_lineNumber = 0;
};
