#include "tests/support/hostprocess.h"

#include "tests/support/wine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

namespace {
// Wine shows the Linux root as drive Z:.
QString unixPath(const QString &path)
{
    static const QRegularExpression driveZ(QStringLiteral("^[Zz]:(?=/)"));
    return QDir::fromNativeSeparators(path).remove(driveZ);
}

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

struct HostProcess::Private
{
    QTemporaryDir dir { QStringLiteral("Z:/tmp/socketlab-peer-XXXXXX") };
    bool started = false;
    QByteArray errors;

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    bool runScript(const char *name, const QString &script)
    {
        return writeFile(path(name), script.toUtf8())
            && QProcess::startDetached(QStringLiteral("/bin/sh"), { unixPath(path(name)) });
    }
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
    if (!runningUnderWine() || !d->dir.isValid()) {
        d->errors = "host peers need Wine's Linux host (/bin/sh and /tmp as drive Z:)";
        return false;
    }
    QStringList command { shellQuoted(program) };
    for (const QString &argument : arguments)
        command << shellQuoted(unixPath(argument));
    // The peer runs as the shell's child, so that its end and exit code land in files.
    const QString script = QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin; export PATH\n"
                                          "cd %1 || exit 1\n"
                                          "%2 <input >out 2>err &\n"
                                          "echo $! >child\n"
                                          "wait $!\n"
                                          "echo $? >status.tmp && mv status.tmp status\n")
                               .arg(shellQuoted(unixPath(d->dir.path())), command.join(QLatin1Char(' ')));
    if (!writeFile(d->path("input"), input) || !d->runScript("run.sh", script)) {
        d->errors = "could not start /bin/sh under Wine";
        return false;
    }
    d->started = true;
    return true;
}

bool HostProcess::hostHas(const QString &program)
{
    for (const char *folder : { "/usr/local/bin/", "/usr/bin/", "/bin/" }) {
        if (runningUnderWine() && QFile::exists(QLatin1String("Z:") + QLatin1String(folder) + program))
            return true;
    }
    return false;
}

bool HostProcess::isRunning()
{
    return d->started && !QFile::exists(d->path("status"));
}

QByteArray HostProcess::output()
{
    return contents(d->path("out"));
}

QByteArray HostProcess::errors()
{
    return d->errors + contents(d->path("err"));
}

int HostProcess::exitCode()
{
    return contents(d->path("status")).trimmed().toInt();
}

void HostProcess::kill()
{
    if (!isRunning())
        return;
    for (int i = 0; i < 50 && !QFile::exists(d->path("child")); ++i)
        QThread::msleep(100); // the shell writes the peer's pid right after starting it
    d->runScript("kill.sh", QStringLiteral("kill -9 $(cat %1/child)\n").arg(shellQuoted(unixPath(d->dir.path()))));
    for (int i = 0; i < 50 && isRunning(); ++i)
        QThread::msleep(100);
}
