#pragma once

namespace paperboy {

// Why a fetch failed. Here, not with the fetch job's request and outcome,
// because the arXiv HTTP layer sorts its own failures into these kinds.
enum class FetchError
{
    None,
    Network,  // no connection, DNS, TLS
    Timeout,  // no answer within the transfer timeout
    Http,     // an HTTP error status
    Format,   // the body is not a usable feed (HTML, truncated, not XML)
    Rejected, // arXiv's own error channel: unknown category, bad id
    Storage,  // the cache could not be written
    Cancelled,
};

} // namespace paperboy
