#include "model/hostproblemtext.h"

QString HostProblemText::describe(HostProblem problem)
{
    switch (problem) {
    case HostProblem::None:
    case HostProblem::Empty:
    case HostProblem::ContainsSpaces:
        break;
    case HostProblem::IncludesPort:
        return tr("The port goes in its own field: type only the name or the address here, such as 127.0.0.1 or ::1.");
    case HostProblem::NotAnAddress:
        return tr("This is not an IP address: an IPv4 address is four numbers from 0 to 255 separated by dots, such as 192.168.0.12; an IPv6 address looks like ::1.");
    case HostProblem::InvalidName:
        return tr("A host name has only letters, digits, hyphens and dots, such as lab-pc or exemplo.com.br; or type the IP address.");
    case HostProblem::Unspecified:
        return tr("0.0.0.0 and :: mean \"any address\" to a server that listens; to reach this machine, type 127.0.0.1 or ::1.");
    }
    return {};
}
