#pragma once

#include <QString>

namespace hallmark {

// For an id that matches a common SPDX licence id only when case is ignored
// ("apache-2.0"), the correctly cased id; otherwise empty. SPDX ids are
// case-sensitive in CycloneDX's schema.
QString spdxIdWithOtherCase(const QString &id);

} // namespace hallmark
