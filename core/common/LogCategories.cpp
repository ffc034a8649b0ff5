#include "common/LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "vigia.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOplog, "vigia.oplog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "vigia.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReference, "vigia.reference", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "vigia.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "vigia.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBundle, "vigia.bundle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "vigia.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "vigia.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "vigia.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "vigia.export", QtInfoMsg)
