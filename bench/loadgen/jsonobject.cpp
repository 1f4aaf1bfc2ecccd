#include "jsonobject.h"

#include <cmath>
#include <cstdio>

JsonObject &JsonObject::add(const std::string &key, const std::string &value)
{
    addRaw(key, quoted(value));
    return *this;
}

JsonObject &JsonObject::add(const std::string &key, int64_t value)
{
    addRaw(key, std::to_string(value));
    return *this;
}

JsonObject &JsonObject::add(const std::string &key, double value)
{
    if (!std::isfinite(value)) {
        addRaw(key, "null");
        return *this;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    addRaw(key, buffer);
    return *this;
}

JsonObject &JsonObject::add(const std::string &key, bool value)
{
    addRaw(key, value ? "true" : "false");
    return *this;
}

JsonObject &JsonObject::add(const std::string &key, const JsonObject &object)
{
    addRaw(key, object.text());
    return *this;
}

void JsonObject::addRaw(const std::string &key, const std::string &json)
{
    if (!m_members.empty())
        m_members += ',';
    m_members += quoted(key) + ':' + json;
}

std::string JsonObject::quoted(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out += escape;
        } else {
            out += char(c);
        }
    }
    return out + '"';
}
