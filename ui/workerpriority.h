#pragma once

namespace hallmark::ui {

// Lowers the calling worker thread's priority once; threads it starts
// inherit it, so the GUI thread wins the CPU when the machine is busy.
void lowerThreadPriority();

} // namespace hallmark::ui
