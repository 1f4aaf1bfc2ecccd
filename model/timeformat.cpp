#include "model/timeformat.h"

#include <QDateTime>

QString clockText(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString fileTimestamp(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss"));
}
