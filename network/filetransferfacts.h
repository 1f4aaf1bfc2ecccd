#pragma once

#include "network/requestname.h"

#include <QByteArray>
#include <QSharedPointer>
#include <QString>

#include <array>

// A file transfer's figures as a value (LabEvent::transfer, EventKind::Transfer): how far it
// is, how many recv()/send() calls carried it and their sizes (TCP keeps no message
// boundaries: one file arrives as many reads of varying sizes), the rate and the SHA-256.
struct TransferFacts
{
    // Read sizes by power of two: bucket k counts the reads of 2^k to 2^(k+1)-1 bytes, the last
    // one everything from 64 KiB up.
    static constexpr int kSizeBuckets = 17;

    enum class Phase {
        Started,  // the server found the file / the client sent its request
        Progress, // a few times a second while bytes flow
        Finished, // every byte went (server) or the server closed the stream (client)
        Failed,   // interrupted (failure says how); bytes says how far it got
        Refused   // server: the name was refused (refusal says why), nothing was sent
    };
    enum class Failure {
        None,
        PeerClosedEarly,  // server: the client closed or reset before the end of the file
        NothingReceived,  // client: the stream ended without a byte (a refusal, or an empty file)
        FileExists,       // client: the destination exists and overwriting was not allowed
        CannotWrite,      // client: the destination (or its temporary file) cannot be written
        CannotRead,       // server: reading the file failed
        ConnectionFailed, // client: refused, host not found, reset... (error says which)
        Cancelled         // stopped by the user (client) or the server was stopped
    };

    Phase phase = Phase::Started;
    bool sending = false;  // the server's side of a transfer
    QString name;          // the name requested
    QString file;          // server: the file served; client: where it was saved (or would be)
    qint64 bytes = 0;      // so far
    qint64 fileSize = -1;  // server: the file's size; client: -1 (the stream's end says it)
    qint64 calls = 0;      // recv() calls that delivered the bytes (client), send blocks (server)
    qint64 elapsedMs = 0;
    std::array<qint64, kSizeBuckets> sizeBuckets {};
    QByteArray sha256;     // hex, once Finished (or of what arrived, when Failed)
    Failure failure = Failure::None;
    RequestName::Refusal refusal = RequestName::Refusal::None;

    double seconds() const { return elapsedMs / 1000.0; }
    double bytesPerSecond() const { return elapsedMs > 0 ? bytes * 1000.0 / elapsedMs : 0.0; }
    static int bucketOf(qint64 size);
    // The smallest size bucket k holds (1, 2, 4 ... 65536).
    static qint64 bucketLow(int bucket) { return qint64(1) << bucket; }
};

using TransferFactsPointer = QSharedPointer<const TransferFacts>;

