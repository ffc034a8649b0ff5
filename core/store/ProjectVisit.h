#pragma once

namespace vigia {

// While one lives, the Workspace::switchProjectStore calls made on its thread
// are not remembered as the project to open next time (projects/last in the
// workspace settings): for code that only visits the other projects' stores
// (a routed import, the sync agent's pass per project) while the window, on
// another thread, keeps its own choice. They nest.
class ProjectVisit
{
public:
    ProjectVisit();
    ~ProjectVisit();
    ProjectVisit(const ProjectVisit &) = delete;
    ProjectVisit &operator=(const ProjectVisit &) = delete;

    [[nodiscard]] static bool active();
};

} // namespace vigia
