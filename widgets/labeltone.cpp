#include "widgets/labeltone.h"

#include <QColor>
#include <QFont>
#include <QLabel>
#include <QPalette>

namespace {
struct ToneLook
{
    QColor colour; // invalid: the palette's own
    bool bold;
};

ToneLook lookOf(LabelTone tone)
{
    switch (tone) {
    case LabelTone::Plain: return { QColor(), false };
    case LabelTone::Strong: return { QColor(), true };
    case LabelTone::Error: return { QColor(0xc6, 0x28, 0x28), true };
    case LabelTone::Warning: return { QColor(0xb2, 0x6a, 0x00), false };
    case LabelTone::Notice: return { QColor(0x15, 0x65, 0xc0), true };
    }
    return { QColor(), false };
}
} // namespace

void setLabelTone(QLabel *label, LabelTone tone)
{
    const ToneLook look = lookOf(tone);
    // A new palette and font carry only what is set here: the rest is inherited as before, so
    // the zoom (the application font) and the system palette still reach the label.
    QPalette palette;
    if (look.colour.isValid())
        palette.setColor(QPalette::WindowText, look.colour);
    label->setPalette(palette);
    QFont font;
    if (look.bold)
        font.setBold(true);
    label->setFont(font);
}
