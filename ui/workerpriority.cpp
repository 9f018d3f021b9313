#include "workerpriority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace hallmark::ui {

void lowerThreadPriority()
{
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
}

} // namespace hallmark::ui
