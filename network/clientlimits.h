#pragma once

// How many connections each side keeps at once, defined once for the pages, the command line
// and the sessions (whose messages quote them through %1).
namespace ClientLimits {
// A multi-client TCP server ("Max. clients", --max-clients). A classroom is 40 students with a
// few connections each, plus a teacher's script; beyond the limit a client is closed at once
// and the log says why, so memory and file descriptors stay bounded whatever a class does.
constexpr int kDefaultMaxClients = 200;
constexpr int kMaxClientsLimit = 10000;
// The connections one TCP client page opens at once ("Connections", --clients).
constexpr int kMaxClientConnections = 1000;
}
