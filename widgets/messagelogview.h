#pragma once

#include <QListView>

class ChatBubbleDelegate;

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
    // Within this many pixels of the bottom counts as "at the newest message".
    static constexpr int kFollowSlackPixels = 4;

    void rangeChanged(int minimum, int maximum);
    void keepFollowing();
    void updateFollowing();
    void rowsAdded();
    void rowsTextChanged();
    void oldRowsRemoved();

    ChatBubbleDelegate *m_delegate;
    bool m_followNewRows = true;
    bool m_rangeShrinkMovesValue = false;
};
