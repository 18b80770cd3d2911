// libFuzzer entry point for the Markdown and JSON digest, `list --format json`
// and the terminal table; the checks live in FuzzTargets.cpp.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return paperboy::fuzz::fuzzExportFormats(data, size);
}
