#include "network/replypolicy.h"

#include "network/utf8.h"

#include <QString>

QByteArray replyFor(ReplyMode mode, const QByteArray &message)
{
    switch (mode) {
    case ReplyMode::Echo:
        return message;
    case ReplyMode::UpperCase:
        if (isValidUtf8(message))
            return decodeUtf8KeepingBom(message).toUpper().toUtf8();
        return message.toUpper(); // QByteArray::toUpper touches ASCII letters only
    case ReplyMode::None:
        break;
    }
    return {};
}
