#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace hallmark {

// An error meant for humans: `message` is translated text, `detail` carries raw
// backend text (OpenSSL, libarchive, errno) for the Diagnostics view.
struct Error {
    QString message;
    QString detail;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{std::move(message), std::move(detail)});
}

// Passes another result's error on: `if (!x) return err(x);`
template <typename T>
std::unexpected<Error> err(const Result<T> &failed)
{
    return std::unexpected(failed.error());
}

} // namespace hallmark
