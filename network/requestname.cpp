#include "network/requestname.h"

#include "network/utf8.h"

#include <QDir>
#include <QFileInfo>

namespace RequestName {

Framing frame(const QByteArray &received, bool atEnd, QByteArray *name)
{
    qsizetype end = -1;
    for (qsizetype i = 0; i < received.size() && i <= kMaxRequestBytes; ++i) {
        if (received.at(i) == '\0' || received.at(i) == '\n') {
            end = i;
            break;
        }
    }
    if (end < 0) {
        if (received.size() > kMaxRequestBytes)
            return Framing::TooLong;
        if (!atEnd)
            return Framing::Incomplete;
        end = received.size();
    }
    *name = received.left(end);
    if (end < received.size() && received.at(end) == '\n' && name->endsWith('\r'))
        name->chop(1);
    return Framing::Complete;
}

namespace {
bool isSeparator(char c)
{
    return c == '/' || c == '\\';
}

Refusal checkComponents(const QByteArray &name)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && !isSeparator(name.at(i)))
            continue;
        // Windows ignores trailing dots and spaces: "..." and ".. " reach the parent there too.
        QByteArray component = name.mid(start, i - start);
        while (component.size() > 2 && (component.endsWith('.') || component.endsWith(' ')))
            component.chop(1);
        if (component == "..")
            return Refusal::ParentDirectory;
        start = i + 1;
    }
    return Refusal::None;
}
} // namespace

Refusal checkForm(const QByteArray &name)
{
    if (name.isEmpty())
        return Refusal::Empty;
    if (name.size() > kMaxRequestBytes)
        return Refusal::TooLong;
    for (char c : name) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return Refusal::ControlCharacter;
    }
    if (!isValidUtf8(name))
        return Refusal::NotUtf8;
    if (name.size() >= 2 && isSeparator(name.at(0)) && isSeparator(name.at(1)))
        return Refusal::UncPath;
    if (isSeparator(name.at(0)))
        return Refusal::AbsolutePath;
    if (name.contains(':'))
        return Refusal::DriveOrStream;
    return checkComponents(name);
}

Resolved resolve(const QString &canonicalRoot, const QByteArray &name)
{
    Resolved result;
    result.refusal = checkForm(name);
    if (result.refusal != Refusal::None)
        return result;
    const QFileInfo asked(QDir(canonicalRoot).filePath(QString::fromUtf8(name)));
    const QString canonical = asked.canonicalFilePath(); // empty when it (or a link's target) is missing
    if (canonical.isEmpty()) {
        result.refusal = asked.isSymLink() ? Refusal::OutsideFolder : Refusal::NotFound;
        return result;
    }
    if (!canonical.startsWith(canonicalRoot + QLatin1Char('/')) && canonical != canonicalRoot) {
        result.refusal = Refusal::OutsideFolder;
        return result;
    }
    const QFileInfo target(canonical);
    if (target.isDir())
        result.refusal = Refusal::Directory;
    else if (!target.isFile())
        result.refusal = Refusal::NotPlainFile;
    else if (!target.isReadable())
        result.refusal = Refusal::Unreadable;
    if (result.refusal == Refusal::None) {
        result.path = canonical;
        result.size = target.size();
    }
    return result;
}

QString refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return {};
    case Refusal::Empty: return QStringLiteral("empty");
    case Refusal::TooLong: return QStringLiteral("too-long");
    case Refusal::ControlCharacter: return QStringLiteral("control-character");
    case Refusal::NotUtf8: return QStringLiteral("not-utf8");
    case Refusal::AbsolutePath: return QStringLiteral("absolute-path");
    case Refusal::UncPath: return QStringLiteral("unc-path");
    case Refusal::DriveOrStream: return QStringLiteral("drive-or-stream");
    case Refusal::ParentDirectory: return QStringLiteral("parent-directory");
    case Refusal::OutsideFolder: return QStringLiteral("outside-folder");
    case Refusal::NotFound: return QStringLiteral("not-found");
    case Refusal::Directory: return QStringLiteral("directory");
    case Refusal::NotPlainFile: return QStringLiteral("not-plain-file");
    case Refusal::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

} // namespace RequestName
