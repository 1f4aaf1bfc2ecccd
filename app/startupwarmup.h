#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

// One-time work that Qt would otherwise do on the main thread before the window's first frame,
// done here on the second core while the main thread starts QApplication, loads the
// translations and builds the window (issue 7's startup target is "within 30 ms of a bare Qt
// window", and a bare window does none of it):
//   1. at once, fontconfig's configuration and caches (FcInit), which need nothing from Qt:
//      6.5 to 9 ms here, nearly all of it reading the XML configuration;
//   2. after applicationReady(), Qt's font database, filled with every installed font (about
//      2 ms; QFontDatabase is thread-safe and needs a QGuiApplication);
//   3. then Qt's image reader plugins: the first icon Qt reads (the menu bar's own, from the
//      style) loads every imageformats plugin before it settles on the built-in PNG reader,
//      1.6 to 2.6 ms measured here. QImageReader is reentrant; its plugin loader takes a lock,
//      and hands the plugins to the main thread. Whichever thread reads an image first loads
//      them, once: often the main thread's menu bar, while step 1 still runs.
// waitForFonts() before the first text is measured: MainWindow calls it once its menus and
// toolbar are built, so that they overlap with 1 and 2; Qt then finds 1 and 2 ready, and 3 may
// go on beside the rest of the window. finish() before the QGuiApplication is destroyed, on
// every path: tearing it down frees what the thread fills. Where fontconfig was not found at
// build time, step 1 is skipped.
class StartupWarmUp
{
public:
    StartupWarmUp();
    ~StartupWarmUp(); // finish()
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    // The QGuiApplication exists: steps 2 and 3 may run.
    void applicationReady();
    // Returns once step 2 is done, or skipped (no applicationReady() before this call).
    void waitForFonts();
    // Ends the warm-up: waits for the thread.
    void finish();

private:
    enum class Next { Undecided, UseApplication, Stop };
    void decide(Next next);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    Next m_next = Next::Undecided;
    bool m_fontsDone = false;
    std::thread m_thread;
};
