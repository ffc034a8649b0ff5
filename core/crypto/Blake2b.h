#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace vigia {

// BLAKE2b (libsodium crypto_generichash, unkeyed). Output lengths run from 16
// to 64 bytes; anything else is a programming error and yields an empty
// QByteArray plus a warning rather than a silently shorter digest.
class Blake2b
{
public:
    static constexpr int DefaultLength = 32;

    [[nodiscard]] static QByteArray hash256(QByteArrayView data);
    [[nodiscard]] static QByteArray hash(QByteArrayView data, int outLen);

    // Incremental hashing for inputs that arrive in pieces.
    explicit Blake2b(int outLen = DefaultLength);
    ~Blake2b();
    Blake2b(Blake2b &&other) noexcept;
    Blake2b &operator=(Blake2b &&other) noexcept;
    Blake2b(const Blake2b &) = delete;
    Blake2b &operator=(const Blake2b &) = delete;

    void addData(QByteArrayView data);
    // Finalises on the first call; later calls return the same digest, and
    // data added after that is ignored (with a warning) because BLAKE2b cannot
    // be resumed once finalised.
    [[nodiscard]] QByteArray result();

private:
    void wipe();

    struct State;
    // Heap-held so the 64-byte-aligned libsodium state stays out of this
    // header; core links libsodium privately.
    std::unique_ptr<State> m_state;
    int m_outLen = 0;
    bool m_finished = false;
    QByteArray m_result;
};

} // namespace vigia
