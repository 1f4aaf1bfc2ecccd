#include "model/guidedexercises.h"
#include "widgets/helppanel.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

namespace {

QString readResource(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList hrefs(const QString &html)
{
    QStringList links;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        links << it.next().captured(1);
    return links;
}

} // namespace

class tst_HelpPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topics_data();
    void topics();
    void portugueseUsesGlossary();
    void unknownTopicAndLanguage();
    void followsInternalLinksOnly();
    void exercises();
    void clientHelpSaysWhatRowsDo_data();
    void clientHelpSaysWhatRowsDo();
};

void tst_HelpPanel::topics_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("language");
    for (const QString &language : { QStringLiteral("pt_BR"), QStringLiteral("en") }) {
        for (const QString &topic : HelpPanel::topicIds())
            QTest::newRow(qPrintable(language + QLatin1Char('/') + topic)) << topic << language;
    }
}

void tst_HelpPanel::topics()
{
    QFETCH(QString, topic);
    QFETCH(QString, language);
    HelpPanel panel;
    panel.setLanguage(language);
    panel.setTopic(topic);
    const QUrl expected(QStringLiteral("qrc:/help/%1/%2.html").arg(language, topic));
    QCOMPARE(panel.currentPage(), expected);
    QVERIFY(!panel.pageTitle().trimmed().isEmpty());
    QVERIFY(!panel.browser()->toPlainText().trimmed().isEmpty());

    const QString html = readResource(expected);
    QVERIFY(html.count(QLatin1Char('\n')) < 60);
    const QStringList links = hrefs(html);
    QVERIFY(!links.isEmpty());
    for (const QString &link : links) {
        const QUrl target = HelpPanel::resolveLink(expected, QUrl(link));
        QVERIFY2(!target.isEmpty(), qPrintable(link));
        QCOMPARE(target.path().section(QLatin1Char('/'), 2, 2), language); // stays in the language
        if (!target.fragment().isEmpty()) {
            const QString anchor = QStringLiteral("name=\"%1\"").arg(target.fragment());
            QVERIFY2(readResource(target).contains(anchor), qPrintable(link));
        }
        // And the panel follows it.
        HelpPanel follower;
        follower.setLanguage(language);
        follower.setTopic(topic);
        QVERIFY(follower.followLink(QUrl(link)));
        QCOMPARE(follower.currentPage(), target);
        QVERIFY(!follower.pageTitle().isEmpty());
    }
}

void tst_HelpPanel::portugueseUsesGlossary()
{
    QString all;
    for (const QString &topic : HelpPanel::topicIds())
        all += readResource(HelpPanel::pageUrl(topic, QStringLiteral("pt_BR")));
    QVERIFY(all.contains(QStringLiteral("quádrupla")));
    QVERIFY(all.contains(QStringLiteral("porta efêmera")));
    QVERIFY(all.contains(QStringLiteral("fila de conexões pendentes (backlog)")));
}

void tst_HelpPanel::unknownTopicAndLanguage()
{
    HelpPanel panel;
    panel.setLanguage(QStringLiteral("de"));
    QCOMPARE(panel.language(), QStringLiteral("en"));
    panel.setTopic(QStringLiteral("no-such-page"));
    QCOMPARE(panel.topic(), QStringLiteral("concepts"));
    QCOMPARE(panel.currentPage(), QUrl(QStringLiteral("qrc:/help/en/concepts.html")));
    QCOMPARE(panel.pageTitle(), QStringLiteral("Concepts"));
    panel.setLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(panel.currentPage(), QUrl(QStringLiteral("qrc:/help/pt_BR/concepts.html")));
    QCOMPARE(panel.pageTitle(), QStringLiteral("Conceitos"));
}

void tst_HelpPanel::followsInternalLinksOnly()
{
    HelpPanel panel;
    panel.setTopic(QStringLiteral("tcp-simple"));
    const QUrl page = panel.currentPage();
    for (const QString &outside : { QStringLiteral("https://example.com/"), QStringLiteral("file:///etc/passwd"),
                                    QStringLiteral("mailto:a@b.c"), QStringLiteral("missing.html"),
                                    QStringLiteral("../../etc/passwd"), QStringLiteral("qrc:/other/thing.html") }) {
        QVERIFY2(!panel.followLink(QUrl(outside)), qPrintable(outside));
        QCOMPARE(panel.currentPage(), page);
    }
    // A click goes through the same gate.
    Q_EMIT panel.browser()->anchorClicked(QUrl(QStringLiteral("https://example.com/")));
    QCOMPARE(panel.currentPage(), page);
    Q_EMIT panel.browser()->anchorClicked(QUrl(QStringLiteral("concepts.html#ports")));
    QCOMPARE(panel.currentPage(), QUrl(QStringLiteral("qrc:/help/en/concepts.html#ports")));
    // An anchor on the same page.
    QVERIFY(panel.followLink(QUrl(QStringLiteral("#states"))));
    QCOMPARE(panel.currentPage(), QUrl(QStringLiteral("qrc:/help/en/concepts.html#states")));
}

void tst_HelpPanel::exercises()
{
    GuidedExercises model;
    HelpPanel panel;
    panel.setModel(&model);
    QCOMPARE(panel.exercisesView()->model(), &model);
    QVERIFY(panel.exercisesView()->isExpanded(model.index(0, 0)));
    QCOMPARE(panel.progressText(), QStringLiteral("Guided exercises: 0 of 19 steps done"));
    model.addressesShown();
    QCOMPARE(panel.progressText(), QStringLiteral("Guided exercises: 1 of 19 steps done"));
    panel.resize(400, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

void tst_HelpPanel::clientHelpSaysWhatRowsDo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { "answered the SYN with RST", "Connecting (SYN-SENT)", "greyed, until you click <b>Clear closed</b>",
                                         "Reset by the peer (RST)", "Only with <b>Messages: By line</b>" };
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR")
                           << QStringList { "respondeu ao SYN com RST", "Conectando (SYN-SENT)",
                                            "em cinza, até você clicar em <b>Limpar fechadas</b>", "Encerrada com RST" };
}

// Issue 19, item 9: the TCP client's help says what refused means, that attempts are rows to
// cancel, that closed rows stay greyed until cleared, and a RST is not a FIN.
void tst_HelpPanel::clientHelpSaysWhatRowsDo()
{
    QFETCH(QString, language);
    QFETCH(QStringList, phrases);
    const QString page = readResource(HelpPanel::pageUrl(QStringLiteral("tcp-client"), language));
    for (const QString &phrase : std::as_const(phrases))
        QVERIFY2(page.contains(phrase), qPrintable(phrase));
}

QTEST_MAIN(tst_HelpPanel)
#include "tst_helppanel.moc"
