#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArrayView>

#include <memory>

namespace vigia {

// The key of a further project's store in a workspace (docs/store.md,
// "Several projects"). Derived from the workspace's store key and the project
// id, so the keystore needs no new entry, and each store has its own key:
// the page format binds a page only to its kind and number, so two stores
// under one key would accept each other's pages.
class ProjectStoreKey
{
public:
    static constexpr int kKeyBytes = 32;

    // nullptr when storeKey is not a store key or memory is short.
    [[nodiscard]] static std::shared_ptr<const SecretBytes> derive(const SecretBytes &storeKey,
                                                                   QByteArrayView projectId);
};

} // namespace vigia
