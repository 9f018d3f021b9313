#include "sbom/spdxlicences.h"

#include <QHash>

namespace hallmark {

QString spdxIdWithOtherCase(const QString &id)
{
    static const QHash<QString, QString> byLower = [] {
        const char *ids[] = {
            "0BSD", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "Artistic-2.0",
            "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSL-1.0", "CC-BY-4.0", "CC-BY-3.0",
            "CC-BY-SA-4.0", "CC-BY-SA-3.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0", "CC-BY-ND-4.0",
            "CC0-1.0", "CDDL-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "CDLA-Permissive-1.0", "EPL-1.0",
            "EPL-2.0", "EUPL-1.2", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC",
            "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-2.0",
            "MS-PL", "ODbL-1.0", "ODC-By-1.0", "OFL-1.1", "OpenSSL", "PDDL-1.0", "PostgreSQL", "Python-2.0",
            "Unlicense", "UPL-1.0", "Vim", "WTFPL", "X11", "Zlib", "ZPL-2.1",
            "BigScience-OpenRAIL-M", "CreativeML-OpenRAIL-M", "GPL-2.0", "GPL-3.0",
            "LGPL-2.1", "LGPL-3.0", "AGPL-3.0",
        };
        QHash<QString, QString> out;
        for (const char *i : ids)
            out.insert(QString::fromLatin1(i).toLower(), QString::fromLatin1(i));
        return out;
    }();
    const QString proper = byLower.value(id.toLower());
    return proper.isEmpty() || proper == id ? QString() : proper;
}

} // namespace hallmark
