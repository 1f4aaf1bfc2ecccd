#include "model/transfertext.h"

#include <QLocale>

QString TransferText::size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString TransferText::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeIecFormat));
}

QString TransferText::histogram(const TransferFacts &facts)
{
    QStringList buckets;
    const QLocale locale;
    for (int bucket = 0; bucket < TransferFacts::kSizeBuckets; ++bucket) {
        const qint64 count = facts.sizeBuckets[size_t(bucket)];
        if (count == 0)
            continue;
        const qint64 low = TransferFacts::bucketLow(bucket);
        const QString range = bucket + 1 == TransferFacts::kSizeBuckets
            ? tr("%1 or more").arg(size(low))
            : (low == 1 ? size(1) : QStringLiteral("%1–%2").arg(size(low), size(low * 2 - 1)));
        buckets.append(QStringLiteral("%1 ×%2").arg(range, locale.toString(count)));
    }
    const QString calls = facts.sending ? tr("%1 send() blocks").arg(locale.toString(facts.calls))
                                        : tr("%1 recv() calls").arg(locale.toString(facts.calls));
    return buckets.isEmpty() ? calls : calls + QStringLiteral(": ") + buckets.join(QStringLiteral(" · "));
}

QString TransferText::refusal(RequestName::Refusal refusal)
{
    using R = RequestName::Refusal;
    switch (refusal) {
    case R::None: return {};
    case R::Empty: return tr("the name is empty");
    case R::TooLong: return tr("no NUL or newline within %1").arg(size(RequestName::kMaxRequestBytes));
    case R::ControlCharacter: return tr("the name holds control characters");
    case R::NotUtf8: return tr("the name is not valid UTF-8 text");
    case R::AbsolutePath: return tr("an absolute path: only names inside the shared folder are served");
    case R::UncPath: return tr("a network share path (\\\\server\\share)");
    case R::DriveOrStream: return tr("a colon: a drive letter (C:) or a Windows stream");
    case R::ParentDirectory: return tr("\"..\" would climb out of the shared folder");
    case R::OutsideFolder: return tr("a link (or junction) that leads out of the shared folder");
    case R::NotFound: return tr("no such file in the shared folder");
    case R::Directory: return tr("a folder, not a file");
    case R::NotPlainFile: return tr("not a plain file (a device, FIFO or socket)");
    case R::Unreadable: return tr("the server may not read it");
    }
    return {};
}

QString TransferText::failure(const TransferFacts &facts, const QString &detail)
{
    using F = TransferFacts::Failure;
    switch (facts.failure) {
    case F::None: return {};
    case F::PeerClosedEarly: return tr("the client closed the connection before the end of the file");
    case F::NothingReceived: return tr("the server closed without sending a byte (it refused the name, or the file is empty); nothing was saved");
    case F::FileExists: return tr("%1 exists already; choose another destination, or allow replacing it").arg(detail);
    case F::CannotWrite: return tr("cannot write the destination file: %1").arg(detail);
    case F::CannotRead: return tr("reading the file failed");
    case F::ConnectionFailed: return tr("the connection failed (see the error above)");
    case F::Cancelled: return tr("stopped before the end");
    }
    return {};
}

QString TransferText::describe(const LabEvent &event)
{
    if (!event.transfer)
        return {};
    const TransferFacts &facts = *event.transfer;
    const QString who = event.remote.toString();
    switch (facts.phase) {
    case TransferFacts::Phase::Started:
        return facts.sending ? tr("Connection #%1: sending \"%2\" (%3) to %4 in %5 blocks.")
                                   .arg(event.connectionId).arg(facts.name, size(facts.fileSize), who, size(4096))
                             : tr("Connection #%1: asked for \"%2\" (its name and a NUL byte); receiving until the server closes.")
                                   .arg(event.connectionId).arg(facts.name);
    case TransferFacts::Phase::Progress:
        return tr("\"%1\": %2 so far, %3 · %4").arg(facts.name, size(facts.bytes), rate(facts.bytesPerSecond()), histogram(facts));
    case TransferFacts::Phase::Finished:
        return facts.sending
            ? tr("\"%1\" sent to %2: %3 in %4 s (%5), then FIN. SHA-256 %6 · %7")
                  .arg(facts.name, who, size(facts.bytes), QLocale().toString(facts.seconds(), 'f', 2),
                       rate(facts.bytesPerSecond()), QString::fromLatin1(facts.sha256), histogram(facts))
            : tr("\"%1\" received: %2 in %3 s (%4), saved as %5. SHA-256 %6 · %7")
                  .arg(facts.name, size(facts.bytes), QLocale().toString(facts.seconds(), 'f', 2),
                       rate(facts.bytesPerSecond()), facts.file, QString::fromLatin1(facts.sha256), histogram(facts));
    case TransferFacts::Phase::Failed:
        return facts.sending
            ? tr("\"%1\" not completely sent to %2: %3. %4 reached the kernel.")
                  .arg(facts.name, who, failure(facts, event.detail), size(facts.bytes))
            : tr("\"%1\" not saved: %2. %3 arrived; %4 was neither created nor changed.")
                  .arg(facts.name, failure(facts, event.detail), size(facts.bytes), facts.file);
    case TransferFacts::Phase::Refused:
        return tr("Connection #%1: \"%2\" refused: %3. Closed without sending data.")
            .arg(event.connectionId).arg(facts.name, refusal(facts.refusal));
    }
    return {};
}
