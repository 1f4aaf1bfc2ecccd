#include "tcpfailures.h"

#include "clientsocket.h"

void TcpFailures::addIoError(int error)
{
    ++reset;
    noteFirst(errorName(error));
}

void TcpFailures::noteFirst(const std::string &what)
{
    if (firstError.empty())
        firstError = what;
}

JsonObject TcpFailures::json() const
{
    JsonObject object;
    object.add("total", total())
        .add("connect", connect)
        .add("reset", reset)
        .add("closed", closed)
        .add("timeout", timeout)
        .add("protocol", protocol);
    if (!firstError.empty())
        object.add("first_error", firstError);
    return object;
}
