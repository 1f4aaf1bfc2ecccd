#pragma once

#include <QCoreApplication>
#include <QString>

// A report's Markdown as an A4 PDF: QTextDocument reads the Markdown (GitHub dialect) and
// QPdfWriter prints it, with the images the Markdown links (relative to imageDir) fitted to the
// page width. Needs a QGuiApplication (fonts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    static bool write(const QString &markdown, const QString &imageDir, const QString &pdfPath, QString *error);
};
