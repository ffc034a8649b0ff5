#include "ui/forms/FormFileReader.h"

#include "forms/FormFile.h"
#include "ui/common/BackgroundJob.h"

#include <memory>

namespace vigia {

FormFileReader::FormFileReader(QObject *parent)
    : QObject(parent)
{}

void FormFileReader::read(const QString &path, const QString &attachDir, Done done)
{
    const quint64 ticket = ++m_ticket;
    setReading(true);
    // The worker writes only this, which the done step reads after the
    // thread has finished.
    auto result = std::make_shared<Result<XlsFormImport>>(Error(ErrorCode::Failure, QString()));
    BackgroundJob::run(
        this, [result, path, attachDir] { *result = FormFile::read(path, attachDir); },
        [this, ticket, result, done = std::move(done)] {
            if (ticket != m_ticket)
                return;
            setReading(false);
            done(*result);
        });
}

void FormFileReader::abandon()
{
    ++m_ticket;
    setReading(false);
}

void FormFileReader::setReading(bool reading)
{
    if (m_reading == reading)
        return;
    m_reading = reading;
    emit readingChanged(reading);
}

} // namespace vigia
