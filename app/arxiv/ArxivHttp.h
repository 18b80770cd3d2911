#pragma once

#include "arxiv/ArxivConfig.h"
#include "arxiv/FetchError.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy {

// FetchWorker's side of HTTP, on the worker's thread: GETs with the transfer
// timeout and an overall deadline, answers bounded in size while they arrive,
// and the API's rate limit shared by every Paperboy process. Errors come back
// as one line without the query, which the worker names.
class ArxivHttp : public QObject
{
    Q_OBJECT
public:
    // Which size cap an answer gets (ArxivConfig::maxListingBytes, maxApiPageBytes).
    enum class Answer
    {
        Listing,
        ApiPage,
    };
    struct Result
    {
        int status = 0;
        QByteArray body;
        FetchError error = FetchError::None;
        QString errorText;
    };
    using Callback = std::function<void(const Result &)>;

    explicit ArxivHttp(ArxivConfig config, QObject *parent = nullptr);

    void get(const QUrl &url, Answer answer, Callback done);
    // The same, after waiting for the API's next slot (one request every 3 s).
    void getFromApi(const QUrl &url, Callback done);
    // Aborts what is in flight: its callbacks, and those of requests still
    // waiting for their slot, get FetchError::Cancelled.
    void cancel();
    // Drops what is in flight without calling back, and clears a cancel: the
    // fetch they belonged to is over.
    void reset();

private:
    struct Pending
    {
        Callback done;
        Answer answer = Answer::Listing;
        QByteArray body;
        qint64 maxBytes = 0;
        bool tooLarge = false;
        bool deadlineHit = false;
    };
    // Moves what has arrived into the body; false once it passes the cap.
    static bool take(QNetworkReply *reply, Pending &pending);
    void refuse(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    Result resultOf(QNetworkReply *reply, Pending &pending) const;
    int deadlineMs() const;

    ArxivConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QNetworkReply *, Pending> m_pending;
    bool m_cancelled = false;
    int m_generation = 0; // bumped by reset(): a request still waiting for its slot is dropped
};

} // namespace paperboy
