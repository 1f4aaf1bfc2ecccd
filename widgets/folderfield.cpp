#include "widgets/folderfield.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

FolderField::FolderField(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(this))
{
    m_path->setReadOnly(true); // chosen with the dialog: always a folder that exists
    m_label->setBuddy(m_choose);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    connect(m_choose, &QPushButton::clicked, this, &FolderField::choose);
    retranslate();
}

void FolderField::setLabelText(const QString &text)
{
    m_label->setText(text);
    m_path->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void FolderField::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString FolderField::path() const
{
    return QDir::fromNativeSeparators(m_path->text());
}

void FolderField::choose()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, m_label->text().remove(QLatin1Char('&')), path());
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    Q_EMIT pathChosen(chosen);
}

void FolderField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FolderField::retranslate()
{
    m_choose->setText(tr("Choose…"));
}
