#pragma once

#include <QCoreApplication>

// Core code is not QObject-based; its user-visible strings use one context per
// module so that lupdate collects them: HM_TR("Source", "text").
#define HM_TR(ctx, text) QCoreApplication::translate("hallmark::" ctx, text)
