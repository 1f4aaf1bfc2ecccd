#pragma once

#include <QByteArray>
#include <QString>

// Received bytes turned into something safe to show. Peer data is text to display, never
// markup: these functions only ever produce plain text, and control characters (ANSI escapes,
// NUL, right-to-left overrides, zero-width and other invisible characters) come out as visible
// escapes ("\x1b", "\u202e", "\U000e0041") instead of acting.
namespace PayloadText {

// The bytes as UTF-8 text where valid, with control characters escaped; hex otherwise.
QString display(const QByteArray &bytes);
// Text that came from elsewhere (a process name from /proc, a host typed on the command line)
// with the same characters escaped as display() escapes in received text.
QString escaped(const QString &text);
// "48 65 6c 6c 6f" — always hex, bytes separated by spaces.
QString hex(const QByteArray &bytes);
// True when display() shows the bytes as text (valid UTF-8).
bool isText(const QByteArray &bytes);
// Plain text made safe for a tooltip (Qt::ToolTipRole, setToolTip()). Qt renders a tooltip as
// rich text whenever Qt::mightBeRichText() says it looks like HTML ("<b>", "&lt;" in the first
// line): such text comes back escaped inside a paragraph that keeps its line breaks, so the
// tooltip shows the very characters of text. Other text comes back unchanged.
QString toolTip(const QString &text);

} // namespace PayloadText
