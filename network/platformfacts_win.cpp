#include "network/platformfacts.h"

#include <QtGlobal>

const PlatformFacts::Facts PlatformFacts::kThisSystem = {
    "netstat -ano",
    QT_TRANSLATE_NOOP(
        "PlatformFacts",
        "SocketLab captures packets through Wireshark's dumpcap. Install Wireshark from wireshark.org "
        "and, when its installer asks, Npcap with \"Support loopback traffic\" ticked (the lab's "
        "traffic on 127.0.0.1 goes through Npcap's loopback adapter); then restart SocketLab. The rest "
        "of SocketLab works without it."),
};
