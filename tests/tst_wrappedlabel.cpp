// The paragraph label shows text as typed (never markup) and wraps it to the room it has.
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QTest>

class tst_WrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWrappedText();
};

namespace {
const QString kParagraph = QStringLiteral(
    "Cada conexão é identificada por uma quádrupla (IP do cliente, porta do cliente, IP do servidor, "
    "porta do servidor). A porta local do servidor é a mesma em todas as conexões.");
} // namespace

void tst_WrappedLabel::plainWrappedText()
{
    WrappedLabel label;
    label.setText(kParagraph);
    QVERIFY(label.wordWrap());
    QCOMPARE(label.textFormat(), Qt::PlainText); // a peer's "<b>" is shown as typed
    QVERIFY(label.hasHeightForWidth());
    QVERIFY(label.heightForWidth(120) > label.heightForWidth(800));
}

QTEST_MAIN(tst_WrappedLabel)
#include "tst_wrappedlabel.moc"
