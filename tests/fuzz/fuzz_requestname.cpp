// libFuzzer target for the file server's name check (network/requestname.h): whatever bytes a
// client sends, a name that checkForm() accepts must stay inside the shared folder when joined
// to it (no "..", no absolute, UNC or drive path, no control characters), and frame() must
// never take more than kMaxRequestBytes nor a terminator into the name.
//
// Input: the first byte says whether the stream ended (bit 0); the rest is what arrived.

#include "network/requestname.h"

#include <QDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &name)
{
    std::fprintf(stderr, "fuzz_requestname: %s: \"%s\"\n", what, name.toPercentEncoding().constData());
    std::abort();
}

// An accepted name joined to a root and cleaned lexically stays below that root, on both
// separators' readings (Linux: only '/' separates; Windows: '\\' too).
void checkStaysInside(const QByteArray &name)
{
    const QString root = QStringLiteral("/srv/shared");
    for (const bool backslashSeparates : { false, true }) {
        QString text = QString::fromUtf8(name);
        if (backslashSeparates)
            text.replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QString joined = QDir::cleanPath(root + QLatin1Char('/') + text);
        if (joined != root && !joined.startsWith(root + QLatin1Char('/')))
            fail("an accepted name leaves the folder", name);
    }
    if (name.contains(':') || name.startsWith('/') || name.startsWith('\\'))
        fail("an accepted name is absolute, UNC or has a drive", name);
    for (char c : name) {
        if (uchar(c) < 0x20)
            fail("an accepted name holds a control character", name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool atEnd = (data[0] & 1) != 0;
    const QByteArray received(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QByteArray name;
    const RequestName::Framing framing = RequestName::frame(received, atEnd, &name);
    if (framing == RequestName::Framing::Complete) {
        if (name.size() > RequestName::kMaxRequestBytes || name.contains('\0') || name.contains('\n'))
            fail("the framed name is too long or holds its terminator", name);
        if (!received.startsWith(name))
            fail("the framed name is not what arrived first", name);
    } else if (framing == RequestName::Framing::TooLong && received.size() <= RequestName::kMaxRequestBytes) {
        fail("too long with fewer bytes than the limit", received);
    }

    if (RequestName::checkForm(received) == RequestName::Refusal::None)
        checkStaysInside(received);
    if (framing == RequestName::Framing::Complete && RequestName::checkForm(name) == RequestName::Refusal::None)
        checkStaysInside(name);
    return 0;
}
