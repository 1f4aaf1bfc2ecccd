// pt_BR must stay 100% translated: runs lupdate over every layer's sources into a copy of the
// committed .ts file and fails on any message that is new (missing), unfinished or vanished.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portugueseIsComplete();
    void placeholdersAreKept();

private:
    static QString sourceDir() { return QStringLiteral(SOCKETLAB_SOURCE_DIR); }
};

void tst_Translations::portugueseIsComplete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("socketlab_pt_BR.ts"));
    QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/socketlab_pt_BR.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir());
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("network"), QStringLiteral("model"), QStringLiteral("widgets"),
                    QStringLiteral("app"), QStringLiteral("-ts"), copy });
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    // Name the first offenders, so the failure says what to translate.
    static const QRegularExpression unfinished(
        QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation type=\"(?:unfinished|vanished|obsolete)\""));
    QStringList offenders;
    for (auto it = unfinished.globalMatch(ts); it.hasNext() && offenders.size() < 20;)
        offenders.append(it.next().captured(1));
    const qsizetype numerusUnfinished = ts.count(QStringLiteral("type=\"unfinished\""));
    QVERIFY2(offenders.isEmpty() && numerusUnfinished == 0,
             qPrintable(QStringLiteral("%1 message(s) missing from or unfinished in translations/socketlab_pt_BR.ts "
                                       "(run the update_translations target and translate them): %2")
                            .arg(numerusUnfinished).arg(offenders.join(QStringLiteral(" | ")))));
}

void tst_Translations::placeholdersAreKept()
{
    QFile file(sourceDir() + QStringLiteral("/translations/socketlab_pt_BR.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    static const QRegularExpression message(QStringLiteral("<message[^>]*>(.*?)</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(QStringLiteral("<translation[^>]*>(.*?)</translation>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("%(?:n|\\d)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.removeDuplicates();
        found.sort();
        return found;
    };
    int checked = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QString body = it.next().captured(1);
        const QString src = source.match(body).captured(1);
        const QString tr = translation.match(body).captured(1);
        QVERIFY2(placeholders(src) == placeholders(tr), qPrintable(QStringLiteral("%1 => %2").arg(src, tr)));
        ++checked;
    }
    QVERIFY(checked > 50);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
