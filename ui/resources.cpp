#include "resources.h"

#include <QtGlobal>

static void initHallmarkResources()
{
    Q_INIT_RESOURCE(hallmark);
}

namespace hallmark::ui {

void initResources()
{
    static const bool done = (initHallmarkResources(), true);
    Q_UNUSED(done);
}

} // namespace hallmark::ui
