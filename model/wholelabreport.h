#pragma once

#include "model/labjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A picture for the report: a page's screenshot or an exercise's ladder, written as a PNG in
// the images folder beside README.md and linked relatively.
struct ReportImage
{
    int exercise = 0; // GuidedExercises::Exercise
    QString caption;
    QString fileName; // "images/ex1-ladder.png": ASCII letters, digits, '-', '/' and '.'
    QImage image;
};

struct WholeLabReportInput
{
    QDateTime when; // the export: every section is taken now
    QStringList addresses;
    const LabJournal *journal = nullptr;
    std::function<QString(LabMode)> pageTitle; // "Servidor TCP simples"; empty: the mode's name
    QList<ReportImage> images;
};

// The lab report for the whole session: one section per course exercise with the evidence the
// journal kept (pages used, tables, log, socket calls, kernel socket states at the moments they
// changed, packets, conversations, ladder, screenshots) and the course's questions with room
// for the answers. Markdown for a GitHub README (peer data escaped as text by LabReport's
// helpers) and the same document as an A4 PDF.
class WholeLabReport
{
    Q_DECLARE_TR_FUNCTIONS(WholeLabReport)
public:
    static constexpr int kReportMessages = 30; // the log's last rows, per page
    static constexpr int kReportCalls = 40;    // the first socket calls, per page
    static constexpr int kReportPackets = 30;  // the first packets, per exercise
    static constexpr int kReportConnections = 50;

    static QString markdown(const WholeLabReportInput &input);
    // The course's questions for an exercise, translated.
    static QStringList questions(GuidedExercises::Exercise exercise);
    // "images/ex3-ladder.png"
    static QString imageFileName(int exercise, const QString &what);

    // Writes dir/README.md, its PNGs in dir/images and (withPdf, which needs a QGuiApplication)
    // dir/report.pdf (ReportPdf). Never overwrites: fails with *error set when README.md, the PDF or
    // one of the pictures exists.
    static bool write(const QString &dir, const WholeLabReportInput &input, bool withPdf, QString *error,
                      QString *markdownPath = nullptr);
};
