#pragma once

#include "network/labevent.h"

#include <QCoreApplication>
#include <QString>

// Sentences for file transfers (EventKind::Transfer), in the user's language.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)
public:
    static QString describe(const LabEvent &event);
    // Why a name was refused: "it climbs out of the folder with ..".
    static QString refusal(RequestName::Refusal refusal);
    // "1.2 GiB", "512 bytes".
    static QString size(qint64 bytes);
    // "112.4 MiB/s".
    static QString rate(double bytesPerSecond);
    // "3,127 recv() calls: 1–2 KiB ×12 · 32–64 KiB ×3,115" (sizes by power of two).
    static QString histogram(const TransferFacts &facts);

private:
    static QString failure(const TransferFacts &facts, const QString &detail);
};
