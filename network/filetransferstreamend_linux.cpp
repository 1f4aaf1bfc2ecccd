#include "network/filetransferstreamend.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace FileTransferStreamEnd {

End howItEnded(qintptr duplicate)
{
    if (duplicate < 0)
        return End::Unknown;
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(int(duplicate), IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return End::Unknown;
    // An RST moves the socket straight to CLOSE; after a FIN it waits in CLOSE_WAIT (or, once
    // we closed too, LAST_ACK) while this duplicate keeps it open.
    return info.tcpi_state == TCP_CLOSE ? End::Reset : End::Fin;
}

} // namespace FileTransferStreamEnd
