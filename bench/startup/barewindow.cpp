// bench-bare-window: the reference for SocketLab's startup. A QApplication and an empty
// QMainWindow of SocketLab's size, measured by the same probe the app uses (app/startupprobe.h):
// ms from process start to the end of the first paint. Prints {"first_frame_ms": N} and exits;
// with --stay it keeps running (until SIGTERM) so that its idle memory can be read too.
#include "app/startupprobe.h"

#include <QApplication>
#include <QMainWindow>

#include <cstdio>

namespace {
// SocketLab's MainWindow size (app/mainwindow.cpp).
constexpr int kWindowWidth = 1280;
constexpr int kWindowHeight = 800;
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool stay = QCoreApplication::arguments().contains(QStringLiteral("--stay"));

    QMainWindow window;
    window.resize(kWindowWidth, kWindowHeight);
    auto *probe = new FirstFramePaintProbe(&window);
    QObject::connect(probe, &FirstFramePaintProbe::firstFramePainted, &app, [stay](qint64 ms) {
        std::printf("{\"first_frame_ms\": %lld}\n", static_cast<long long>(ms));
        std::fflush(stdout);
        if (!stay)
            QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
