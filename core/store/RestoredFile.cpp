#include "store/RestoredFile.h"

#include <QDir>

#include <utility>

namespace vigia {

RestoredFile::RestoredFile(const QString &path, QString target)
    : m_target(std::move(target))
{
    (void)m_file.open(path, DurableFile::Create::Exclusive);
}

RestoredFile::~RestoredFile() = default;

Error RestoredFile::failed(const QString &target, int errorNumber)
{
    return Error(ErrorCode::Io,
                 tr("Could not write the restored workspace beside %1 (%2). Free "
                    "some space and try again; nothing was restored.")
                     .arg(QDir::toNativeSeparators(target), DurableFile::describe(errorNumber)));
}

Status RestoredFile::opened() const
{
    return m_file.isOpen() ? Status() : failed(m_target, m_file.error());
}

Status RestoredFile::write(QByteArrayView bytes)
{
    return m_file.write(bytes) ? Status() : failed(m_target, m_file.error());
}

Status RestoredFile::close()
{
    return m_file.commit() ? Status() : failed(m_target, m_file.error());
}

} // namespace vigia
