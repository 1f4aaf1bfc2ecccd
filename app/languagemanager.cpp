#include "app/languagemanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().name().startsWith(QLatin1String("pt")) ? QString::fromLatin1(kPortuguese)
                                                                      : QString::fromLatin1(kEnglish);
}

QString LanguageManager::savedOrSystemLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (saved == QLatin1String(kPortuguese) || saved == QLatin1String(kEnglish))
        return saved;
    return systemLanguage();
}

void LanguageManager::saveLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

void LanguageManager::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_language = language;
    // The translations are compiled in (qt_add_translations, prefix /i18n).
    if (m_appTranslator.load(QStringLiteral(":/i18n/socketlab_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (language != QLatin1String(kEnglish)
        && m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(language));
    // A widget's locale is fixed when it is made: without this, spin boxes would go on writing
    // "10,000" in Portuguese (and reading typed numbers the English way) until a restart.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        for (QWidget *window : QApplication::topLevelWidgets())
            window->setLocale(QLocale());
    }
    Q_EMIT languageChanged(language);
}
