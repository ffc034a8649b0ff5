#pragma once

#include "common/Result.h"
#include "forms/XlsFormImport.h"

#include <QObject>

#include <functional>

namespace vigia {

// Reads a form file (FormFile::read) on a worker thread, one wanted at a
// time: a workbook with thousands of choices takes a moment, and the
// interface keeps painting meanwhile. Only the latest read's result is
// delivered, on the interface thread; an abandoned one, or one whose reader
// was destroyed, is dropped unseen. Reading touches no workspace, so nothing
// is stored by a read that nobody waits for.
class FormFileReader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<XlsFormImport> &)>;

    explicit FormFileReader(QObject *parent = nullptr);

    // Replaces any read in progress.
    void read(const QString &path, const QString &attachDir, Done done);
    // Drops the read in progress, if any.
    void abandon();
    [[nodiscard]] bool isReading() const { return m_reading; }

signals:
    void readingChanged(bool reading);

private:
    void setReading(bool reading);

    bool m_reading = false;
    quint64 m_ticket = 0; // the read whose result is still wanted
};

} // namespace vigia
