#pragma once

#include "common/result.h"
#include "source/listing.h"
#include "source/sourceoptions.h"

namespace hallmark {

// Which paths are left out of the model, and why. Matching is by whole
// path components: ".git" covers ".git/config" but not "sub/.git".
class IgnoreRules
{
public:
    struct Rule {
        QString path;
        IgnoreOrigin origin;
    };

    // `root` is the model's absolute path; it turns an absolute ignore path or
    // signature file into a model-relative rule. Bad entries are errors.
    static Result<IgnoreRules> make(const SourceOptions &options, const QString &root);

    // Parses one user ignore entry: model-relative, or absolute inside `root`.
    static Result<QString> normalise(const QString &entry, const QString &root);

    const Rule *match(const QString &path) const;
    const QList<Rule> &rules() const { return m_rules; }
    void add(const QString &path, IgnoreOrigin origin) { m_rules.append({path, origin}); }

private:
    QList<Rule> m_rules;
};

QString describe(IgnoreOrigin origin);

} // namespace hallmark
