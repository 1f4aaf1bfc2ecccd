#include "tests/support/hostprocess.h"

bool HostProcess::canReadLine()
{
    return output().indexOf('\n', m_lineStart) >= 0;
}

QByteArray HostProcess::readLine()
{
    const QByteArray all = output();
    const qsizetype end = all.indexOf('\n', m_lineStart);
    if (end < 0)
        return {};
    const QByteArray line = all.mid(m_lineStart, end + 1 - m_lineStart);
    m_lineStart = end + 1;
    return line;
}
