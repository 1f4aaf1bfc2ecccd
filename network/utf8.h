#pragma once

#include <QByteArray>
#include <QString>

// True when the bytes are well-formed UTF-8 (so they can be shown and changed as text).
bool isValidUtf8(const QByteArray &bytes);

// The bytes as text, keeping a leading byte order mark as U+FEFF (QString::fromUtf8 drops it,
// and a student must see every byte that arrived).
QString decodeUtf8KeepingBom(const QByteArray &bytes);
