#pragma once

#include <QObject>

// Presentation mode: every text and table of the window larger or smaller for a projector
// (Ctrl++, Ctrl+-, Ctrl+0), remembered between runs. Scales the application font; widgets
// that derive their fonts from it follow (QEvent::ApplicationFontChange).
class ZoomController : public QObject
{
    Q_OBJECT
public:
    explicit ZoomController(QObject *parent = nullptr);

    int percent() const { return m_percent; }
    static qreal baseFontSize();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void reset();
    void setPercent(int percent);

Q_SIGNALS:
    void percentChanged(int percent);

private:
    void apply();

    qreal m_basePointSize;
    int m_percent = 100;
};
