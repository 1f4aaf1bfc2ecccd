#pragma once

#include "app/labpage.h"
#include "widgets/clientcontrols.h"

class BurstControls;

// What the TCP and UDP client pages share: the client and burst controls, and opening with
// the command line's first actions (sent as soon as there is something to send on).
class ClientPage : public LabPage
{
    Q_OBJECT
public:
    // Fills the controls and opens the page's connections (TCP) or socket (UDP), then does
    // first on what opened (command line, tests).
    void openWith(const ClientSettings &settings, const FirstActions &first = {});

    ClientControls *controls() const { return m_controls; }
    BurstControls *burstControls() const { return m_burstControls; }

protected:
    ClientPage(LabMode mode, Transport transport, QWidget *parent);

    // The page's session, on the network thread; open runs once the capture (if any) is on,
    // so that the first packet is in it.
    virtual void openSession(const ClientSettings &settings) = 0;
    virtual void closeSession() = 0;
    virtual void sendBurst(int count) = 0;

    const FirstActions &firstActions() const { return m_first; }
    void forgetFirstActions() { m_first = FirstActions(); }
    // Sends first on ids (UDP: no ids, its one target), in order with the other commands.
    template<typename Session>
    static void sendFirstActions(const QPointer<Session> &session, const QList<int> &ids, const FirstActions &first)
    {
        if (first.send.isEmpty() && first.burst <= 0)
            return;
        callSession(session, [ids, first](Session *s) {
            if (!first.send.isEmpty())
                s->send(ids, first.send);
            if (first.burst > 0)
                s->sendBurst(ids, first.burst);
        });
    }

private:
    void requestOpen(const ClientSettings &settings);

    ClientControls *m_controls;
    BurstControls *m_burstControls;
    FirstActions m_first;
};
