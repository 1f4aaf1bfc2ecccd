#pragma once

#include <QByteArray>
#include <QString>

// Received bytes turned into something safe to show. Peer data is text to display, never
// markup: these functions only ever produce plain text, and control characters (ANSI escapes,
// NUL, right-to-left overrides...) come out as visible escapes instead of acting.
namespace PayloadText {

// The bytes as UTF-8 text where valid, with control characters escaped; hex otherwise.
QString display(const QByteArray &bytes);
// "48 65 6c 6c 6f" — always hex, bytes separated by spaces.
QString hex(const QByteArray &bytes);
// True when display() shows the bytes as text (valid UTF-8).
bool isText(const QByteArray &bytes);

} // namespace PayloadText
