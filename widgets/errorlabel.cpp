#include "widgets/errorlabel.h"

#include "model/eventtext.h"
#include "network/addressparsing.h"
#include "widgets/labeltone.h"

#include <QLineEdit>

ErrorLabel::ErrorLabel(QWidget *parent)
    : WrappedLabel(parent)
{
    setLabelTone(this, LabelTone::Error);
    hide();
}

void ErrorLabel::showMessage(const QString &message)
{
    setText(message);
    show();
}

void ErrorLabel::clearMessage()
{
    clear();
    hide();
}

QString ErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}

std::optional<quint16> portFromField(QLineEdit *field, ErrorLabel *error)
{
    const std::optional<quint16> port = parsePort(field->text());
    if (!port) {
        error->showMessage(EventText::errorMessage(LabError::InvalidPort));
        field->setFocus();
        field->selectAll();
    }
    return port;
}
