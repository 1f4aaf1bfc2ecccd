#pragma once

#include <cstdint>
#include <string>

// The one JSON object a run prints on stdout: flat keys, numbers, strings and nested objects,
// written in the order they are added (scripts read it with any JSON parser).
class JsonObject
{
public:
    JsonObject &add(const std::string &key, const std::string &value);
    JsonObject &add(const std::string &key, const char *value) { return add(key, std::string(value)); }
    JsonObject &add(const std::string &key, int64_t value);
    JsonObject &add(const std::string &key, int value) { return add(key, int64_t(value)); }
    JsonObject &add(const std::string &key, uint64_t value) { return add(key, int64_t(value)); }
    JsonObject &add(const std::string &key, uint32_t value) { return add(key, int64_t(value)); }
    JsonObject &add(const std::string &key, double value);
    JsonObject &add(const std::string &key, bool value);
    JsonObject &add(const std::string &key, const JsonObject &object);

    std::string text() const { return "{" + m_members + "}"; }

private:
    void addRaw(const std::string &key, const std::string &json);
    static std::string quoted(const std::string &text);

    std::string m_members;
};
