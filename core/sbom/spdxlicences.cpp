#include "sbom/spdxlicences.h"

#include "common/tr.h"

#include <QHash>
#include <QStringList>

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

namespace hallmark {

namespace {

constexpr int kMaxDepth = 64;

bool isIdString(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    return true;
}

// "[DocumentRef-x:]<prefix>y"
bool isRef(QStringView s, QLatin1String prefix)
{
    if (s.startsWith(QLatin1String("DocumentRef-"))) {
        const qsizetype colon = s.indexOf(QLatin1Char(':'));
        if (colon < 0 || !isIdString(s.mid(12, colon - 12)))
            return false;
        s = s.mid(colon + 1);
    }
    return s.startsWith(prefix) && isIdString(s.mid(prefix.size()));
}

bool isLicence(QStringView s)
{
    if (s.contains(QLatin1String("Ref-")))
        return isRef(s, QLatin1String("LicenseRef-"));
    if (s.endsWith(QLatin1Char('+')))
        s.chop(1);
    return isIdString(s);
}

bool isAddition(QStringView s)
{
    return s.contains(QLatin1String("Ref-")) ? isRef(s, QLatin1String("AdditionRef-")) : isIdString(s);
}

class ExpressionParser
{
public:
    explicit ExpressionParser(const QString &text)
    {
        QString word;
        for (const QChar c : text) {
            if (c == QLatin1Char('(') || c == QLatin1Char(')') || c.isSpace()) {
                if (!word.isEmpty())
                    m_tokens << word;
                word.clear();
                if (!c.isSpace())
                    m_tokens << QString(c);
            } else {
                word += c;
            }
        }
        if (!word.isEmpty())
            m_tokens << word;
    }

    QString problem()
    {
        if (m_tokens.isEmpty())
            return HM_TR("Sbom", "The licence expression is empty.");
        if (m_tokens.size() == 1 && (m_tokens[0] == QLatin1String("NONE") || m_tokens[0] == QLatin1String("NOASSERTION")))
            return {};
        if (!compound(0))
            return m_problem;
        if (m_at < m_tokens.size())
            return m_tokens[m_at] == QLatin1String(")")
                ? HM_TR("Sbom", "The licence expression closes a parenthesis it never opened.")
                : HM_TR("Sbom", "The licence expression has \"%1\" where AND, OR or the end was expected.").arg(m_tokens[m_at]);
        return {};
    }

private:
    bool fail(const QString &why)
    {
        m_problem = why;
        return false;
    }
    QString peek() const { return m_at < m_tokens.size() ? m_tokens[m_at] : QString(); }

    bool compound(int depth)
    {
        if (!term(depth))
            return false;
        while (peek() == QLatin1String("AND") || peek() == QLatin1String("OR")) {
            ++m_at;
            if (!term(depth))
                return false;
        }
        if (isLowerOperator(peek()))
            return fail(lowerOperator(peek()));
        return true;
    }

    bool term(int depth)
    {
        const QString t = peek();
        if (t.isEmpty())
            return fail(HM_TR("Sbom", "The licence expression ends where a licence was expected."));
        ++m_at;
        if (t == QLatin1String("(")) {
            if (depth >= kMaxDepth)
                return fail(HM_TR("Sbom", "The licence expression nests parentheses more than %1 deep.").arg(kMaxDepth));
            if (!compound(depth + 1))
                return false;
            if (peek() != QLatin1String(")"))
                return fail(peek().isEmpty() ? HM_TR("Sbom", "The licence expression leaves a parenthesis open.")
                                             : HM_TR("Sbom", "The licence expression has \"%1\" where \")\" was expected.").arg(peek()));
            ++m_at;
            return true;
        }
        if (t == QLatin1String(")") || t == QLatin1String("AND") || t == QLatin1String("OR") || t == QLatin1String("WITH"))
            return fail(HM_TR("Sbom", "The licence expression has \"%1\" where a licence was expected.").arg(t));
        if (isLowerOperator(t))
            return fail(lowerOperator(t));
        if (t == QLatin1String("NONE") || t == QLatin1String("NOASSERTION"))
            return fail(HM_TR("Sbom", "%1 stands only alone, not inside a licence expression.").arg(t));
        if (!isLicence(t))
            return fail(HM_TR("Sbom", "\"%1\" is not a licence id, LicenseRef- or DocumentRef-…:LicenseRef- reference.").arg(t));
        if (peek() == QLatin1String("WITH")) {
            ++m_at;
            const QString addition = peek();
            if (addition.isEmpty() || addition == QLatin1String("(") || addition == QLatin1String(")") || !isAddition(addition))
                return fail(HM_TR("Sbom", "WITH must be followed by an exception id or AdditionRef-, not \"%1\".").arg(addition));
            ++m_at;
        }
        return true;
    }

    static bool isLowerOperator(const QString &t)
    {
        const QString upper = t.toUpper();
        return upper != t && (upper == QLatin1String("AND") || upper == QLatin1String("OR") || upper == QLatin1String("WITH"));
    }
    static QString lowerOperator(const QString &t)
    {
        return HM_TR("Sbom", "The operator \"%1\" must be written %2: licence expression operators are case-sensitive.")
            .arg(t, t.toUpper());
    }

    QStringList m_tokens;
    qsizetype m_at = 0;
    QString m_problem;
};

} // namespace

QString licenceExpressionProblem(const QString &expression)
{
    return ExpressionParser(expression).problem();
}

void checkLicenceExpression(const QString &expression, const QString &owner, const QString &where, QList<SbomFinding> &findings)
{
    const QString problem = licenceExpressionProblem(expression);
    if (problem.isEmpty())
        return;
    const QString shown = expression.size() > 120 ? expression.left(120) + QStringLiteral("…") : expression;
    findings.append(SbomFinding{SbomSeverity::Warning, QStringLiteral("licence.expression"), where,
                                HM_TR("Sbom", "The licence of \"%1\" (\"%2\") is not a valid SPDX licence expression: %3")
                                    .arg(owner, shown, problem)});
}

} // namespace hallmark
