#pragma once

namespace hallmark::ui {

// Registers the icons compiled into this static library. Safe to call twice.
void initResources();

} // namespace hallmark::ui
