#pragma once

// AddressSanitizer keeps freed memory in quarantine (256 MiB by default) and adds its shadow
// memory: resident sizes then say nothing about the app, and memory bounds are not checked.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryIsMeasurable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMemoryIsMeasurable = false;
#else
constexpr bool kMemoryIsMeasurable = true;
#endif
#else
constexpr bool kMemoryIsMeasurable = true;
#endif
