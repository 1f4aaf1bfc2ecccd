#include "network/capture/packetdecoder.h"

#include "network/capture/decodecontext.h"
#include "network/capture/dissectors.h"

using namespace PacketDissection;

namespace {

const QString kTruncatedMarker = QStringLiteral(" [Packet size limited during capture]");
const QString kMalformedMarker = QStringLiteral(" [Malformed Packet]");

void decodeLinkLayer(DecodeContext &c)
{
    c.result.wireLength = c.packet.originalLength;
    switch (c.packet.linkType) {
    case LinkLayer::Ethernet:
        decodeEthernet(c);
        break;
    case LinkLayer::LinuxSll:
        decodeSll(c);
        break;
    case LinkLayer::LinuxSll2:
        decodeSll2(c);
        break;
    case LinkLayer::Null:
        decodeNull(c, false);
        break;
    case LinkLayer::Loop:
        decodeNull(c, true);
        break;
    case LinkLayer::Raw:
    case LinkLayer::LinktypeRaw:
        decodeRaw(c);
        break;
    default:
        c.result.problem = QStringLiteral("Unsupported link-layer type %1").arg(c.packet.linkType);
        c.result.protocolName = QStringLiteral("Unknown");
        c.result.info = c.result.problem;
        break;
    }
}

// Wireshark appends these to whatever Info the dissectors wrote before the exception.
// TCP and UDP get theirs from wiresharkInfo() (packetinfo.h), which writes their Info.
void finishInfo(DecodeContext &c)
{
    if (c.infoIsPorts)
        c.result.info = c.portsText();
    if (c.result.transport != DecodedPacket::OtherTransport)
        return;
    if (c.result.truncated)
        c.result.info = (c.result.info + kTruncatedMarker).trimmed();
    else if (c.result.malformed && !c.infoStatesProblem)
        c.result.info = (c.result.info + kMalformedMarker).trimmed();
}

} // namespace

bool isSupportedLinkType(int linkType)
{
    switch (linkType) {
    case LinkLayer::Null:
    case LinkLayer::Ethernet:
    case LinkLayer::Raw:
    case LinkLayer::LinktypeRaw:
    case LinkLayer::Loop:
    case LinkLayer::LinuxSll:
    case LinkLayer::LinuxSll2:
        return true;
    default:
        return false;
    }
}

DecodedPacket decodePacket(const CapturedPacket &packet, DecodeDepth depth)
{
    DecodeContext context(packet, depth);
    decodeLinkLayer(context);
    finishInfo(context);
    return context.result;
}
