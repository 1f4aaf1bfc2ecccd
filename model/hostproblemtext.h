#pragma once

#include "network/addressparsing.h"

#include <QCoreApplication>
#include <QString>

// What to tell a student whose typed host cannot be used (see parseHost()), in their language.
// Empty and ContainsSpaces are worded by each field itself, which knows what it asks for.
class HostProblemText
{
    Q_DECLARE_TR_FUNCTIONS(HostProblemText)
public:
    static QString describe(HostProblem problem);
};
