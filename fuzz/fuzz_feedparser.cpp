// libFuzzer entry point for parseListingFeed; the checks live in FuzzTargets.cpp.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return paperboy::fuzz::fuzzListingFeed(data, size);
}
