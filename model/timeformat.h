#pragma once

#include <QString>

class QDateTime;

// How SocketLab writes a moment. Events are stamped in UTC (cheap: no time-zone lookup per
// event) and turned into the local time only here, when they are shown.

// "21:05:03.042": the local time of day, to the millisecond (logs, tables, headless output).
QString clockText(const QDateTime &when);
// "2026-11-24-21-05-03": the local date and time, for file and folder names that sort by date.
QString fileTimestamp(const QDateTime &when);
