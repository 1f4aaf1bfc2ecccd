#include "tests/support/hostprocess.h"

#include <QProcess>
#include <QStandardPaths>

struct HostProcess::Private
{
    QProcess process;
    QByteArray output;
    QByteArray errors;
};

HostProcess::HostProcess()
    : d(std::make_unique<Private>())
{
}

HostProcess::~HostProcess()
{
    kill();
}

bool HostProcess::start(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    d->process.start(program, arguments);
    if (!d->process.waitForStarted(5000)) {
        d->errors = d->process.errorString().toUtf8();
        return false;
    }
    d->process.write(input);
    d->process.closeWriteChannel();
    return true;
}

bool HostProcess::hostHas(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool HostProcess::isRunning()
{
    return d->process.state() != QProcess::NotRunning;
}

QByteArray HostProcess::output()
{
    d->output += d->process.readAllStandardOutput();
    return d->output;
}

QByteArray HostProcess::errors()
{
    d->errors += d->process.readAllStandardError();
    return d->errors;
}

int HostProcess::exitCode()
{
    return d->process.exitCode();
}

void HostProcess::kill()
{
    if (d->process.state() == QProcess::NotRunning)
        return;
    d->process.kill();
    d->process.waitForFinished(5000);
}
