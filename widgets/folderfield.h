#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// A folder and the button that chooses another (the file pages' shared folder and destination).
class FolderField : public QWidget
{
    Q_OBJECT
public:
    explicit FolderField(QWidget *parent = nullptr);

    void setLabelText(const QString &text);
    void setPath(const QString &path);
    QString path() const;
    QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
    void pathChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose();

    QLabel *m_label;
    QLineEdit *m_path;
    QPushButton *m_choose;
};
