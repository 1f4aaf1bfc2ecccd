#pragma once

class QLabel;

// How a status label looks: its colour and weight, set through its palette and font (a style
// sheet per label would make Qt build a style-sheet style for each such widget).
enum class LabelTone {
    Plain,   // the palette's text colour, normal weight
    Strong,  // the palette's text colour, bold
    Error,   // red, bold
    Warning, // amber
    Notice   // blue, bold: a burst in progress
};

void setLabelTone(QLabel *label, LabelTone tone);
