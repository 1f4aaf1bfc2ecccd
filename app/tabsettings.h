#pragma once

#include <QString>

class QTabWidget;

// The tab the student had open opens again next time: restored from QSettings under key now,
// and saved there whenever it changes.
void rememberCurrentTab(QTabWidget *tabs, const QString &key);
