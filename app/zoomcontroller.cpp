#include "app/zoomcontroller.h"

#include <QApplication>
#include <QFont>
#include <QSettings>

namespace {
const QString kZoomKey = QStringLiteral("ui/zoom");
constexpr int kMinPercent = 70;
constexpr int kMaxPercent = 300;
constexpr int kStepPercent = 10;
} // namespace

qreal ZoomController::baseFontSize()
{
    // The font the application started with: later windows must not take a zoomed one as 100%.
    static const qreal base = QApplication::font().pointSizeF();
    return base;
}

ZoomController::ZoomController(QObject *parent)
    : QObject(parent)
    , m_basePointSize(baseFontSize())
{
    setPercent(QSettings().value(kZoomKey, 100).toInt());
}

void ZoomController::zoomIn()
{
    setPercent(m_percent + kStepPercent);
}

void ZoomController::zoomOut()
{
    setPercent(m_percent - kStepPercent);
}

void ZoomController::reset()
{
    setPercent(100);
}

void ZoomController::setPercent(int percent)
{
    percent = qBound(kMinPercent, percent, kMaxPercent);
    if (percent == m_percent && QApplication::font().pointSizeF() == m_basePointSize * percent / 100.0)
        return;
    m_percent = percent;
    apply();
    QSettings().setValue(kZoomKey, percent);
    Q_EMIT percentChanged(percent);
}

void ZoomController::apply()
{
    QFont font = QApplication::font();
    font.setPointSizeF(m_basePointSize * m_percent / 100.0);
    QApplication::setFont(font);
}
