#pragma once

#include <QByteArray>
#include <QObject>

// The process's standard input (a terminal, a console or a pipe), read without blocking the
// event loop: standardinput_posix.cpp watches descriptor 0; standardinput_win.cpp reads in a
// thread of its own, as Windows cannot wait for a console or a pipe in an event loop.
class StandardInput : public QObject
{
    Q_OBJECT
public:
    explicit StandardInput(QObject *parent = nullptr);
    ~StandardInput() override;

Q_SIGNALS:
    void received(const QByteArray &bytes);
    void ended(); // end of input, or it failed: nothing more comes

private:
    struct Private;
    Private *d;
};
