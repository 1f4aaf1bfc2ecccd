#include "model/reportpdf.h"

#include <QDir>
#include <QFont>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace {

constexpr qreal kPointSize = 8;

// Loads every image the document links from imageDir and narrows the wide ones to maxWidth
// (document units), keeping their proportions: a 1366-pixel screenshot fits an A4 page.
void fitImages(QTextDocument &document, const QString &imageDir, qreal maxWidth)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image(QDir(imageDir).filePath(format.name()));
            if (image.isNull())
                continue;
            document.addResource(QTextDocument::ImageResource, QUrl(format.name()), image);
            const qreal width = qMin<qreal>(image.width(), maxWidth);
            format.setWidth(width);
            format.setHeight(image.height() * width / image.width());
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

// Code blocks (the packet list) wrap instead of running off the page: Markdown marks them
// non-breakable, which suits a screen that scrolls and not paper.
void wrapCodeBlocks(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.nonBreakableLines())
            continue;
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

} // namespace

bool ReportPdf::write(const QString &markdown, const QString &imageDir, const QString &pdfPath, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("The PDF needs the window (fonts): only README.md was written.");
        return false;
    }
    QPdfWriter writer(pdfPath);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("SocketLab"));
    writer.setTitle(tr("Sockets lab report"));
    QTextDocument document;
    // Smaller than the screen's: the wide tables (eleven columns of connections) fit A4.
    QFont font = document.defaultFont();
    font.setPointSizeF(kPointSize);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    wrapCodeBlocks(document);
    // QTextDocument::print() lays the text out at the screen's resolution: the printable width
    // in those units is what an image may take.
    const qreal dpi = 96.0;
    const QRectF paintRect = writer.pageLayout().paintRect(QPageLayout::Inch);
    fitImages(document, imageDir, paintRect.width() * dpi * 0.95);
    document.print(&writer);
    if (QFileInfo(pdfPath).size() <= 0) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(pdfPath));
        return false;
    }
    return true;
}
