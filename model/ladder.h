#pragma once

#include "network/endpoint.h"

#include <QList>
#include <QString>

class PacketListModel;

// One arrow of a ladder (sequence) diagram: a packet going down in time between the two ends.
struct LadderStep
{
    double seconds = 0;    // since the first packet of the capture
    bool leftToRight = true;
    QString label;         // "[SYN] Seq=0 Win=65495 Len=0 MSS=65495"
    int kind = 0;          // PacketListModel::Kind, for the colour
    int packets = 1;       // more than 1: a run of data segments and ACKs summarised in one step
};

// One conversation's packets as a ladder: the end that sent the first packet (the client, in
// a socket lab) on the left, the other on the right, one step per packet in capture order.
struct Ladder
{
    // A run of more data segments and ACKs than this (a file transfer: thousands) keeps its
    // first and last kRunEdge packets; one summary step stands for those in between.
    static constexpr int kMaxRun = 16;
    static constexpr int kRunEdge = 4;

    Endpoint left;
    Endpoint right;
    QList<LadderStep> steps;

    // The ladder of the conversation whose PacketListModel::ConversationRole is key; empty when
    // no packet belongs to it.
    static Ladder forConversation(const PacketListModel &packets, const QString &key);
};
