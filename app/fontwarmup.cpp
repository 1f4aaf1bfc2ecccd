#include "app/fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

#ifdef SOCKETLAB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontWarmUp::FontWarmUp()
{
    m_thread = std::thread([this] {
#ifdef SOCKETLAB_HAVE_FONTCONFIG
        // The default configuration that Qt's font database then uses; FcInit() is thread-safe.
        FcInit();
#endif
        std::unique_lock lock(m_mutex);
        m_decided.wait(lock, [this] { return m_next != Next::Undecided; });
        if (m_next == Next::FillQtDatabase) {
            lock.unlock();
            // Any query fills the whole database, under Qt's font database lock.
            QFontDatabase::families();
        }
    });
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::applicationReady()
{
    decide(Next::FillQtDatabase);
}

void FontWarmUp::wait()
{
    decide(Next::Stop); // no effect once applicationReady() has decided
    if (m_thread.joinable())
        m_thread.join();
}

void FontWarmUp::decide(Next next)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_next != Next::Undecided)
            return;
        m_next = next;
    }
    m_decided.notify_one();
}
