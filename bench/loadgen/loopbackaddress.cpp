#include "loopbackaddress.h"

#include <arpa/inet.h>

#include <cstring>

std::optional<LoopbackAddress> loopbackAddress(const std::string &host, int port)
{
    LoopbackAddress result;
    const std::string literal = host == "localhost" ? std::string("127.0.0.1") : host;
    in_addr v4 {};
    if (inet_pton(AF_INET, literal.c_str(), &v4) == 1) {
        if ((ntohl(v4.s_addr) >> 24) != 127)
            return std::nullopt;
        auto *sin = reinterpret_cast<sockaddr_in *>(&result.address);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(uint16_t(port));
        sin->sin_addr = v4;
        result.length = sizeof(sockaddr_in);
        result.family = AF_INET;
        return result;
    }
    std::string bare = literal;
    if (bare.size() > 2 && bare.front() == '[' && bare.back() == ']')
        bare = bare.substr(1, bare.size() - 2);
    in6_addr v6 {};
    if (inet_pton(AF_INET6, bare.c_str(), &v6) == 1) {
        if (std::memcmp(&v6, &in6addr_loopback, sizeof v6) != 0)
            return std::nullopt;
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&result.address);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(uint16_t(port));
        sin6->sin6_addr = v6;
        result.length = sizeof(sockaddr_in6);
        result.family = AF_INET6;
        return result;
    }
    return std::nullopt;
}
