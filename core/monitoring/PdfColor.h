#pragma once

namespace vigia {

// An RGB colour of PdfCanvas, each part from 0 to 1.
struct PdfColor
{
    double r = 0;
    double g = 0;
    double b = 0;
};

} // namespace vigia
