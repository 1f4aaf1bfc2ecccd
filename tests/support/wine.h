#pragma once

// Test support: where a test runs, for the few checks that Wine or Windows cannot make; each
// such check QSKIPs with a reason that names the limitation.
#include <QLibrary>
#include <QSysInfo>

// The Windows build of a test (real Windows or Wine).
inline bool runningOnWindows()
{
    return QSysInfo::kernelType() == QLatin1String("winnt");
}

// Wine's ntdll exports wine_get_version(); Windows's does not, and Linux has no ntdll.
inline bool runningUnderWine()
{
    static const bool underWine = runningOnWindows()
        && QLibrary(QStringLiteral("ntdll")).resolve("wine_get_version") != nullptr;
    return underWine;
}
