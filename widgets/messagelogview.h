#pragma once

#include <QListView>

// The chat log: a list of bubbles that follows new messages unless the user scrolled up.
class MessageLogView : public QListView
{
    Q_OBJECT
public:
    explicit MessageLogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rowsAboutToBeAdded();
    void rowsAdded();

    bool m_followNewRows = true;
};
