#pragma once

#include <QMetaType>

// How a TCP byte stream is cut into messages.
enum class FramingMode {
    Raw, // each read is one message, as recv() delivers it (what the course's servers do)
    Line // one message per line, LF or CRLF (see LineFramer)
};

Q_DECLARE_METATYPE(FramingMode)
