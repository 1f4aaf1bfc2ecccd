#pragma once

// Test support: what this process holds open, for leak checks. descriptors_linux.cpp reads
// /proc/self/fd; descriptors_win.cpp asks Winsock about this process's handles.

// Every descriptor open in this process (Linux; on Windows every handle).
int openFileDescriptors();

// The sockets among them: what a connection leak leaves behind. Leak checks count these, not
// every descriptor: Qt's host lookup threads hold an eventfd each and close it when they expire
// after 30 s idle, so the total can drop by one in the middle of a test (it did under ASan,
// where a whole suite runs slower).
int openSockets();
