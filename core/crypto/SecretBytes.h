#pragma once

#include <QByteArray>

#include <cstddef>

namespace vigia {

// A fixed-size buffer for key material. The memory comes from sodium_malloc
// (guard pages, locked against swapping where the OS allows) and is wiped
// before it is released. It is move-only so a secret never gets a second,
// forgotten copy, and it deliberately has no conversion to QByteArray, whose
// heap storage is neither locked nor wiped.
class SecretBytes
{
public:
    SecretBytes() = default;
    // Allocates n zero bytes. If the allocation fails (or n is 0) the buffer
    // is empty; callers check isEmpty() before use.
    explicit SecretBytes(std::size_t n);
    ~SecretBytes();

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    // Copies n bytes into a new secret buffer. The caller stays responsible
    // for wiping its own copy of the source.
    [[nodiscard]] static SecretBytes fromBytes(const unsigned char *bytes, std::size_t n);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *constData() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // A non-owning view of the secret (QByteArray::fromRawData, no copy) for
    // APIs that take a QByteArray. Valid only while this buffer lives and is
    // not moved from; anything that modifies the view detaches it into an
    // ordinary, unwiped heap copy, so only pass it where it is read.
    [[nodiscard]] QByteArray rawView() const;

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace vigia
