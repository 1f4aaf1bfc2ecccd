#pragma once

// What the kernel says this process holds in RAM, the figure the targets are stated in.
namespace ProcessMemory {

// VmRSS from /proc/self/status, in MiB; 0 where /proc is missing.
double residentMegabytes();
// Hands freed heap back to the kernel (glibc keeps it otherwise), so that a figure taken after
// an earlier benchmark freed its data is not inflated by that benchmark's leftovers.
void returnFreedMemory();

} // namespace ProcessMemory
