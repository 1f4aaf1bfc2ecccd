#pragma once

#include "app/serverpage.h"

#include <QPointer>

// A server page whose session answers what it receives (the TCP and UDP servers): stopping it
// and changing its reply mode (the controls' Reply choice) are the same commands to either
// session.
template<typename Session>
class ReplyingServerPage : public ServerPage
{
protected:
    ReplyingServerPage(LabMode mode, Transport transport, Session *session, QWidget *parent)
        : ServerPage(mode, transport, parent)
        , m_session(session)
    {
        connect(controls(), &ServerControls::replyModeChanged, this, [this](ReplyMode reply) {
            callSession(m_session, [reply](Session *s) { s->setReplyMode(reply); });
            saveSettings();
        });
    }

    void stopSession() override
    {
        callSession(m_session, [](Session *s) { s->stop(); });
    }

    QPointer<Session> m_session;
};
