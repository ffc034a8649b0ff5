// libFuzzer target: the bundle reader must turn any bytes into an error or
// into ops without crashing, reading out of bounds or allocating without
// bound. The seeds are the test vectors (tests/data/bundle), readable with
// the fixed test keys, so mutations reach the chunk, FINAL,
// decompression and op checks too, not only the header parser. The keys are
// the bundle tests' fixed keys (BundleTestKit.h, docs/bundle-format.md).
#include "bundle/BundleReader.h"
#include "BundleTestKit.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto reader = vigia::BundleReader::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!reader)
        return 0;
    (void)reader.value().bundleId();
    (void)reader.value().verifySignature(vigia::bundletest::senderKeys().signPublicKey);
    // Decrypt even when the signature fails: the decryption path must be
    // robust on its own, whatever the importer checks first.
    auto ops = reader.value().decrypt(vigia::bundletest::coordinatorKeys());
    (void)ops;
    return 0;
}
