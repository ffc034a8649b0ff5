#include "store/ProjectVisit.h"

namespace vigia {

namespace {
// Per thread: the window's thread switching meanwhile is still remembered.
thread_local int t_visits = 0;
} // namespace

ProjectVisit::ProjectVisit()
{
    ++t_visits;
}

ProjectVisit::~ProjectVisit()
{
    --t_visits;
}

bool ProjectVisit::active()
{
    return t_visits > 0;
}

} // namespace vigia
