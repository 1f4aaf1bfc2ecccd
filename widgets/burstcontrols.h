#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

// "Send a burst of N numbered messages": the lesson that UDP does not guarantee delivery or
// order, shown for real. The receiving server page counts what arrived.
class BurstControls : public QWidget
{
    Q_OBJECT
public:
    explicit BurstControls(QWidget *parent = nullptr);

    void setCanSend(bool canSend);
    QSpinBox *countBox() const { return m_countBox; }
    QPushButton *sendButton() const { return m_sendButton; }

Q_SIGNALS:
    void burstRequested(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QSpinBox *m_countBox;
    QPushButton *m_sendButton;
};
