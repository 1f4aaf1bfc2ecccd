#include "widgets/qtsocketstateproxy.h"

QtSocketStateProxy::QtSocketStateProxy(int stateColumn, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_stateColumn(stateColumn)
{
}

QString QtSocketStateProxy::stateText(const QString &enumName)
{
    if (enumName == QLatin1String("UnconnectedState"))
        return tr("unconnected");
    if (enumName == QLatin1String("HostLookupState"))
        return tr("looking up the host");
    if (enumName == QLatin1String("ConnectingState"))
        return tr("connecting");
    if (enumName == QLatin1String("ConnectedState"))
        return tr("connected");
    if (enumName == QLatin1String("BoundState"))
        return tr("bound (bind)");
    if (enumName == QLatin1String("ListeningState"))
        return tr("listening");
    if (enumName == QLatin1String("ClosingState"))
        return tr("closing");
    return enumName;
}

QVariant QtSocketStateProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() != m_stateColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QIdentityProxyModel::data(index, role);
    const QString name = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
    if (name.isEmpty())
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::DisplayRole)
        return stateText(name);
    return QStringLiteral("QAbstractSocket::%1").arg(name);
}
