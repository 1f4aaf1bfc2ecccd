#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

// "This machine's addresses": the table, a Copy button and a Refresh button.
class AddressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AddressPanel(QWidget *parent = nullptr);

    // model rows give the bare address in addressRole (what Copy copies).
    void setModel(QAbstractItemModel *model, int addressRole);
    QTableView *view() const { return m_view; }
    // The selected addresses (or all), one per line.
    QString textForCopy() const;

Q_SIGNALS:
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_addressRole = Qt::UserRole;
    QLabel *m_title;
    QLabel *m_explanation;
    QTableView *m_view;
    QPushButton *m_copyButton;
    QPushButton *m_refreshButton;
};
