<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>paperboy::BibtexAppend</name>
    <message numerus="yes">
        <source>Nothing to append: %n paper(s) already in %1, none new; the file was not changed.</source>
        <translation>
            <numerusform>Nothing to append: %n paper already in %1, none new; the file was not changed.</numerusform>
            <numerusform>Nothing to append: %n papers already in %1, none new; the file was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1.</source>
        <translation>
            <numerusform>%n paper appended to %1.</numerusform>
            <numerusform>%n papers appended to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1; %2 already there.</source>
        <translation>
            <numerusform>%n paper appended to %1; %2 already there.</numerusform>
            <numerusform>%n papers appended to %1; %2 already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ChartsDialog</name>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>The last %n day</numerusform>
            <numerusform>The last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n paper(s)</source>
        <translation>
            <numerusform>%1 %2: %n paper</numerusform>
            <numerusform>%1 %2: %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform> (%n unscored)</numerusform>
            <numerusform> (%n unscored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: %n paper</numerusform>
            <numerusform>%1: %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n relevant of %2 scored</source>
        <translation>
            <numerusform>%1: %n relevant of %2 scored</numerusform>
            <numerusform>%1: %n relevant of %2 scored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::CostEstimate</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <comment>Estimate: ... in 3 requests to gpt-5</comment>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n paper(s) in %1 to %2</source>
        <translation>
            <numerusform>Estimate: %n paper in %1 to %2</numerusform>
            <numerusform>Estimate: %n papers in %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, as the last %n run(s) of this model spent per paper</source>
        <translation>
            <numerusform>, as the last %n run of this model spent per paper</numerusform>
            <numerusform>, as the last %n runs of this model spent per paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::CriteriaDialog</name>
    <message numerus="yes">
        <source>the %Ln paper(s)</source>
        <translation>
            <numerusform>the %Ln paper</numerusform>
            <numerusform>the %Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completion and reasoning as the model's last %n run(s) spent per paper.</source>
        <translation>
            <numerusform>Completion and reasoning as the model's last %n run spent per paper.</numerusform>
            <numerusform>Completion and reasoning as the model's last %n runs spent per paper.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::EmptyViewNotice</name>
    <message numerus="yes">
        <source>%n paper(s) marked Not Interested are left out; Show Hidden Papers shows them.</source>
        <translation>
            <numerusform>%n paper marked Not Interested are left out; Show Hidden Papers shows them.</numerusform>
            <numerusform>%n papers marked Not Interested are left out; Show Hidden Papers shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::FetchWorker</name>
    <message numerus="yes">
        <source>Stored %n paper(s) for %1 (%2 announced; %3 new to the cache, %4 updated).</source>
        <translation>
            <numerusform>Stored %n paper for %1 (%2 announced; %3 new to the cache, %4 updated).</numerusform>
            <numerusform>Stored %n papers for %1 (%2 announced; %3 new to the cache, %4 updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %n paper(s)</source>
        <translation>
            <numerusform>Fetched %1 of %n paper</numerusform>
            <numerusform>Fetched %1 of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking the arXiv API for %n paper(s)</source>
        <translation>
            <numerusform>Asking the arXiv API for %n paper</numerusform>
            <numerusform>Asking the arXiv API for %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n paper(s) (%1 new to the cache, %2 updated).</source>
        <translation>
            <numerusform>Stored %n paper (%1 new to the cache, %2 updated).</numerusform>
            <numerusform>Stored %n papers (%1 new to the cache, %2 updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing %n paper(s)</source>
        <translation>
            <numerusform>Storing %n paper</numerusform>
            <numerusform>Storing %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unusable item(s): %1.</source>
        <translation>
            <numerusform>Skipped %n unusable item: %1.</numerusform>
            <numerusform>Skipped %n unusable items: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed for %1 lists %n paper(s), the cache holds %2 for that day; kept all %2 and updated %3 from the feed (%4 new to the cache).</source>
        <translation>
            <numerusform>The feed for %1 lists %n paper, the cache holds %2 for that day; kept all %2 and updated %3 from the feed (%4 new to the cache).</numerusform>
            <numerusform>The feed for %1 lists %n papers, the cache holds %2 for that day; kept all %2 and updated %3 from the feed (%4 new to the cache).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::LibraryImport</name>
    <message numerus="yes">
        <source>Fetching %n paper(s) of %1 from arXiv</source>
        <translation>
            <numerusform>Fetching %n paper of %1 from arXiv</numerusform>
            <numerusform>Fetching %n papers of %1 from arXiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n arXiv paper(s) of %1</source>
        <translation>
            <numerusform>Starred %n arXiv paper of %1</numerusform>
            <numerusform>Starred %n arXiv papers of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::MainWindow</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) hidden as not interesting; the offline scorer learns from it.</source>
        <translation>
            <numerusform>%n paper hidden as not interesting; the offline scorer learns from it.</numerusform>
            <numerusform>%n papers hidden as not interesting; the offline scorer learns from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) stored (%2 announced in your categories).</source>
        <translation>
            <numerusform>%1: %n paper stored (%2 announced in your categories).</numerusform>
            <numerusform>%1: %n papers stored (%2 announced in your categories).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be scored (%1); Score tries them again.</source>
        <translation>
            <numerusform>%n paper could not be scored (%1); Score tries them again.</numerusform>
            <numerusform>%n papers could not be scored (%1); Score tries them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) exported to %1.</source>
        <translation>
            <numerusform>%n paper exported to %1.</numerusform>
            <numerusform>%n papers exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BibTeX of %n paper(s) copied.</source>
        <translation>
            <numerusform>BibTeX of %n paper copied.</numerusform>
            <numerusform>BibTeX of %n papers copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your criteria changed. Score the %n paper(s) of %1 against them now?</source>
        <translation>
            <numerusform>Your criteria changed. Score the %n paper of %1 against them now?</numerusform>
            <numerusform>Your criteria changed. Score the %n papers of %1 against them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) today</source>
        <translation>
            <numerusform>%n relevant paper today</numerusform>
            <numerusform>%n relevant papers today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) fetched and scored.</source>
        <translation>
            <numerusform>%1: %n paper fetched and scored.</numerusform>
            <numerusform>%1: %n papers fetched and scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read; Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n paper marked read; Ctrl+Z takes it back.</numerusform>
            <numerusform>%n papers marked read; Ctrl+Z takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The web site of %n day(s) is in %1:</source>
        <translation>
            <numerusform>The web site of %n day is in %1:</numerusform>
            <numerusform>The web site of %n days is in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>%n file updated.</numerusform>
            <numerusform>%n files updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) to Zotero…</source>
        <translation>
            <numerusform>Sending %n paper to Zotero…</numerusform>
            <numerusform>Sending %n papers to Zotero…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::RunEstimate</name>
    <message numerus="yes">
        <source>The offline scorer sets aside %n of the %1 paper(s) unsent (far below the day's cut); the estimate is for the rest.</source>
        <translation>
            <numerusform>The offline scorer sets aside %n of the %1 paper unsent (far below the day's cut); the estimate is for the rest.</numerusform>
            <numerusform>The offline scorer sets aside %n of the %1 papers unsent (far below the day's cut); the estimate is for the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1% kept in the last %n title pass(es)</source>
        <translation>
            <numerusform>about %1% kept in the last %n title pass</numerusform>
            <numerusform>about %1% kept in the last %n title passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n title</numerusform>
            <numerusform>%n titles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ScoreWorker</name>
    <message numerus="yes">
        <source>Scored %1 of %n paper(s) of %2 with %3: %4 relevant</source>
        <translation>
            <numerusform>Scored %1 of %n paper of %2 with %3: %4 relevant</numerusform>
            <numerusform>Scored %1 of %n papers of %2 with %3: %4 relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n request(s), %1 prompt + %2 completion tokens, %3</source>
        <comment>continues 'Scored ... relevant'</comment>
        <translation>
            <numerusform>; %n request, %1 prompt + %2 completion tokens, %3</numerusform>
            <numerusform>; %n requests, %1 prompt + %2 completion tokens, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retrying %n paper(s) in %1 after %2 (retry %3 of %4)</source>
        <translation>
            <numerusform>retrying %n paper in %1 after %2 (retry %3 of %4)</numerusform>
            <numerusform>retrying %n papers in %1 after %2 (retry %3 of %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n paper(s) of %1 offline costs nothing and sends nothing; nothing was scored.</source>
        <translation>
            <numerusform>Scoring %n paper of %1 offline costs nothing and sends nothing; nothing was scored.</numerusform>
            <numerusform>Scoring %n papers of %1 offline costs nothing and sends nothing; nothing was scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempt(s).</source>
        <translation>
            <numerusform>Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempt.</numerusform>
            <numerusform>Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::TrayIcon</name>
    <message numerus="yes">
        <source>Paperboy: %n unread paper(s)</source>
        <translation>
            <numerusform>Paperboy: %n unread paper</numerusform>
            <numerusform>Paperboy: %n unread papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::ZoteroConnector</name>
    <message numerus="yes">
        <source>Sent %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>Sent %n paper to Zotero.</numerusform>
            <numerusform>Sent %n papers to Zotero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::push</name>
    <message numerus="yes">
        <source>Pushed %n relevant paper(s) of %1 to %2.</source>
        <translation>
            <numerusform>Pushed %n relevant paper of %1 to %2.</numerusform>
            <numerusform>Pushed %n relevant papers of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::site</name>
    <message numerus="yes">
        <source>stopped after %1 of %n day(s): the pages written stay, the list of days is as it was</source>
        <translation>
            <numerusform>stopped after %1 of %n day: the pages written stay, the list of days is as it was</numerusform>
            <numerusform>stopped after %1 of %n days: the pages written stay, the list of days is as it was</numerusform>
        </translation>
    </message>
</context>
</TS>
