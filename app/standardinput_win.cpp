#include "app/standardinput.h"

#include <QPointer>
#include <QThread>

#include <windows.h>

// ReadFile() on the standard input handle blocks, for consoles and pipes alike: a thread of
// its own does it and hands each piece to the event loop. At exit the thread may still be
// blocked in a console read; the process ends it.
struct StandardInput::Private
{
    QThread *reader = nullptr;
};

StandardInput::StandardInput(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    QPointer<StandardInput> self(this);
    d->reader = QThread::create([self] {
        const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
        char buffer[4096];
        for (;;) {
            DWORD n = 0;
            const bool ok = input != nullptr && input != INVALID_HANDLE_VALUE
                && ::ReadFile(input, buffer, sizeof buffer, &n, nullptr);
            if (!ok || n == 0)
                break;
            const QByteArray bytes(buffer, int(n));
            QMetaObject::invokeMethod(self.data(), [self, bytes] {
                if (self)
                    Q_EMIT self->received(bytes);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(self.data(), [self] {
            if (self)
                Q_EMIT self->ended();
        }, Qt::QueuedConnection);
    });
    connect(d->reader, &QThread::finished, d->reader, &QObject::deleteLater);
    d->reader->start();
}

StandardInput::~StandardInput()
{
    delete d; // the reader thread deletes itself when its read returns
}
