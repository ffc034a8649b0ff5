#pragma once

#include <QDateTimeEdit>

namespace vigia {

// The date (or date-time, or time) input of every Vigia form and filter: a
// QDateTimeEdit that
// - shows DateText's formats (four-digit year) and follows the interface
//   language;
// - leaves on one Tab: its sections are reached with the arrow keys and
//   the separators, so a keyboard user walking a form does not need three
//   Tabs per date;
// - while it shows its special value text (the minimum stands for "no
//   date"), opens the calendar on today's month without choosing a day, and
//   starts from today, not from 1900, on the first Up or Down.
class DateInput : public QDateTimeEdit
{
    Q_OBJECT

public:
    enum class Kind
    {
        Date,
        DateTime,
        Time,
    };

    // A date input, like QDateEdit.
    explicit DateInput(QWidget *parent = nullptr);
    // Date and date-time inputs offer the calendar.
    explicit DateInput(Kind kind, QWidget *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // Shows the special value text: nothing chosen yet.
    [[nodiscard]] bool isUnset() const;
    // Today (and the current minute), for a first step or keystroke.
    void setToNow();

protected:
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent *event) override;
    void stepBy(int steps) override;
    [[nodiscard]] StepEnabled stepEnabled() const override;
    void changeEvent(QEvent *event) override;

private:
    void applyLocaleFormat();

    Kind m_kind;
    // The format applyLocaleFormat() last set; a caller's own format is kept.
    QString m_localeFormat;
};

} // namespace vigia
