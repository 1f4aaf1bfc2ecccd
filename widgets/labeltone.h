#pragma once

class QLabel;

// How a status label looks: its colour and weight, set through its palette and font. A style
// sheet per label did the same, but makes Qt build a style-sheet style for each such widget:
// about a millisecond of the first page before the first frame (issue 7's startup target).
enum class LabelTone {
    Plain,   // the palette's text colour, normal weight
    Strong,  // the palette's text colour, bold
    Error,   // red, bold
    Warning, // amber
    Notice   // blue, bold: a burst in progress
};

void setLabelTone(QLabel *label, LabelTone tone);
