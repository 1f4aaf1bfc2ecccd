#pragma once

#include <thread>

// The first text the window draws makes Qt load fontconfig's configuration and font caches:
// 6-8 ms on the main thread before the first frame, which a window without text never pays
// (issue 7's startup target is "within 30 ms of a bare Qt window"). Started at the top of
// main(), fontconfig loads on the second core while QApplication and the translations load;
// wait() before the first widget, and Qt finds it ready (the first text then costs ~2 ms).
// Where fontconfig was not found at build time, this does nothing.
class FontConfigWarmUp
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp(); // waits
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    void wait();

private:
    std::thread m_thread;
};
