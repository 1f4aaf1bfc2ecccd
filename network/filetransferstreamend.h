#pragma once

#include <QtGlobal>

// How a TCP stream ended: the peer's FIN (the file is whole) or an RST (cut). Qt reads both as
// "remote host closed" (an ECONNRESET read is taken for end of stream) and closes its
// descriptor at once, so the file client keeps a duplicate (NativeSocket::duplicate) and asks
// the kernel about it afterwards. Linux: the TCP state (CLOSE_WAIT after a FIN, CLOSE after an
// RST). Windows has no duplicate to ask: Unknown, and the stream's end counts as a FIN there.
namespace FileTransferStreamEnd {

enum class End {
    Fin,
    Reset,
    Unknown
};

End howItEnded(qintptr duplicate);

} // namespace FileTransferStreamEnd
