#pragma once

// 1,000 client sockets plus epoll and stdio come close to the usual soft limit of 1,024 open
// files: raise the soft limit to the hard one. Returns the limit now in force.
long raiseDescriptorLimit();
