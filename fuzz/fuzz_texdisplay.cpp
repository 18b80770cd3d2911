// libFuzzer entry point for toDisplayText/toDisplayHtml; the checks live in FuzzTargets.cpp.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return paperboy::fuzz::fuzzTexDisplay(data, size);
}
