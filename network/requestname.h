#pragma once

#include <QByteArray>
#include <QString>

// The file server's request, as the course's C client sends it: a file name ended by a NUL
// byte (or a newline, for nc users, or the end of the client's stream), at most 4 KiB. The
// checks are pure functions of the bytes (fuzzed: tests/fuzz/fuzz_requestname.cpp) plus one
// that asks the file system, so every refusal has a reason a student can read in the log.
namespace RequestName {

constexpr int kMaxRequestBytes = 4096;

enum class Refusal {
    None,
    Empty,            // nothing before the terminator
    TooLong,          // no terminator within kMaxRequestBytes
    ControlCharacter, // bytes below 0x20 (or DEL) inside the name
    NotUtf8,          // the bytes are not valid UTF-8
    AbsolutePath,     // starts with / or \ .
    UncPath,          // starts with // or \\ (a Windows network share)
    DriveOrStream,    // a colon: C:, or a Windows alternate data stream
    ParentDirectory,  // a ".." component
    OutsideFolder,    // a symbolic link or junction that leads out of the shared folder
    NotFound,
    Directory,
    NotPlainFile,     // a device, FIFO or socket
    Unreadable        // exists, but the server may not read it
};

enum class Framing {
    Incomplete, // wait for more bytes
    Complete,   // *name holds the request
    TooLong     // kMaxRequestBytes without a terminator
};

// The name in the bytes received so far: up to the first NUL or newline (a "\r" before the
// newline is dropped, as telnet and Windows nc send it). atEnd: the client closed its side,
// so what arrived is the whole request.
Framing frame(const QByteArray &received, bool atEnd, QByteArray *name);

// The form of the name only, no file system: what no shared folder may ever serve.
Refusal checkForm(const QByteArray &name);

// The file the name designates inside canonicalRoot (a QFileInfo::canonicalFilePath()), or
// the refusal. Links inside the folder are followed; the target must stay inside it.
struct Resolved
{
    Refusal refusal = Refusal::None;
    QString path; // canonical, when refusal is None
    qint64 size = 0;
};
Resolved resolve(const QString &canonicalRoot, const QByteArray &name);

// "parent-directory", "outside-folder"... (JSON and the event's code).
QString refusalName(Refusal refusal);

} // namespace RequestName
