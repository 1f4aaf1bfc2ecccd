#pragma once

#include <QByteArray>
#include <QMetaType>

// How a server answers each message it receives.
enum class ReplyMode {
    Echo,      // the same bytes back (the course's simple TCP server)
    UpperCase, // the text in upper case (the multi-client TCP and the UDP servers)
    None       // no answer
};

// The reply to one received message; empty when the mode is None.
// Upper case is Unicode-aware for valid UTF-8 ("ação" -> "AÇÃO"); other bytes keep their
// value except ASCII letters, so binary data survives.
QByteArray replyFor(ReplyMode mode, const QByteArray &message);

Q_DECLARE_METATYPE(ReplyMode)
