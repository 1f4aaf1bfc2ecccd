#pragma once

#include <cstdint>
#include <string>

// The bytes of one numbered message: "#<number>/<total>" padded with '.' to `size` bytes, the
// last one '\n' (or 'x's when the number does not fit). ASCII text, so the server logs it as
// text, and the number tells which message a line in the log was.
void appendMessage(std::string &out, int64_t number, int64_t total, int size);

// "#<number>/<total>\n" exactly, the form SocketLab's burst counter recognises (total <= 100,000).
std::string burstMessage(int64_t number, int64_t total);
