#pragma once

#include <QString>

class QProcess;

// Where Wireshark's dumpcap is: dumpcapprogram_posix.cpp (on PATH) or dumpcapprogram_win.cpp
// (Wireshark's installation folder, from the registry or Program Files). Empty: not installed.
QString dumpcapProgram();

// Asks a running dumpcap to stop so that it writes what it holds (SIGTERM); where a console
// program cannot be asked (Windows), it is ended.
void stopDumpcap(QProcess *process);
