#pragma once

#include <QLabel>

// A label for a paragraph: plain text (never markup), wrapped at word boundaries (keep it so).
//
// QLabel lays its text out anew for every heightForWidth() a layout asks, and a layout pass
// asks it several times at the same width (for the height and again for the minimum height):
// about 0.4 ms each for the lab page's explanations, 13 times before the first frame (issue 7's
// startup). This one remembers the last answer until its text, width, margins, font or style
// changes.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Question {
        int width = -1;
        int margin = 0;
        int indent = 0;
        QString text;
        bool operator==(const Question &other) const
        {
            return width == other.width && margin == other.margin && indent == other.indent && text == other.text;
        }
    };
    mutable Question m_asked; // width -1: nothing remembered
    mutable int m_answer = 0;
};
