#pragma once

#include <QObject>
#include <QTranslator>

// Installs SocketLab's translation and Qt's own for a language, and switches at run time
// (Qt then sends LanguageChange to every widget, which re-words itself).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPortuguese = "pt_BR";
    static constexpr const char *kEnglish = "en";

    explicit LanguageManager(QObject *parent = nullptr);

    // "pt_BR" for any Portuguese system locale, otherwise "en".
    static QString systemLanguage();
    // The language saved by the GUI's menu, or the system's.
    static QString savedOrSystemLanguage();
    static void saveLanguage(const QString &language);

    void setLanguage(const QString &language);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
