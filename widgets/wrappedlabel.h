#pragma once

#include <QLabel>

// A label for a paragraph: plain text (never markup), wrapped at word boundaries.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);
};
