#include "app/startupwarmup.h"

#include <QFontDatabase>
#include <QImageReader>
#include <QStringList>

#ifdef SOCKETLAB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

StartupWarmUp::StartupWarmUp()
{
    m_thread = std::thread([this] {
#ifdef SOCKETLAB_HAVE_FONTCONFIG
        // The default configuration that Qt's font database then uses; FcInit() is thread-safe.
        FcInit();
#endif
        bool useApplication = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_next != Next::Undecided; });
            useApplication = m_next == Next::UseApplication;
        }
        if (useApplication) {
            // Any query fills the whole database, under Qt's font database lock.
            QFontDatabase::families();
        }
        {
            const std::lock_guard lock(m_mutex);
            m_fontsDone = true;
        }
        m_changed.notify_all();
        if (useApplication) {
            // Choosing a reader for a file loads and asks every plugin first: this PNG (the
            // application's icon, built in) makes that happen here.
            QImageReader(QStringLiteral(":/icons/socketlab.png")).format();
        }
    });
}

StartupWarmUp::~StartupWarmUp()
{
    finish();
}

void StartupWarmUp::applicationReady()
{
    decide(Next::UseApplication);
}

void StartupWarmUp::waitForFonts()
{
    decide(Next::Stop); // no effect once applicationReady() has decided
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_fontsDone; });
}

void StartupWarmUp::finish()
{
    decide(Next::Stop);
    if (m_thread.joinable())
        m_thread.join();
}

void StartupWarmUp::decide(Next next)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_next != Next::Undecided)
            return;
        m_next = next;
    }
    m_changed.notify_all();
}
