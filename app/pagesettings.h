#pragma once

#include "model/labmode.h"
#include "network/sessionsettings.h"

// Each page's settings between runs (QSettings, group "pages/<mode>").
ServerSettings courseServerDefaults(LabMode mode);
ClientSettings courseClientDefaults(LabMode mode);
ServerSettings loadServerSettings(LabMode mode);
void saveServerSettings(LabMode mode, const ServerSettings &settings);
ClientSettings loadClientSettings(LabMode mode);
void saveClientSettings(LabMode mode, const ClientSettings &settings);
