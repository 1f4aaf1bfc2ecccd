#pragma once

#include <QByteArray>

// True when the bytes are well-formed UTF-8 (so they can be shown and changed as text).
bool isValidUtf8(const QByteArray &bytes);
