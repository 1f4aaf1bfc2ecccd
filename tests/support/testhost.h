#pragma once

// Test support: what the account running the tests may do. The one platform switch of the
// tests' support code: Windows (the Wine suite) has no root and no read-only folders.
#include <QtGlobal>

#ifdef Q_OS_WIN
namespace testhost {
constexpr bool kWindows = true;
inline bool isRoot() { return false; }
} // namespace testhost
#else
#include <unistd.h>
namespace testhost {
constexpr bool kWindows = false;
inline bool isRoot() { return geteuid() == 0; }
} // namespace testhost
#endif
