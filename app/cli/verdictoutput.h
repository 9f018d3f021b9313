#pragma once

#include "verify/verdict.h"

#include <QByteArray>

namespace hallmark::cli {

void printVerdictText(const Verdict &verdict, const VerificationFacts &facts);
QByteArray verdictJson(const Verdict &verdict, const VerificationFacts &facts);

} // namespace hallmark::cli
