#include "attest/condition.h"
#include "attest/conditionast.h"

#include "common/tr.h"

#include <QRegularExpression>
#include <QStringList>

#include <charconv>

namespace hallmark::attest {

namespace {

enum class Tok { Ident, Number, String, LParen, RParen, LBracket, RBracket, Dot, Star, Op, And, Or, Not, End };

struct Token {
    Tok kind = Tok::End;
    QString text;   // identifier, string contents, number text or operator
    int pos = 0;    // 1-based column, for messages
};

bool identStart(QChar c) { return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter()); }
bool identPart(QChar c) { return identStart(c) || c == QLatin1Char('-') || (c.unicode() < 128 && c.isDigit()); }

Result<QList<Token>> tokenize(const QString &s)
{
    static const QRegularExpression number(
        QStringLiteral("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?"));
    QList<Token> out;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i + 1;
        const QStringView two = QStringView(s).mid(i, 2);
        if (two == u"==" || two == u"!=" || two == u"<=" || two == u">=") {
            t.kind = Tok::Op;
            t.text = two.toString();
            i += 2;
        } else if (two == u"&&") {
            t.kind = Tok::And;
            i += 2;
        } else if (two == u"||") {
            t.kind = Tok::Or;
            i += 2;
        } else if (c == QLatin1Char('<') || c == QLatin1Char('>')) {
            t.kind = Tok::Op;
            t.text = c;
            ++i;
        } else if (c == QLatin1Char('!')) {
            t.kind = Tok::Not;
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[') || c == QLatin1Char(']')
                   || c == QLatin1Char('.') || c == QLatin1Char('*')) {
            t.kind = c == QLatin1Char('(') ? Tok::LParen
                : c == QLatin1Char(')')    ? Tok::RParen
                : c == QLatin1Char('[')    ? Tok::LBracket
                : c == QLatin1Char(']')    ? Tok::RBracket
                : c == QLatin1Char('.')    ? Tok::Dot
                                           : Tok::Star;
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            t.kind = Tok::String;
            int j = i + 1;
            bool closed = false;
            while (j < s.size()) {
                if (s[j] == QLatin1Char('\\') && j + 1 < s.size()) {
                    t.text += s[j + 1];
                    j += 2;
                } else if (s[j] == c) {
                    closed = true;
                    ++j;
                    break;
                } else {
                    t.text += s[j++];
                }
            }
            if (!closed)
                return fail(HM_TR("Attest", "The string starting at position %1 is not closed.").arg(t.pos));
            i = j;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            const auto m = number.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return fail(HM_TR("Attest", "\"%1\" at position %2 is not a number.").arg(c).arg(t.pos));
            int end = i + int(m.capturedLength());
            if (end < s.size() && (identPart(s[end]) || s[end] == QLatin1Char('.')))
                return fail(HM_TR("Attest", "\"%1\" at position %2 is not a number (write numbers as in JSON: 0.85, 1e-3).")
                                .arg(s.mid(i, end - i + 1)).arg(t.pos));
            t.kind = Tok::Number;
            t.text = m.captured(0);
            i = end;
        } else if (identStart(c)) {
            int j = i;
            while (j < s.size() && identPart(s[j]))
                ++j;
            t.text = s.mid(i, j - i);
            t.kind = t.text == QLatin1String("and") ? Tok::And
                : t.text == QLatin1String("or")     ? Tok::Or
                : t.text == QLatin1String("not")    ? Tok::Not
                                                    : Tok::Ident;
            i = j;
        } else {
            return fail(HM_TR("Attest", "Unexpected character \"%1\" at position %2.").arg(c).arg(t.pos));
        }
        out << t;
    }
    Token end;
    end.pos = int(s.size()) + 1;
    out << end;
    return out;
}

class Parser
{
public:
    Parser(const QString &source, QList<Token> tokens) : m_source(source), m_tokens(std::move(tokens)) {}

    Result<std::shared_ptr<const ConditionNode>> parseAll()
    {
        auto node = parseOr();
        if (!node)
            return node;
        if (peek().kind != Tok::End)
            return unexpected(HM_TR("Attest", "the end of the condition"));
        return node;
    }

private:
    using NodeResult = Result<std::shared_ptr<const ConditionNode>>;

    const Token &peek(int ahead = 0) const { return m_tokens[qMin(m_pos + ahead, int(m_tokens.size()) - 1)]; }
    const Token &next() { return m_tokens[qMin(m_pos++, int(m_tokens.size()) - 1)]; }
    bool accept(Tok kind)
    {
        if (peek().kind != kind)
            return false;
        ++m_pos;
        return true;
    }

    std::unexpected<Error> unexpected(const QString &expected) const
    {
        const Token &t = peek();
        const QString found = t.kind == Tok::End ? HM_TR("Attest", "the end") : QStringLiteral("\"%1\"").arg(describe(t));
        return fail(HM_TR("Attest", "Expected %1 at position %2, found %3.").arg(expected).arg(t.pos).arg(found));
    }

    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case Tok::LParen: return QStringLiteral("(");
        case Tok::RParen: return QStringLiteral(")");
        case Tok::LBracket: return QStringLiteral("[");
        case Tok::RBracket: return QStringLiteral("]");
        case Tok::Dot: return QStringLiteral(".");
        case Tok::Star: return QStringLiteral("*");
        case Tok::And: return QStringLiteral("&&");
        case Tok::Or: return QStringLiteral("||");
        case Tok::Not: return QStringLiteral("!");
        default: return t.text;
        }
    }

    QString sourceFrom(int startTokenIndex) const
    {
        const int from = m_tokens[startTokenIndex].pos - 1;
        const int to = m_pos < m_tokens.size() ? m_tokens[m_pos].pos - 1 : int(m_source.size());
        return m_source.mid(from, to - from).trimmed();
    }

    NodeResult parseBinary(Tok opKind, ConditionNode::Kind kind, NodeResult (Parser::*sub)())
    {
        const int start = m_pos;
        auto first = (this->*sub)();
        if (!first || peek().kind != opKind)
            return first;
        auto node = std::make_shared<ConditionNode>();
        node->kind = kind;
        node->children.push_back(*first);
        while (accept(opKind)) {
            auto more = (this->*sub)();
            if (!more)
                return more;
            node->children.push_back(*more);
        }
        node->text = sourceFrom(start);
        return std::shared_ptr<const ConditionNode>(node);
    }

    NodeResult parseOr() { return parseBinary(Tok::Or, ConditionNode::Kind::Or, &Parser::parseAnd); }
    NodeResult parseAnd() { return parseBinary(Tok::And, ConditionNode::Kind::And, &Parser::parseNot); }

    NodeResult parseNot()
    {
        const int start = m_pos;
        if (!accept(Tok::Not))
            return parsePrimary();
        auto inner = parseNot();
        if (!inner)
            return inner;
        auto node = std::make_shared<ConditionNode>();
        node->kind = ConditionNode::Kind::Not;
        node->children.push_back(*inner);
        node->text = sourceFrom(start);
        return std::shared_ptr<const ConditionNode>(node);
    }

    NodeResult parsePrimary()
    {
        const int start = m_pos;
        if (accept(Tok::LParen)) {
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (!accept(Tok::RParen))
                return unexpected(QStringLiteral("\")\""));
            return inner;
        }
        if (peek().kind == Tok::Ident && peek().text == QLatin1String("exists") && peek(1).kind == Tok::LParen) {
            m_pos += 2;
            auto path = parsePath();
            if (!path)
                return std::unexpected(path.error());
            if (!accept(Tok::RParen))
                return unexpected(QStringLiteral("\")\""));
            auto node = std::make_shared<ConditionNode>();
            node->kind = ConditionNode::Kind::Exists;
            node->path = *path;
            node->text = sourceFrom(start);
            return std::shared_ptr<const ConditionNode>(node);
        }
        auto lhs = parseOperand();
        if (!lhs)
            return std::unexpected(lhs.error());
        if (peek().kind != Tok::Op)
            return unexpected(HM_TR("Attest", "a comparison (==, !=, <, <=, >, >=)"));
        const QString op = next().text;
        auto rhs = parseOperand();
        if (!rhs)
            return std::unexpected(rhs.error());
        auto node = std::make_shared<ConditionNode>();
        node->kind = ConditionNode::Kind::Compare;
        node->lhs = *lhs;
        node->rhs = *rhs;
        node->op = op == QLatin1String("==") ? CompareOp::Eq
            : op == QLatin1String("!=")      ? CompareOp::Ne
            : op == QLatin1String("<")       ? CompareOp::Lt
            : op == QLatin1String("<=")      ? CompareOp::Le
            : op == QLatin1String(">")       ? CompareOp::Gt
                                             : CompareOp::Ge;
        node->text = sourceFrom(start);
        return std::shared_ptr<const ConditionNode>(node);
    }

    Result<Operand> parseOperand()
    {
        Operand o;
        const Token &t = peek();
        if (t.kind == Tok::Number) {
            next();
            const auto d = parseJsonNumber(t.text);
            o.literal = *d;
            return o;
        }
        if (t.kind == Tok::String) {
            next();
            o.literal = t.text.toStdString();
            return o;
        }
        if (t.kind == Tok::Ident && peek(1).kind != Tok::Dot && peek(1).kind != Tok::LBracket) {
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false") || t.text == QLatin1String("null")) {
                next();
                o.literal = t.text == QLatin1String("null") ? nlohmann::json() : nlohmann::json(t.text == QLatin1String("true"));
                return o;
            }
            if ((t.text == QLatin1String("all") || t.text == QLatin1String("any")) && peek(1).kind == Tok::LParen) {
                o.kind = t.text == QLatin1String("all") ? Operand::Kind::All : Operand::Kind::Any;
                m_pos += 2;
                auto path = parsePath();
                if (!path)
                    return std::unexpected(path.error());
                if (!accept(Tok::RParen))
                    return unexpected(QStringLiteral("\")\""));
                o.path = *path;
                return o;
            }
        }
        if (t.kind != Tok::Ident)
            return unexpected(HM_TR("Attest", "a path, a number, a string, true, false or null"));
        auto path = parsePath();
        if (!path)
            return std::unexpected(path.error());
        o.kind = Operand::Kind::Path;
        o.path = *path;
        return o;
    }

    Result<PathExpr> parsePath()
    {
        const int start = m_pos;
        PathExpr path;
        if (peek().kind != Tok::Ident)
            return unexpected(HM_TR("Attest", "a path such as predicate.eval.accuracy"));
        static const QStringList roots{QStringLiteral("_type"), QStringLiteral("subject"), QStringLiteral("predicateType"),
                                       QStringLiteral("predicate")};
        if (!roots.contains(peek().text))
            return fail(HM_TR("Attest", "\"%1\" at position %2 is not a statement field; paths start at predicate, "
                                        "predicateType, subject or _type.").arg(peek().text).arg(peek().pos));
        path.steps.push_back({PathStep::Kind::Key, next().text.toStdString(), 0, {}});
        for (;;) {
            if (accept(Tok::Dot)) {
                if (peek().kind != Tok::Ident)
                    return unexpected(HM_TR("Attest", "a field name after \".\""));
                path.steps.push_back({PathStep::Kind::Key, next().text.toStdString(), 0, {}});
            } else if (accept(Tok::LBracket)) {
                PathStep step;
                if (accept(Tok::Star)) {
                    step.kind = PathStep::Kind::Wildcard;
                } else if (peek().kind == Tok::Number) {
                    const Token &n = next();
                    bool ok = false;
                    step.index = n.text.toLongLong(&ok);
                    if (!ok || step.index < 0)
                        return fail(HM_TR("Attest", "\"%1\" at position %2 is not an array index.").arg(n.text).arg(n.pos));
                    step.kind = PathStep::Kind::Index;
                } else if (peek().kind == Tok::String) {
                    step.key = next().text.toStdString();
                } else if (peek().kind == Tok::Ident && peek(1).kind == Tok::Op && peek(1).text == QLatin1String("==")
                           && peek(2).kind == Tok::String) {
                    step.kind = PathStep::Kind::Filter;
                    step.key = next().text.toStdString();
                    next();
                    step.filterValue = next().text.toStdString();
                } else {
                    return unexpected(HM_TR("Attest", "an index, *, a quoted key or a filter such as [name == \"x\"]"));
                }
                if (!accept(Tok::RBracket))
                    return unexpected(QStringLiteral("\"]\""));
                path.steps.push_back(step);
            } else {
                break;
            }
        }
        path.text = sourceFrom(start);
        return path;
    }

    QString m_source;
    QList<Token> m_tokens;
    int m_pos = 0;
};

} // namespace

QString opText(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq: return QStringLiteral("==");
    case CompareOp::Ne: return QStringLiteral("!=");
    case CompareOp::Lt: return QStringLiteral("<");
    case CompareOp::Le: return QStringLiteral("<=");
    case CompareOp::Gt: return QStringLiteral(">");
    case CompareOp::Ge: return QStringLiteral(">=");
    }
    return {};
}

std::optional<double> parseJsonNumber(const QString &text)
{
    static const QRegularExpression strict(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    if (!strict.match(text).hasMatch())
        return std::nullopt;
    const QByteArray bytes = text.toLatin1();
    double value = 0;
    const auto [end, ec] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (ec != std::errc() || end != bytes.constData() + bytes.size())
        return std::nullopt;  // out of range too: not a finite number
    return value;
}

Result<Condition> Condition::parse(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return fail(HM_TR("Attest", "The condition is empty."));
    auto tokens = tokenize(expression);
    if (!tokens)
        return std::unexpected(tokens.error());
    Parser parser(expression, *tokens);
    auto root = parser.parseAll();
    if (!root)
        return std::unexpected(root.error());
    Condition c;
    c.m_expression = expression;
    c.m_root = *root;
    return c;
}

} // namespace hallmark::attest
