#include "app/standardinput.h"

#include <QSocketNotifier>

#include <unistd.h>

struct StandardInput::Private
{
    QSocketNotifier *notifier = nullptr;
};

StandardInput::StandardInput(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            d->notifier->setEnabled(false);
            Q_EMIT ended();
            return;
        }
        Q_EMIT received(QByteArray(buffer, int(n)));
    });
}

StandardInput::~StandardInput()
{
    delete d;
}
