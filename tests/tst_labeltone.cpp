// Status labels get their colour and weight through palette and font, not a style sheet: what
// they do not set is still inherited (the zoom's font size, the system palette).
#include "widgets/labeltone.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

class tst_LabelTone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorIsRedAndBold();
    void plainGoesBackToWhatIsInherited();
    void theZoomStillReachesAToneLabel();
};

void tst_LabelTone::errorIsRedAndBold()
{
    QWidget parent;
    auto *label = new QLabel(QStringLiteral("Porta em uso"), &parent);
    setLabelTone(label, LabelTone::Error);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
    QVERIFY(label->font().bold());
    QVERIFY(label->styleSheet().isEmpty());
    setLabelTone(label, LabelTone::Warning);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0xb2, 0x6a, 0x00));
    QVERIFY(!label->font().bold());
}

void tst_LabelTone::plainGoesBackToWhatIsInherited()
{
    QWidget parent;
    QPalette parentPalette = parent.palette();
    parentPalette.setColor(QPalette::WindowText, Qt::darkGreen);
    parent.setPalette(parentPalette);
    auto *label = new QLabel(&parent);
    setLabelTone(label, LabelTone::Notice);
    QVERIFY(label->palette().color(QPalette::WindowText) != QColor(Qt::darkGreen));
    setLabelTone(label, LabelTone::Plain);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::darkGreen));
    QVERIFY(!label->font().bold());
    QVERIFY(!label->testAttribute(Qt::WA_SetPalette));
    QVERIFY(!label->testAttribute(Qt::WA_SetFont));
}

void tst_LabelTone::theZoomStillReachesAToneLabel()
{
    const QFont original = QApplication::font();
    QWidget parent;
    auto *label = new QLabel(QStringLiteral("Servidor parado"), &parent);
    setLabelTone(label, LabelTone::Strong);
    parent.show(); // the application font reaches the widgets that are polished
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QFont zoomed = original;
    zoomed.setPointSizeF(original.pointSizeF() * 1.5);
    QApplication::setFont(zoomed); // what ZoomController does
    QTRY_COMPARE(parent.font().pointSizeF(), zoomed.pointSizeF()); // sent to the window, then down
    QCOMPARE(label->font().pointSizeF(), zoomed.pointSizeF());
    QVERIFY(label->font().bold());
    QApplication::setFont(original);
}

QTEST_MAIN(tst_LabelTone)
#include "tst_labeltone.moc"
