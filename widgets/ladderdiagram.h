#pragma once

#include "model/ladder.h"

#include <QList>
#include <QWidget>

// One connection's (or UDP exchange's) packets as a ladder: the client on the left, the server
// on the right, one arrow per packet going down in time, labelled with its flags, seq/ack and
// length: the three-way handshake, the data, the FIN/ACK teardown or the RST.
class LadderDiagram : public QWidget
{
    Q_OBJECT
public:
    using Step = LadderStep; // built in model/ (Ladder::forConversation)

    explicit LadderDiagram(QWidget *parent = nullptr);

    void setEnds(const QString &left, const QString &right);
    void setSteps(const QList<Step> &steps);
    QList<Step> steps() const { return m_steps; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_left;
    QString m_right;
    QList<Step> m_steps;
};
