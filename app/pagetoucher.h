#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <thread>

class QWidget;

// Writes to every page of a memory range once, on a thread of its own, so that the first write
// to each page is paid there, beside the main thread's work, instead of in the middle of it. On
// this project's virtual machines a fresh page costs about 10 µs on first write (the guest's
// page fault, then the host backing the page): a 1280×800 window's frame buffer is 1,000
// pages, 10 ms of the first frame (issue 7). The bytes keep their values: each page gets an
// atomic OR with zero, which the processor still treats as a write.
class PageToucher
{
public:
    PageToucher(void *begin, std::size_t size);
    ~PageToucher(); // stop()
    PageToucher(const PageToucher &) = delete;
    PageToucher &operator=(const PageToucher &) = delete;

    // Returns once the thread has stopped: at once when it is done, else after the page it is
    // on. From then on the range is the caller's alone again.
    void stop();
    // Pages written so far; final after stop().
    std::size_t pagesTouched() const { return m_touched.load(std::memory_order_relaxed); }
    // The pages that [begin, begin + size) spans.
    static std::size_t pagesSpanned(const void *begin, std::size_t size);

private:
    std::atomic<bool> m_stop { false };
    std::atomic<std::size_t> m_touched { 0 };
    std::thread m_thread;
};

// The backing store of a created top-level window (QWidget::create()), allocated now at the
// window's size, with a PageToucher on its pages; the first paint then uses this same buffer,
// as Qt sizes the store to the window's size. Null when there is nothing to gain: the store
// already has that size, or the platform is neither xcb nor offscreen (see the .cpp).
// The caller stops the toucher before Qt can paint into the store, resize it or destroy it:
// before returning to the event loop.
std::unique_ptr<PageToucher> touchBackingStore(QWidget *window);
