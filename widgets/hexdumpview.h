#pragma once

#include <QPlainTextEdit>

// A frame's bytes as hex and ASCII, 16 per line (as Wireshark's bytes pane), with one range
// highlighted: the layer or field selected in the details, so encapsulation is visible.
class HexDumpView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kBytesPerLine = 16;

    explicit HexDumpView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    // Highlights [offset, offset + length); length 0 clears the highlight.
    void highlight(int offset, int length);

    // The dump as text (also what the view shows): "0000  48 65 6c ...  Hel..."
    static QString dump(const QByteArray &bytes);

private:
    QByteArray m_bytes;
};
