#include "common/untrustedjson.h"

#include "common/tr.h"

namespace hallmark {

int jsonNesting(const QByteArray &text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

Result<nlohmann::json> parseUntrustedJson(const QByteArray &text, int maxDepth)
{
    if (jsonNesting(text, maxDepth) > maxDepth)
        return fail(HM_TR("Json", "The JSON nests deeper than %1 levels.").arg(maxDepth));
    nlohmann::json json = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (json.is_discarded())
        return fail(HM_TR("Json", "The text is not valid JSON."));
    return json;
}

} // namespace hallmark
