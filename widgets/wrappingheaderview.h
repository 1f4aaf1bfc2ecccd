#pragma once

#include <QHeaderView>

class QTableView;

// A horizontal header whose titles may take two lines ("Mensagens" over "recebidas"), so that a
// column is as wide as its contents or its longest word, not its whole title: the connection
// table's eleven columns then fit a lab PC's screen.
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // Installs one on the view, keeping the old header's settings that matter here.
    static void install(QTableView *view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};
