#include "app/pagetoucher.h"

#include <QBackingStore>
#include <QGuiApplication>
#include <QImage>
#include <QWidget>

#include <cstdint>

namespace {
std::uintptr_t pageSize()
{
    // The smallest page of x86-64 and arm64: a larger page is touched more often, never missed.
    return 4096;
}

std::uintptr_t pageStart(std::uintptr_t address)
{
    return address - address % pageSize();
}
} // namespace

PageToucher::PageToucher(void *begin, std::size_t size)
{
    const auto first = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t end = first + size;
    m_thread = std::thread([this, first, end] {
        for (std::uintptr_t page = pageStart(first); page < end && !m_stop.load(std::memory_order_relaxed);
             page += pageSize()) {
            auto *byte = reinterpret_cast<unsigned char *>(page < first ? first : page);
            __atomic_fetch_or(byte, static_cast<unsigned char>(0), __ATOMIC_RELAXED);
            m_touched.fetch_add(1, std::memory_order_relaxed);
        }
    });
}

PageToucher::~PageToucher()
{
    stop();
}

void PageToucher::stop()
{
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable())
        m_thread.join(); // the thread's writes happen before this returns
}

std::size_t PageToucher::pagesSpanned(const void *begin, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto first = reinterpret_cast<std::uintptr_t>(begin);
    return (pageStart(first + size - 1) - pageStart(first)) / pageSize() + 1;
}

std::unique_ptr<PageToucher> touchBackingStore(QWidget *window)
{
    // Only where the buffer is known to be one QImage in this process, kept from one resize()
    // to the next: the offscreen platform (QOffscreenBackingStore) and X11 (QXcbBackingStore,
    // shared memory). Elsewhere, Wayland for one, the buffers are made when painting begins.
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("xcb") && platform != QLatin1String("offscreen"))
        return nullptr;
    QBackingStore *store = window->backingStore();
    if (!store || store->size() == window->size())
        return nullptr;
    store->resize(window->size());
    QPaintDevice *device = store->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    const auto *image = static_cast<const QImage *>(device);
    return std::make_unique<PageToucher>(const_cast<uchar *>(image->constBits()),
                                         static_cast<std::size_t>(image->sizeInBytes()));
}
