#pragma once

class QLineEdit;

namespace vigia {

// Makes `edit` at least as wide as its placeholder (and its icon actions,
// such as show/hide): where the placeholder is the hint, an example cut in
// half ("Opcional, p. ej. https://hub.ej") hints at nothing. Call it again
// after the placeholder changes language.
void fitPlaceholder(QLineEdit *edit);

} // namespace vigia
