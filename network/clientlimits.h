#pragma once

// How many clients a multi-client TCP server keeps at once (its "Max. clients" control and
// --max-clients). A classroom is 40 students with a few connections each, plus a teacher's
// script; beyond the limit a client is closed at once and the log says why, so memory and file
// descriptors stay bounded whatever a class or a load script does.
namespace ClientLimits {
constexpr int kDefaultMaxClients = 200;
constexpr int kMaxClientsLimit = 10000;
}
