#include "ui/common/SecretText.h"

#include <QLineEdit>
#include <QStringEncoder>

#include <cstring>

namespace vigia {

SecretBytes SecretText::toUtf8(QStringView text)
{
    if (text.isEmpty())
        return {};
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    // requiredSpace() is the worst case (3 bytes per UTF-16 unit); the exact
    // length is known only after encoding, so encode into a roomy secret
    // buffer and copy into one of the right size. The roomy one is wiped
    // when it goes out of scope.
    SecretBytes roomy(std::size_t(encoder.requiredSpace(text.size())));
    if (roomy.isEmpty())
        return {};
    char *begin = reinterpret_cast<char *>(roomy.data());
    const char *end = encoder.appendToBuffer(begin, text);
    return SecretBytes::fromBytes(roomy.constData(), std::size_t(end - begin));
}

void SecretText::wipe(QString &text)
{
    // Only a buffer this string alone owns: a shared one may be another
    // string's value still in use (or a literal in read-only memory), and
    // data() would only detach and wipe a fresh copy.
    if (text.isEmpty() || !text.isDetached()) {
        text = QString();
        return;
    }
    QString::DataPointer &d = text.data_ptr();
    // The whole allocation: edits leave earlier characters past the end.
    char16_t *chars = d.data() - d.freeSpaceAtBegin();
    const qsizetype units = d.constAllocatedCapacity();
    // volatile, so the stores survive the optimiser although the buffer is
    // released soon after.
    volatile char16_t *p = chars;
    for (qsizetype i = 0; i < units; ++i)
        p[i] = 0;
    // Empty but keeping its (now blank) buffer until the string dies.
    d.size = 0;
}

std::shared_ptr<SecretBytes> SecretText::take(QLineEdit *field)
{
    QString text = field->text();
    // setText(), unlike clear(), also drops the undo history, which keeps
    // the typed characters one by one. Afterwards `text` is, as a rule, the
    // last owner of the field's string.
    field->setText(QString());
    auto secret = std::make_shared<SecretBytes>(toUtf8(text));
    wipe(text);
    return secret;
}

void SecretText::clear(QLineEdit *field)
{
    QString text = field->text();
    field->setText(QString());
    wipe(text);
}

} // namespace vigia
