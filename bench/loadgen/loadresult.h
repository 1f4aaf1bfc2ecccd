#pragma once

#include "jsonobject.h"

#include <string>

// What a run hands back to main(): the JSON object for stdout, the summary for stderr, and
// whether everything asked for was done without a failure (the exit status).
struct LoadResult
{
    JsonObject json;
    std::string summary;
    bool complete = false;
};
