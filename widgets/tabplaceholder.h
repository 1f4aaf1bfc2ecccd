#pragma once

class QTabWidget;
class QWidget;

// A tab whose page is built when first needed: the page takes its placeholder's place, with its
// title and tooltip; the tab on screen stays on screen, and no currentChanged is emitted for the
// swap. The placeholder is deleted later. Returns whether that tab is the one on screen.
bool replaceTabPlaceholder(QTabWidget *tabs, QWidget *placeholder, QWidget *page);
