#pragma once

namespace paperboy {

// The process holds the API key in memory while it scores. A core file
// would copy it to disk (into the working folder, or a system crash store
// readable long after), so Paperboy makes none: called first thing in main().
// A debugger attached to a running process is unaffected.
void disableCoreDumps();

} // namespace paperboy
