#pragma once

#include "network/kernelsocketstate.h"

#include <QList>

#include <QWidget>

// TCP's state machine (RFC 9293) drawn as boxes and arrows, with one connection's path
// through it highlighted and its current state filled. Plain painting; exportable with grab().
class TcpStateDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit TcpStateDiagram(QWidget *parent = nullptr);

    // The states the connection went through; the last one is where it is now.
    void setPath(const QList<KernelSocketState> &path);
    QList<KernelSocketState> path() const { return m_path; }
    // A line above the diagram ("Connection #3: 127.0.0.1:53048 ↔ 127.0.0.1:65432").
    void setCaption(const QString &caption);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_caption;
    QList<KernelSocketState> m_path;
};
