// PageToucher (issue 7's startup): every page of a range written once on another thread, the
// bytes unchanged, stop() at any time; and the window's backing store touched this way is the
// very buffer of its first frame, painted in full.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/pagetoucher.h"
#include "app/startupprobe.h"

#include <QBackingStore>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <cstring>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

class tst_PageToucher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryPageOfFreshMemory();
    void keepsTheBytes();
    void countsPagesOfAnUnalignedRange();
    void stopsEarlyAndTwice();
    void backingStoreIsTheFirstFramesBuffer();
    void backingStoreOnlyOnce();
    void mainWindowFirstFrameIsComplete();
};

namespace {
const std::size_t kPage = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));

// Fresh anonymous memory: no page of it is in memory until written (or read). In small pages
// only, so that one write makes one page resident (with transparent huge pages "always", one
// write could bring in 512).
struct FreshMemory
{
    explicit FreshMemory(std::size_t pages)
        : size(pages * kPage)
        , data(static_cast<unsigned char *>(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)))
    {
        if (data != MAP_FAILED)
            madvise(data, size, MADV_NOHUGEPAGE);
    }
    ~FreshMemory() { munmap(data, size); }
    std::size_t resident() const
    {
        std::vector<unsigned char> inCore(size / kPage);
        if (mincore(data, size, inCore.data()) != 0)
            return 0;
        std::size_t count = 0;
        for (unsigned char page : inCore)
            count += page & 1;
        return count;
    }
    std::size_t size;
    unsigned char *data;
};

void waitUntilDone(PageToucher &toucher, std::size_t pages)
{
    QTRY_COMPARE_WITH_TIMEOUT(toucher.pagesTouched(), pages, 10000);
    toucher.stop();
}
} // namespace

void tst_PageToucher::writesEveryPageOfFreshMemory()
{
    FreshMemory memory(64);
    QVERIFY(memory.data != MAP_FAILED);
    QCOMPARE(memory.resident(), std::size_t(0));
    PageToucher toucher(memory.data, memory.size);
    waitUntilDone(toucher, 64);
    QCOMPARE(memory.resident(), std::size_t(64));
}

void tst_PageToucher::keepsTheBytes()
{
    std::vector<unsigned char> bytes(10 * kPage + 123);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<unsigned char>(i * 7 + 1);
    const std::vector<unsigned char> before = bytes;
    PageToucher toucher(bytes.data(), bytes.size());
    waitUntilDone(toucher, PageToucher::pagesSpanned(bytes.data(), bytes.size()));
    QVERIFY(bytes == before);
}

void tst_PageToucher::countsPagesOfAnUnalignedRange()
{
    FreshMemory memory(8);
    // From the middle of page 0 to the middle of page 3: pages 0 to 3, and 4 to 7 untouched.
    unsigned char *begin = memory.data + kPage / 2;
    const std::size_t size = 3 * kPage;
    QCOMPARE(PageToucher::pagesSpanned(begin, size), std::size_t(4));
    QCOMPARE(PageToucher::pagesSpanned(memory.data, kPage), std::size_t(1));
    QCOMPARE(PageToucher::pagesSpanned(memory.data, kPage + 1), std::size_t(2));
    QCOMPARE(PageToucher::pagesSpanned(begin, 0), std::size_t(0));
    PageToucher toucher(begin, size);
    waitUntilDone(toucher, 4);
    QCOMPARE(memory.resident(), std::size_t(4));
    std::vector<unsigned char> inCore(8);
    QCOMPARE(mincore(memory.data, memory.size, inCore.data()), 0);
    for (int page = 0; page < 8; ++page)
        QCOMPARE(inCore[page] & 1, page < 4 ? 1 : 0);
}

void tst_PageToucher::stopsEarlyAndTwice()
{
    FreshMemory memory(4096); // 16 MiB: long enough to be stopped on the way
    {
        PageToucher toucher(memory.data, memory.size);
        toucher.stop();
        const std::size_t touched = toucher.pagesTouched();
        QVERIFY(touched <= 4096);
        toucher.stop(); // again: nothing more
        QCOMPARE(toucher.pagesTouched(), touched);
        QCOMPARE(memory.resident(), touched);
    }
    {
        PageToucher neverStopped(memory.data, memory.size); // the destructor stops it
    }
}

void tst_PageToucher::backingStoreIsTheFirstFramesBuffer()
{
    QWidget window;
    window.resize(640, 400);
    QVERIFY(window.backingStore() == nullptr || window.backingStore()->size() != window.size());
    window.winId(); // created, not shown
    std::unique_ptr<PageToucher> toucher = touchBackingStore(&window);
    QVERIFY(toucher);
    QBackingStore *store = window.backingStore();
    QCOMPARE(store->size(), window.size());
    const auto *touched = static_cast<const QImage *>(store->paintDevice());
    const uchar *bits = touched->constBits();
    const auto bytes = static_cast<std::size_t>(touched->sizeInBytes());
    waitUntilDone(*toucher, PageToucher::pagesSpanned(bits, bytes));

    auto *probe = new FirstFramePaintProbe(&window);
    QSignalSpy painted(probe, &FirstFramePaintProbe::firstFramePainted);
    window.show();
    QVERIFY(painted.wait());
    // Qt painted the first frame into the buffer that was touched, not into a new one.
    QVERIFY(store->paintDevice()->devType() == QInternal::Image);
    QCOMPARE(static_cast<const QImage *>(store->paintDevice())->constBits(), bits);
}

void tst_PageToucher::backingStoreOnlyOnce()
{
    QWidget window;
    window.resize(300, 200);
    window.winId();
    QVERIFY(touchBackingStore(&window));
    QVERIFY(!touchBackingStore(&window)); // already this size: the buffer is in use
    window.resize(400, 200);
    QVERIFY(touchBackingStore(&window)); // a new size, a new buffer
}

void tst_PageToucher::mainWindowFirstFrameIsComplete()
{
    LanguageManager languages;
    languages.setLanguage(QString::fromLatin1(LanguageManager::kEnglish));
    MainWindow window(&languages);
    auto *probe = new FirstFramePaintProbe(&window);
    QSignalSpy painted(probe, &FirstFramePaintProbe::firstFramePainted);
    window.show();
    QVERIFY(painted.wait());
    // The first frame, as it went to the screen, is the whole window: what rendering it again
    // gives, pixel for pixel.
    const QImage frame = static_cast<const QImage *>(window.backingStore()->paintDevice())
                             ->copy(QRect(QPoint(0, 0), window.size()))
                             .convertToFormat(QImage::Format_RGB32);
    const QImage rendered = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(frame.size(), rendered.size());
    QVERIFY(frame == rendered);
}

QTEST_MAIN(tst_PageToucher)
#include "tst_pagetoucher.moc"
