#pragma once

#include <thread>

namespace paperboy {

// Runs work(half, begin, end) over [0, n) as two fixed halves (half 0 and 1), the second on its
// own thread when the machine has a second core. The split never depends on
// the machine, so neither do the results: each half writes only its own part.
template<typename Work> void inTwoHalves(int n, Work &&work)
{
    const int middle = n / 2;
    if (n < 64 || std::thread::hardware_concurrency() < 2) {
        work(0, 0, middle);
        work(1, middle, n);
        return;
    }
    std::thread second([&] { work(1, middle, n); });
    work(0, 0, middle);
    second.join();
}

} // namespace paperboy
