#pragma once

#include <QLabel>

namespace vigia {

// A message saying what went wrong, in the app's error colour, whose room is
// kept while it is hidden: a wrong passphrase is said without the field and
// the buttons jumping under the pointer (or, on the lock screen, the whole
// centred block moving up).
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    // The app's colour for errors (also CodingsPanel's and RecordField's).
    static constexpr const char *kColor = "#b00020";

    // `reservedLines`: the room kept, in lines of text; a longer message
    // still grows the label.
    explicit ErrorLabel(QWidget *parent = nullptr, int reservedLines = 2);

    void showMessage(const QString &text);
    // Hides it and forgets the text, keeping the room.
    void clearMessage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reserve();

    int m_reservedLines;
};

} // namespace vigia
