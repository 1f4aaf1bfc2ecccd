#pragma once

class QLabel;
class QTableView;
class QWidget;

// The body of a panel that explains itself: a paragraph above, a table of rows below (the calls
// and the kernel states panels). Both build it on first show.
namespace ExplainedTable {
// Columns fit their contents while the table is short; past that, fitting would read every row
// at each change.
constexpr int kFitColumnsUpToRows = 40;

// A new table of whole-row selection and one-line rows under explanation, both laid out to fill
// panel (which has no layout yet).
QTableView *create(QWidget *panel, QLabel *explanation);
}
