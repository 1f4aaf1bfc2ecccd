// The paragraph label remembers its height for a width, and forgets it whenever what it
// measured changes: it always answers what QLabel itself would.
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QTest>

class tst_WrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWrappedText();
    void answersAsQLabelDoes();
    void forgetsWhenWhatItMeasuredChanges();
};

namespace {
const QString kParagraph = QStringLiteral(
    "Cada conexão é identificada por uma quádrupla (IP do cliente, porta do cliente, IP do servidor, "
    "porta do servidor). A porta local do servidor é a mesma em todas as conexões.");

// A plain QLabel set up like WrappedLabel, measured the way Qt does it: the reference.
int referenceHeight(const QLabel &label, int width)
{
    QLabel reference(label.text());
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(true);
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setContentsMargins(label.contentsMargins());
    return reference.heightForWidth(width);
}
} // namespace

void tst_WrappedLabel::plainWrappedText()
{
    WrappedLabel label;
    label.setText(kParagraph);
    QVERIFY(label.wordWrap());
    QCOMPARE(label.textFormat(), Qt::PlainText); // a peer's "<b>" is shown as typed
    QVERIFY(label.hasHeightForWidth());
}

void tst_WrappedLabel::answersAsQLabelDoes()
{
    WrappedLabel label;
    label.setText(kParagraph);
    for (int width : { 120, 300, 300, 800, 120 })
        QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));
    QVERIFY(label.heightForWidth(120) > label.heightForWidth(800));
}

void tst_WrappedLabel::forgetsWhenWhatItMeasuredChanges()
{
    WrappedLabel label;
    label.setText(kParagraph);
    const int width = 300;
    const int before = label.heightForWidth(width);

    label.setText(kParagraph + QLatin1Char(' ') + kParagraph);
    QVERIFY(label.heightForWidth(width) > before);
    QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));

    label.setText(kParagraph);
    QCOMPARE(label.heightForWidth(width), before);

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY(label.heightForWidth(width) > before);
    QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));

    label.setFont(QFont());
    const int plain = label.heightForWidth(width);
    label.setMargin(40);
    QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));
    QVERIFY(label.heightForWidth(width) > plain);
    label.setMargin(0);
    label.setIndent(120);
    QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));
    label.setIndent(-1);
    label.setContentsMargins(0, 30, 100, 30);
    QCOMPARE(label.heightForWidth(width), referenceHeight(label, width));
    QVERIFY(label.heightForWidth(width) > plain);
}

QTEST_MAIN(tst_WrappedLabel)
#include "tst_wrappedlabel.moc"
