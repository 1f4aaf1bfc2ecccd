#pragma once

#include <QUrl>
#include <QWidget>

class GuidedExercises;
class QLabel;
class QTextBrowser;
class QTreeView;

// The help dock: our own help page for the current topic (trusted HTML from the resources under
// :/help/<language>/, never peer data) above the guided exercises' checklist and its progress.
// Links between help pages open in the browser; every other link opens nothing.
class HelpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HelpPanel(QWidget *parent = nullptr);

    // "tcp-simple", "tcp-multi", "udp-server", "tcp-client", "udp-client", "another-machine",
    // and "concepts" (the index page).
    static QStringList topicIds();
    // The page of a topic in a language ("pt_BR" or "en"); English if that language lacks it.
    static QUrl pageUrl(const QString &topicId, const QString &language);
    // Where a link on page `from` leads, or an empty URL if it leaves our help pages.
    static QUrl resolveLink(const QUrl &from, const QUrl &href);

    void setModel(GuidedExercises *model);
    void setTopic(const QString &topicId);     // an unknown topic shows "concepts"
    void setLanguage(const QString &language); // "pt_BR" or "en"; anything else is "en"
    QString topic() const { return m_topic; }
    QString language() const { return m_language; }
    QUrl currentPage() const;
    QString pageTitle() const;
    QTextBrowser *browser() const { return m_browser; }
    QTreeView *exercisesView() const { return m_exercisesView; }
    QString progressText() const;

    // What a click on a link does; false (and nothing happens) for links outside the help.
    bool followLink(const QUrl &href);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadPage();
    void updateProgress();
    void retranslate();

    QTextBrowser *m_browser;
    QTreeView *m_exercisesView;
    QLabel *m_progressLabel;
    GuidedExercises *m_model = nullptr;
    QString m_topic = QStringLiteral("concepts");
    QString m_language = QStringLiteral("en");
};
