#pragma once

// Every connection is a file descriptor. Desktops start programs with a soft limit of 1,024,
// below what a server with 1,000 clients and a client page with 1,000 connections need in one
// process; the hard limit (often 512k) is ours to take. Where even that runs out, the sessions
// report "too many open files" and recover (TcpServerSession).
namespace FileDescriptorLimit {
// Raises the soft RLIMIT_NOFILE to the hard one, at most to cap; returns the limit now in force.
long raiseSoftLimit(long cap = 65536);
}
