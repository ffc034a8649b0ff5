#pragma once

#include "crypto/SecretBytes.h"

#include <QString>

#include <memory>

class QLineEdit;

namespace vigia {

// Passphrases typed into the app, moved out of Qt's ordinary heap strings
// into SecretBytes (locked, wiped) as early as possible. The one place the
// unlock dialog, the lock screen, the setup wizard and the change-passphrase
// dialog turn a QString into bytes for the core.
//
// What it cannot reach: copies Qt made and freed on its own (each keystroke
// may reallocate the line edit's string, and freed heap is not wiped) and
// the text of the key events themselves. It wipes what it can still find.
class SecretText
{
public:
    // The UTF-8 encoding of `text`, written straight into secret memory (no
    // intermediate QByteArray). Empty for an empty text, or when secret
    // memory cannot be allocated.
    [[nodiscard]] static SecretBytes toUtf8(QStringView text);

    // Leaves `text` empty. When it is the only owner of its buffer, every
    // character of the buffer (its whole allocation, not only the current
    // size) is overwritten first; a buffer shared with other strings is only
    // released, since those may still be in use.
    static void wipe(QString &text);

    // Takes the passphrase out of `field`: empties the field (and its undo
    // history), encodes the text into secret memory and wipes the string it
    // came from, which by then is normally the field's former buffer and
    // owned by nobody else. Shared, because the background job's
    // std::function needs a copyable capture; the last owner wipes it.
    [[nodiscard]] static std::shared_ptr<SecretBytes> take(QLineEdit *field);

    // Empties `field` and wipes its text: for a field whose content is not
    // needed any more.
    static void clear(QLineEdit *field);
};

} // namespace vigia
