#include "network/filetransferstreamend.h"

namespace FileTransferStreamEnd {

End howItEnded(qintptr duplicate)
{
    Q_UNUSED(duplicate); // never a duplicate on Windows (NativeSocket::duplicate)
    return End::Unknown;
}

} // namespace FileTransferStreamEnd
