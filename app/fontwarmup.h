#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

// The first text the window draws makes Qt load fontconfig's configuration and caches, then
// list every installed font into its own font database: about 4 + 2 ms on the main thread
// before the first frame (147 fonts here), which a window without text never pays (issue 7's
// startup target is "within 30 ms of a bare Qt window"). Both are done here, on the second core, while the main thread
// starts QApplication, loads the translations and reads the command line:
//   1. at once, fontconfig (FcInit), which needs nothing from Qt;
//   2. after applicationReady(), Qt's font database (QFontDatabase is thread-safe; it needs a
//      QGuiApplication to exist).
// wait() before the first widget: Qt then finds both ready. Where fontconfig was not found at
// build time, step 1 is skipped.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp(); // waits
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // The QGuiApplication exists: fill Qt's font database too.
    void applicationReady();
    // Ends the warm-up (skipping step 2 if applicationReady() never came). Call it before the
    // QGuiApplication is destroyed, on every path: tearing it down frees what the thread fills.
    void wait();

private:
    enum class Next { Undecided, FillQtDatabase, Stop };
    void decide(Next next);

    std::mutex m_mutex;
    std::condition_variable m_decided;
    Next m_next = Next::Undecided;
    std::thread m_thread;
};
