#include "messagetext.h"

#include <cstdio>

void appendMessage(std::string &out, int64_t number, int64_t total, int size)
{
    char head[48];
    const int length = std::snprintf(head, sizeof head, "#%lld/%lld", static_cast<long long>(number),
                                     static_cast<long long>(total));
    if (length > 0 && length <= size - 1) {
        out.append(head, size_t(length));
        out.append(size_t(size - 1 - length), '.');
    } else {
        out.append(size_t(size - 1), 'x');
    }
    out.push_back('\n');
}

std::string burstMessage(int64_t number, int64_t total)
{
    char text[48];
    const int length = std::snprintf(text, sizeof text, "#%lld/%lld\n", static_cast<long long>(number),
                                     static_cast<long long>(total));
    return std::string(text, size_t(length));
}
