#pragma once

#include "widgets/wrappedlabel.h"

#include <optional>

// The line under a form that says what is wrong with it: hidden until there is something to say.
class ErrorLabel : public WrappedLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();
    // The message shown, or an empty string.
    QString message() const;
};

class QLineEdit;

// The port typed in field. When it is not one: nothing, the reason in error, and the field
// selected, so that the student corrects it at once.
std::optional<quint16> portFromField(QLineEdit *field, ErrorLabel *error);
