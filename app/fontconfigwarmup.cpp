#include "app/fontconfigwarmup.h"

#ifdef SOCKETLAB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontConfigWarmUp::FontConfigWarmUp()
{
#ifdef SOCKETLAB_HAVE_FONTCONFIG
    // FcInit() loads the default configuration that Qt's font database then uses; it is
    // thread-safe, and wait() makes sure the two never run it at the same time anyway.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
