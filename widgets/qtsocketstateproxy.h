#pragma once

#include <QIdentityProxyModel>

// Shows the name of a QAbstractSocket::SocketState ("ConnectedState") in one column as words in
// the app's language ("connected"), the enum's name in the tooltip for the Qt documentation.
class QtSocketStateProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit QtSocketStateProxy(int stateColumn, QObject *parent = nullptr);

    static QString stateText(const QString &enumName);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_stateColumn;
};
