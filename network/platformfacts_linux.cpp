#include "network/platformfacts.h"

#include <QtGlobal>

const PlatformFacts::Facts PlatformFacts::kThisSystem = {
    "ss -tanp",
    QT_TRANSLATE_NOOP(
        "PlatformFacts",
        "Packet capture needs permission (the CAP_NET_RAW and CAP_NET_ADMIN capabilities); the rest of "
        "SocketLab works without it. Two usual ways: give the installed program the capabilities, once: "
        "sudo setcap cap_net_raw,cap_net_admin=eip /usr/bin/socketlab — or let Wireshark's dumpcap capture "
        "for you: sudo dpkg-reconfigure wireshark-common (answer yes), sudo usermod -aG wireshark $USER, "
        "log in again; SocketLab then captures through dumpcap."),
};
