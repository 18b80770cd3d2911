<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnnounceTypeText</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>new submission</source>
        <translation>Neueinreichung</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>Cross-List</translation>
    </message>
    <message>
        <source>cross-list</source>
        <translation>Cross-Listing</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>neue Version</translation>
    </message>
    <message>
        <source>replace-cross</source>
        <translation>ersetzt (Cross)</translation>
    </message>
    <message>
        <source>cross-listed replacement</source>
        <translation>neue Version eines Cross-Listings</translation>
    </message>
    <message>
        <source>abstract only</source>
        <translation>nur Abstract</translation>
    </message>
    <message>
        <source>abstract update</source>
        <translation>Aktualisierung des Abstracts</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Fetch Today</source>
        <translation>&amp;Heute abrufen</translation>
    </message>
    <message>
        <source>Fetch today&apos;s announcement for your categories</source>
        <translation>Die heutige Ankündigung für Ihre Kategorien abrufen</translation>
    </message>
    <message>
        <source>Fetch a &amp;Past Day…</source>
        <translation>Vergangenen &amp;Tag abrufen…</translation>
    </message>
    <message>
        <source>Rebuild an earlier day&apos;s announcement from the arXiv API</source>
        <translation>Die Ankündigung eines früheren Tages aus der arXiv-API nachbilden</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>Be&amp;werten</translation>
    </message>
    <message>
        <source>Score the day&apos;s papers against your criteria</source>
        <translation>Die Artikel des Tages nach Ihren Kriterien bewerten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Export &amp;Selected to BibTeX…</source>
        <translation>&amp;Auswahl als BibTeX exportieren…</translation>
    </message>
    <message>
        <source>Export S&amp;tarred to BibTeX…</source>
        <translation>Mit &amp;Stern markierte als BibTeX exportieren…</translation>
    </message>
    <message>
        <source>Every starred paper, from all days</source>
        <translation>Alle mit Stern markierten Artikel aller Tage</translation>
    </message>
    <message>
        <source>Export the &amp;Day to BibTeX…</source>
        <translation>Den &amp;Tag als BibTeX exportieren…</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as &amp;Markdown…</source>
        <translation>Tagesübersicht als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as &amp;JSON…</source>
        <translation>Tagesübersicht als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Kriterien…</translation>
    </message>
    <message>
        <source>Edit what you are looking for</source>
        <translation>Bearbeiten, wonach Sie suchen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy BibTeX</source>
        <translation>BibTeX &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the BibTeX of the selected papers</source>
        <translation>Das BibTeX der ausgewählten Artikel kopieren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search every paper in the cache</source>
        <translation>Alle Artikel im Cache durchsuchen</translation>
    </message>
    <message>
        <source>&amp;All Papers</source>
        <translation>&amp;Alle Artikel</translation>
    </message>
    <message>
        <source>&amp;Relevant</source>
        <translation>&amp;Relevante</translation>
    </message>
    <message>
        <source>Papers above your relevance and novelty cut-offs</source>
        <translation>Artikel, die Ihre Schwellen für Relevanz und Neuheit erreichen</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>Mit &amp;Stern</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Papers</source>
        <translation>Ausgeblendete Artikel &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the papers marked “not interested”</source>
        <translation>Die als „nicht interessant“ markierten Artikel zeigen</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Diagramme…</translation>
    </message>
    <message>
        <source>The day&apos;s scores, and papers, relevant papers and cost over the last 30 days</source>
        <translation>Die Bewertungen des Tages sowie Artikel, relevante Artikel und Kosten der letzten 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Move to the abstract to read it</source>
        <translation>Zum Abstract wechseln, um es zu lesen</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>Star or unstar the selected papers</source>
        <translation>Die ausgewählten Artikel mit Stern markieren oder den Stern entfernen</translation>
    </message>
    <message>
        <source>Not &amp;Interested</source>
        <translation>Nicht &amp;interessant</translation>
    </message>
    <message>
        <source>Hide the selected papers; the offline scorer learns from it</source>
        <translation>Die ausgewählten Artikel ausblenden; die Offline-Bewertung lernt daraus</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Open Abstract Page</source>
        <translation>&amp;Abstract-Seite öffnen</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>&amp;PDF öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Paperboy</source>
        <translation>&amp;Über Paperboy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Score These F&amp;ully</source>
        <translation>&amp;Vollständig bewerten</translation>
    </message>
    <message>
        <source>Send the papers the title pass set aside through the full scoring, abstract and all</source>
        <translation>Die vom Titeldurchgang zurückgestellten Artikel vollständig bewerten, mit Abstract</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last star, hide or read change</source>
        <translation>Den letzten Stern, das letzte Ausblenden oder Lesen zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Mark Day as Read</source>
        <translation>Tag als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark every paper of the day shown read</source>
        <translation>Alle Artikel des angezeigten Tages als gelesen markieren</translation>
    </message>
    <message>
        <source>Export the Day&apos;s Digest as a &amp;Web Page…</source>
        <translation>Tagesübersicht als &amp;Webseite exportieren…</translation>
    </message>
    <message>
        <source>One page that opens in any browser, offline, on a phone or printed</source>
        <translation>Eine Seite, die in jedem Browser öffnet, offline, auf dem Telefon oder gedruckt</translation>
    </message>
    <message>
        <source>&amp;Build Web Site of the Cache…</source>
        <translation>Website des &amp;Caches erstellen…</translation>
    </message>
    <message>
        <source>A page for every day in the cache, a list of the days and a feed, in one folder</source>
        <translation>Eine Seite für jeden Tag im Cache, eine Liste der Tage und ein Feed, in einem Ordner</translation>
    </message>
    <message>
        <source>&amp;Append Starred to Bibliography</source>
        <translation>Markierte an &amp;Bibliografie anhängen</translation>
    </message>
    <message>
        <source>Add the starred papers your bibliography file does not cite yet, keeping what it holds</source>
        <translation>Die markierten Artikel hinzufügen, die Ihre Bibliografiedatei noch nicht enthält, und ihren Inhalt bewahren</translation>
    </message>
    <message>
        <source>Send Starred to &amp;Zotero</source>
        <translation>Markierte an &amp;Zotero senden</translation>
    </message>
    <message>
        <source>Save every starred paper into the collection selected in Zotero</source>
        <translation>Jeden markierten Artikel in der in Zotero gewählten Sammlung speichern</translation>
    </message>
    <message>
        <source>&amp;Import Library…</source>
        <translation>Bibliothek im&amp;portieren…</translation>
    </message>
    <message>
        <source>Star the arXiv papers a .bib from Zotero or JabRef cites, fetching those not cached</source>
        <translation>Die arXiv-Artikel markieren, die eine .bib aus Zotero oder JabRef zitiert, und fehlende abrufen</translation>
    </message>
    <message>
        <source>Send to &amp;Zotero</source>
        <translation>An &amp;Zotero senden</translation>
    </message>
    <message>
        <source>Save the selected papers into the collection selected in Zotero</source>
        <translation>Die ausgewählten Artikel in der in Zotero gewählten Sammlung speichern</translation>
    </message>
    <message>
        <source>Stop the running fetch, scoring, library import or site build</source>
        <translation>Den laufenden Abruf, die Bewertung, den Bibliotheksimport oder den Website-Aufbau anhalten</translation>
    </message>
</context>
<context>
    <name>paperboy::ApiParser</name>
    <message>
        <source>the arXiv API sent an empty response</source>
        <translation>die arXiv-API hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the arXiv API sent a web page instead of a feed</source>
        <translation>die arXiv-API hat statt eines Feeds eine Webseite gesendet</translation>
    </message>
    <message>
        <source>the arXiv API sent malformed XML (%1)</source>
        <translation>die arXiv-API hat fehlerhaftes XML gesendet (%1)</translation>
    </message>
    <message>
        <source>the arXiv API sent XML that is not an Atom feed</source>
        <translation>die arXiv-API hat XML gesendet, das kein Atom-Feed ist</translation>
    </message>
    <message>
        <source>the arXiv API response ends early (truncated XML)</source>
        <translation>die Antwort der arXiv-API endet vorzeitig (abgeschnittenes XML)</translation>
    </message>
    <message>
        <source>the arXiv API says: %1</source>
        <translation>die arXiv-API meldet: %1</translation>
    </message>
    <message>
        <source>the arXiv API sent a malformed answer: %1</source>
        <translation>die arXiv-API hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::ArxivConfig</name>
    <message>
        <source>%1=&apos;%2&apos; is not an http(s) URL like http://127.0.0.1:8080</source>
        <translation>%1=&apos;%2&apos; ist keine http(s)-URL wie http://127.0.0.1:8080</translation>
    </message>
</context>
<context>
    <name>paperboy::ArxivHttp</name>
    <message>
        <source>the feed from %1 is larger than %2, more than any real day</source>
        <translation>der Feed von %1 ist größer als %2, mehr als jeder echte Tag</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2, more than any real page of the API</source>
        <translation>die Antwort von %1 ist größer als %2, mehr als jede echte Seite der API</translation>
    </message>
    <message>
        <source>arXiv did not finish answering within %1 s</source>
        <translation>arXiv hat nicht innerhalb von %1 s fertig geantwortet</translation>
    </message>
    <message>
        <source>arXiv did not answer within %1 s</source>
        <translation>arXiv hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>the server sent compressed data that could not be decompressed</source>
        <translation>der Server hat komprimierte Daten gesendet, die sich nicht entpacken ließen</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>paperboy::BibliographySettings</name>
    <message>
        <source>Append each paper I &amp;star automatically</source>
        <translation>Jeden Artikel, den ich &amp;markiere, automatisch anhängen</translation>
    </message>
    <message>
        <source>None: choose the .bib your LaTeX cites or JabRef keeps</source>
        <translation>Keine: Wählen Sie die .bib, die Ihr LaTeX zitiert oder JabRef führt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Bibliography &amp;file:</source>
        <translation>Bibliografie&amp;datei:</translation>
    </message>
    <message>
        <source>A starred paper the file does not cite yet is added after its entries, which stay as they are; taking a star back leaves the entry in the file. File → Export → Append Starred to Bibliography adds every starred paper.</source>
        <translation>Ein markierter Artikel, den die Datei noch nicht zitiert, wird nach ihren Einträgen angefügt, die unverändert bleiben; das Zurücknehmen einer Markierung lässt den Eintrag in der Datei. Datei → Exportieren → Markierte an Bibliografie anhängen fügt jeden markierten Artikel hinzu.</translation>
    </message>
    <message>
        <source>Bibliography File</source>
        <translation>Bibliografiedatei</translation>
    </message>
    <message>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX-Dateien (*.bib);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>paperboy::BibtexAppend</name>
    <message>
        <source>cannot append to %1: it is not a regular file</source>
        <translation>An %1 kann nicht angehängt werden: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data)</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: UTF-8 entries would mix two encodings in it</source>
        <translation>%1 ist nicht UTF-8: UTF-8-Einträge würden darin zwei Kodierungen mischen</translation>
    </message>
    <message>
        <source>%1 ends inside an unfinished entry (line %2): what is appended would be read as part of it</source>
        <translation>%1 endet in einem unvollständigen Eintrag (Zeile %2): Angehängtes würde als Teil davon gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to append: %n paper(s) already in %1, none new; the file was not changed.</source>
        <translation>
            <numerusform>Nichts anzuhängen: %n Artikel ist schon in %1, keiner neu; die Datei wurde nicht geändert.</numerusform>
            <numerusform>Nichts anzuhängen: %n Artikel sind schon in %1, keiner neu; die Datei wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1.</source>
        <translation>
            <numerusform>%n Artikel an %1 angehängt.</numerusform>
            <numerusform>%n Artikel an %1 angehängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) appended to %1; %2 already there.</source>
        <translation>
            <numerusform>%n Artikel an %1 angehängt; %2 waren schon darin.</numerusform>
            <numerusform>%n Artikel an %1 angehängt; %2 waren schon darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, too large for a bibliography</source>
        <translation>%1 ist größer als %2 MiB, zu groß für eine Bibliografie</translation>
    </message>
    <message>
        <source>%1 is locked by another program changing it; try again</source>
        <translation>%1 ist von einem anderen Programm gesperrt, das sie ändert; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>paperboy::CacheProblemPanel</name>
    <message>
        <source>The cache is damaged</source>
        <translation>Der Cache ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so Paperboy cannot read it. Nothing was changed. Move it aside to keep it and start a new, empty cache, or choose another cache file.</source>
        <translation>%1 ist beschädigt oder keine Datenbank, daher kann Paperboy ihn nicht lesen. Es wurde nichts geändert. Verschieben Sie ihn beiseite, um ihn zu behalten und einen neuen, leeren Cache zu beginnen, oder wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so Paperboy cannot read it. Nothing was changed. It is not Paperboy&apos;s usual cache, so it stays where it is: choose another cache file.</source>
        <translation>%1 ist beschädigt oder keine Datenbank, daher kann Paperboy ihn nicht lesen. Es wurde nichts geändert. Es ist nicht Paperboys üblicher Cache und bleibt daher, wo er ist: Wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>The cache was made by a newer Paperboy</source>
        <translation>Der Cache stammt von einem neueren Paperboy</translation>
    </message>
    <message>
        <source>%1 was made by a newer Paperboy, which this version cannot read. It was left as it was: update Paperboy to open it, or choose another cache file.</source>
        <translation>%1 wurde von einem neueren Paperboy angelegt, den diese Version nicht lesen kann. Er blieb unverändert: Aktualisieren Sie Paperboy, um ihn zu öffnen, oder wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>This is not a Paperboy cache</source>
        <translation>Dies ist kein Paperboy-Cache</translation>
    </message>
    <message>
        <source>%1 is another application&apos;s database. It was left as it was: choose another cache file.</source>
        <translation>%1 ist die Datenbank einer anderen Anwendung. Sie blieb unverändert: Wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>Paperboy may not use the cache</source>
        <translation>Paperboy darf den Cache nicht verwenden</translation>
    </message>
    <message>
        <source>%1 or its folder cannot be read or written. Nothing was changed: fix its permissions and try again, or choose another cache file.</source>
        <translation>%1 oder sein Ordner kann nicht gelesen oder geschrieben werden. Es wurde nichts geändert: Korrigieren Sie die Berechtigungen und versuchen Sie es erneut, oder wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>%1 cannot be opened while the disk is full. Nothing was changed: free some space and try again, or choose another cache file.</source>
        <translation>%1 kann nicht geöffnet werden, solange der Datenträger voll ist. Es wurde nichts geändert: Schaffen Sie Platz und versuchen Sie es erneut, oder wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>The cache cannot be opened</source>
        <translation>Der Cache kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened. Nothing was changed: try again, or choose another cache file.</source>
        <translation>%1 kann nicht geöffnet werden. Es wurde nichts geändert: Versuchen Sie es erneut, oder wählen Sie eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>Move It Aside and Start a New Cache</source>
        <translation>Beiseite verschieben und neuen Cache beginnen</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>paperboy::CacheRescue</name>
    <message>
        <source>there is no file %1 to move aside</source>
        <translation>es gibt keine Datei %1, die beiseite verschoben werden könnte</translation>
    </message>
    <message>
        <source>cannot find a free name beside %1 to move it to</source>
        <translation>neben %1 findet sich kein freier Name, um ihn dorthin zu verschieben</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
</context>
<context>
    <name>paperboy::ChartsDialog</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Scores on %1</source>
        <translation>Bewertungen am %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>The last %n day(s)</source>
        <translation>
            <numerusform>Der letzte %n Tag</numerusform>
            <numerusform>Die letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n paper(s)</source>
        <translation>
            <numerusform>%1 %2: %n Artikel</numerusform>
            <numerusform>%1 %2: %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n unscored)</source>
        <translation>
            <numerusform> (%n unbewertet)</numerusform>
            <numerusform> (%n unbewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>cut-off %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: %n Artikel</numerusform>
            <numerusform>%1: %n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n relevant of %2 scored</source>
        <translation>
            <numerusform>%1: %n relevant von %2 bewerteten</numerusform>
            <numerusform>%1: %n relevant von %2 bewerteten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: $%2 for %3 tokens</source>
        <translation>%1: $%2 für %3 Tokens</translation>
    </message>
    <message>
        <source>Papers per day</source>
        <translation>Artikel pro Tag</translation>
    </message>
    <message>
        <source>Relevant papers per day</source>
        <translation>Relevante Artikel pro Tag</translation>
    </message>
    <message>
        <source>Cost of scoring per day (USD)</source>
        <translation>Kosten der Bewertung pro Tag (USD)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of QLocale::toString: 27 Apr</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>Die Diagramme lassen sich nicht zeichnen: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::CostEstimate</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <comment>Estimate: ... in 3 requests to gpt-5</comment>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate: %n paper(s) in %1 to %2</source>
        <translation>
            <numerusform>Schätzung: %n Artikel in %1 an %2</numerusform>
            <numerusform>Schätzung: %n Artikel in %1 an %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (reasoning %1)</source>
        <comment>after the model: reasoning effort</comment>
        <translation> (Denkaufwand %1)</translation>
    </message>
    <message>
        <source>: about %1 prompt and %2 completion tokens</source>
        <translation>: etwa %1 Prompt- und %2 Antwort-Tokens</translation>
    </message>
    <message>
        <source> (%1 of them reasoning)</source>
        <comment>completion tokens</comment>
        <translation> (davon %1 fürs Nachdenken)</translation>
    </message>
    <message>
        <source>, about $%1.</source>
        <translation>, etwa $%1.</translation>
    </message>
    <message numerus="yes">
        <source>, as the last %n run(s) of this model spent per paper</source>
        <translation>
            <numerusform>, wie der letzte %n Lauf dieses Modells pro Artikel verbrauchte</numerusform>
            <numerusform>, wie die letzten %n Läufe dieses Modells pro Artikel verbrauchten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::CriteriaDialog</name>
    <message>
        <source>Edit criteria</source>
        <translation>Kriterien bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>&amp;Keywords and authors</source>
        <translation>Schlüssel&amp;wörter und Autoren</translation>
    </message>
    <message>
        <source>How closely a paper matches the topics and keywords.</source>
        <translation>Wie genau ein Artikel zu den Themen und Schlüsselwörtern passt.</translation>
    </message>
    <message>
        <source>R&amp;elevance rubric</source>
        <translation>&amp;Relevanzraster</translation>
    </message>
    <message>
        <source>How new a paper&apos;s contribution is, whatever its topic.</source>
        <translation>Wie neu der Beitrag eines Artikels ist, unabhängig vom Thema.</translation>
    </message>
    <message>
        <source>Novelty ru&amp;bric</source>
        <translation>&amp;Neuheitsraster</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>Stan&amp;dard wiederherstellen</translation>
    </message>
    <message>
        <source>Put the shipped criteria in the form; nothing is saved until Save</source>
        <translation>Die mitgelieferten Kriterien ins Formular übernehmen; gespeichert wird erst mit „Speichern“</translation>
    </message>
    <message>
        <source>One keyword or phrase a line, e.g.
Sparsity
KV cache</source>
        <translation>Ein Schlüsselwort oder eine Wortgruppe pro Zeile, z. B.
Sparsity
KV cache</translation>
    </message>
    <message>
        <source>One keyword or phrase a line, e.g.
Federated learning
Medical imaging</source>
        <translation>Ein Schlüsselwort oder eine Wortgruppe pro Zeile, z. B.
Federated learning
Medical imaging</translation>
    </message>
    <message>
        <source>One name a line, e.g.
Ada Lovelace</source>
        <translation>Ein Name pro Zeile, z. B.
Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Relevant keywords:</source>
        <translation>Rel&amp;evante Schlüsselwörter:</translation>
    </message>
    <message>
        <source>One a line. They count for a paper.</source>
        <translation>Eines pro Zeile. Sie sprechen für einen Artikel.</translation>
    </message>
    <message>
        <source>&amp;Irrelevant keywords:</source>
        <translation>&amp;Irrelevante Schlüsselwörter:</translation>
    </message>
    <message>
        <source>One a line. They count against a paper.</source>
        <translation>Eines pro Zeile. Sie sprechen gegen einen Artikel.</translation>
    </message>
    <message>
        <source>Followed &amp;authors:</source>
        <translation>&amp;Autoren, denen Sie folgen:</translation>
    </message>
    <message>
        <source>One name a line. A paper by any of them always counts as relevant; case and accents do not matter.</source>
        <translation>Ein Name pro Zeile. Ein Artikel von einem dieser Autoren gilt immer als relevant; Groß- und Kleinschreibung sowie Akzente spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Five bands, highest first; the model reads each band&apos;s scores, label, definition and examples. Double-click a cell or start typing to edit it.</source>
        <translation>Fünf Stufen, die höchste zuerst; das Modell liest Punktbereich, Bezeichnung, Definition und Beispiele jeder Stufe. Doppelklicken Sie auf eine Zelle oder beginnen Sie zu tippen, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Cut-offs</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>Moving a cut-off re-scores nothing: it only changes which scored papers count as relevant</source>
        <translation>Eine verschobene Schwelle bewertet nichts neu: Sie ändert nur, welche bewerteten Artikel als relevant gelten</translation>
    </message>
    <message>
        <source>Relevant when re&amp;levance ≥</source>
        <translation>Relevant, wenn Re&amp;levanz ≥</translation>
    </message>
    <message>
        <source>and n&amp;ovelty ≥</source>
        <translation>und Neu&amp;heit ≥</translation>
    </message>
    <message>
        <source>Pre&amp;view of the prompt sent with each batch of papers:</source>
        <translation>&amp;Vorschau des Prompts, der mit jedem Stapel von Artikeln gesendet wird:</translation>
    </message>
    <message>
        <source>Topic %1 has no name: give it one or remove it.</source>
        <translation>Thema %1 hat keinen Namen: Geben Sie ihm einen oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Add a topic or a relevant keyword: with neither there is nothing to score against.</source>
        <translation>Fügen Sie ein Thema oder ein relevantes Schlüsselwort hinzu: Ohne beides gibt es nichts, woran sich bewerten ließe.</translation>
    </message>
    <message>
        <source>Row %1 of the relevance rubric runs from %2 down to %3: its first score must not be above its second.</source>
        <translation>Zeile %1 des Relevanzrasters reicht von %2 abwärts bis %3: Der erste Wert darf nicht größer als der zweite sein.</translation>
    </message>
    <message>
        <source>Row %1 of the novelty rubric runs from %2 down to %3: its first score must not be above its second.</source>
        <translation>Zeile %1 des Neuheitsrasters reicht von %2 abwärts bis %3: Der erste Wert darf nicht größer als der zweite sein.</translation>
    </message>
    <message>
        <source>Only the cut-offs changed, so saving re-scores nothing: the scores stay, and only which papers count as relevant changes.</source>
        <translation>Nur die Schwellen haben sich geändert, daher bewertet das Speichern nichts neu: Die Bewertungen bleiben, und es ändert sich nur, welche Artikel als relevant gelten.</translation>
    </message>
    <message>
        <source>Scoring is offline: the built-in scorer sends nothing and costs nothing. The prompt is shown as an LLM would get it.</source>
        <translation>Die Bewertung erfolgt offline: Die eingebaute Bewertung sendet nichts und kostet nichts. Der Prompt wird so gezeigt, wie ein LLM ihn erhielte.</translation>
    </message>
    <message>
        <source>There is no day to estimate: fetch a day&apos;s papers to see what scoring them would cost.</source>
        <translation>Es gibt keinen Tag zum Schätzen: Rufen Sie die Artikel eines Tages ab, um zu sehen, was ihre Bewertung kosten würde.</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln paper(s)</source>
        <translation>
            <numerusform>des %Ln Artikels</numerusform>
            <numerusform>der %Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>the current day</source>
        <translation>aktueller Tag</translation>
    </message>
    <message>
        <source>%1 at %2 reasoning effort</source>
        <translation>%1 mit Denkaufwand %2</translation>
    </message>
    <message>
        <source>about %1 prompt tokens (%2 of them cached)</source>
        <translation>etwa %1 Prompt-Tokens (davon %2 aus dem Cache)</translation>
    </message>
    <message>
        <source>about %1 prompt tokens</source>
        <translation>etwa %1 Prompt-Tokens</translation>
    </message>
    <message>
        <source>%1 completion tokens (%2 of them reasoning)</source>
        <translation>%1 Antwort-Tokens (davon %2 fürs Nachdenken)</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>%1 Antwort-Tokens</translation>
    </message>
    <message>
        <source>at no cost: %1 has no price in the price table</source>
        <translation>ohne Kosten: %1 hat keinen Preis in der Preistabelle</translation>
    </message>
    <message>
        <source>less than $%1</source>
        <translation>weniger als $%1</translation>
    </message>
    <message>
        <source>about $%1</source>
        <translation>etwa $%1</translation>
    </message>
    <message>
        <source>Re-scoring %1 of %2 with %3 would take %4: %5 and %6, %7.</source>
        <translation>Die Neubewertung %1 (%2) mit %3 bräuchte %4: %5 und %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>Completion and reasoning as the model&apos;s last %n run(s) spent per paper.</source>
        <translation>
            <numerusform>Antwort und Reasoning wie im letzten %n Lauf des Modells pro Artikel.</numerusform>
            <numerusform>Antwort und Reasoning wie in den letzten %n Läufen des Modells pro Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::DailyWork</name>
    <message>
        <source>Scoring: %1 of %2 papers · %3 tokens · $%4</source>
        <translation>Bewertung: %1 von %2 Artikeln · %3 Tokens · $%4</translation>
    </message>
    <message>
        <source>Fetching today&apos;s announcement for %1</source>
        <translation>Die heutige Ankündigung für %1 wird abgerufen</translation>
    </message>
    <message>
        <source>Fetching %1 from the arXiv API</source>
        <translation>%1 wird von der arXiv-API abgerufen</translation>
    </message>
    <message>
        <source>There is no price for %1, so the budget of $%2 per run cannot be kept: add the model&apos;s price in Settings, or remove the budget.</source>
        <translation>Für %1 gibt es keinen Preis, daher lässt sich das Budget von $%2 pro Lauf nicht einhalten: Tragen Sie den Preis des Modells in den Einstellungen ein oder entfernen Sie das Budget.</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings, or score offline.</source>
        <translation>Kein API-Schlüssel für %1: Fügen Sie in den Einstellungen einen hinzu oder bewerten Sie offline.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The keyring cannot be reached (%1).
Paste the API key for %2. It is kept for this session only, never written anywhere.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%1).
Fügen Sie den API-Schlüssel für %2 ein. Er wird nur für diese Sitzung behalten und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Scoring offline</source>
        <translation>Offline-Bewertung läuft</translation>
    </message>
    <message>
        <source>Scoring with %1 at %2</source>
        <translation>Bewertung mit %1 auf %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>scoring progress, then why it waits</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The API key cannot be sent: %1. Enter it again in Settings.</source>
        <translation>Der API-Schlüssel kann nicht gesendet werden: %1. Geben Sie ihn in den Einstellungen neu ein.</translation>
    </message>
    <message>
        <source>The API key cannot be sent: %1.</source>
        <translation>Der API-Schlüssel kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>These papers were set aside by %1, and Settings now score with %2: choose %1 in Settings to score them fully.</source>
        <translation>Diese Artikel hat %1 zurückgestellt, und die Einstellungen bewerten jetzt mit %2: Wählen Sie %1 in den Einstellungen, um sie vollständig zu bewerten.</translation>
    </message>
</context>
<context>
    <name>paperboy::Database</name>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>der Datenträger ist voll (geben Sie Speicherplatz frei und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>der Cache %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the cache %1 was written by a newer Paperboy (schema %2, this build knows %3); update Paperboy or choose another file with --db</source>
        <translation>der Cache %1 wurde von einem neueren Paperboy geschrieben (Schema %2, diese Version kennt %3); aktualisieren Sie Paperboy oder wählen Sie mit --db eine andere Datei</translation>
    </message>
    <message>
        <source>cannot write to the cache %1: %2</source>
        <translation>in den Cache %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1 (%2) failed: %3</source>
        <translation>die Aktualisierung des Caches auf Schema %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1 failed: %2</source>
        <translation>die Aktualisierung des Caches auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Paperboy cache but another application&apos;s database (%2); it was left as it was: choose another file with --db</source>
        <translation>%1 ist kein Paperboy-Cache, sondern die Datenbank einer anderen Anwendung (%2); sie blieb unverändert: wählen Sie mit --db eine andere Datei</translation>
    </message>
    <message>
        <source>application id %1</source>
        <translation>Anwendungs-ID %1</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>Tabellen %1</translation>
    </message>
    <message>
        <source>the folder %1 is not writable, and SQLite needs it for the cache&apos;s journal: make it writable or choose another file with --db</source>
        <translation>der Ordner %1 ist nicht beschreibbar, und SQLite braucht ihn für das Journal des Caches: machen Sie ihn beschreibbar oder wählen Sie mit --db eine andere Datei</translation>
    </message>
    <message>
        <source>the cache %1 is read-only: make it writable or choose another file with --db</source>
        <translation>der Cache %1 ist schreibgeschützt: machen Sie ihn beschreibbar oder wählen Sie mit --db eine andere Datei</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite file (%2): it is damaged or not a database; nothing was changed. Move it aside to start a new cache, or choose another file with --db</source>
        <translation>%1 ist keine verwendbare SQLite-Datei (%2): sie ist beschädigt oder keine Datenbank; es wurde nichts geändert. Verschieben Sie sie beiseite, um einen neuen Cache zu beginnen, oder wählen Sie mit --db eine andere Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite file (%2); nothing was changed</source>
        <translation>%1 kann nicht als SQLite-Datei gelesen werden (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the cache %1 cannot be read (no permission): make it readable or choose another file with --db</source>
        <translation>der Cache %1 kann nicht gelesen werden (keine Berechtigung): Machen Sie ihn lesbar oder wählen Sie mit --db eine andere Datei</translation>
    </message>
</context>
<context>
    <name>paperboy::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>paperboy::EmptyViewNotice</name>
    <message>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>All Papers</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Every paper of this day is marked Not Interested.
Show Hidden Papers shows them again.</source>
        <translation>Jeder Artikel dieses Tages ist als nicht interessant markiert.
„Ausgeblendete Artikel zeigen“ zeigt sie wieder.</translation>
    </message>
    <message>
        <source>No starred papers on this day yet — press S on a paper to star it.</source>
        <translation>Noch keine Artikel mit Stern an diesem Tag — drücken Sie S auf einem Artikel, um ihn mit einem Stern zu markieren.</translation>
    </message>
    <message>
        <source>Every paper of this day is read.</source>
        <translation>Jeder Artikel dieses Tages ist gelesen.</translation>
    </message>
    <message>
        <source>This day is not scored yet — click Score to find its relevant papers.</source>
        <translation>Dieser Tag ist noch nicht bewertet — klicken Sie auf „Bewerten“, um seine relevanten Artikel zu finden.</translation>
    </message>
    <message>
        <source>No paper of this day meets your cut-offs (relevance %1, novelty %2).
Criteria… changes them; All Papers shows every paper.</source>
        <translation>Kein Artikel dieses Tages erreicht Ihre Schwellen (Relevanz %1, Neuheit %2).
„Kriterien…“ ändert sie; „Alle Artikel“ zeigt jeden Artikel.</translation>
    </message>
    <message>
        <source>No paper in the cache matches “%1”.
Search looks through the titles, authors and abstracts of every day; Esc goes back to the day.</source>
        <translation>Kein Artikel im Cache passt zu „%1“.
Die Suche durchsucht Titel, Autoren und Abstracts aller Tage; Esc kehrt zum Tag zurück.</translation>
    </message>
    <message>
        <source>Every match for “%1” is marked Not Interested; Show Hidden Papers shows them.</source>
        <translation>Jeder Treffer für „%1“ ist als nicht interessant markiert; „Ausgeblendete Artikel zeigen“ zeigt sie.</translation>
    </message>
    <message>
        <source>None of the matches for “%1” is in the %2 filter; All Papers shows every match.</source>
        <translation>Keiner der Treffer für „%1“ ist im Filter „%2“; „Alle Artikel“ zeigt jeden Treffer.</translation>
    </message>
    <message>
        <source>No papers yet.
Click Fetch Today to fetch today&apos;s announcement in your categories.</source>
        <translation>Noch keine Artikel.
Klicken Sie auf „Heute abrufen“, um die heutige Ankündigung in Ihren Kategorien abzurufen.</translation>
    </message>
    <message>
        <source>No paper of this day is in your categories and announce types.
Settings choose them; Fetch a Past Day fetches the day again.</source>
        <translation>Kein Artikel dieses Tages gehört zu Ihren Kategorien und Ankündigungsarten.
Die Einstellungen legen sie fest; „Vergangenen Tag abrufen“ ruft den Tag erneut ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked Not Interested are left out; Show Hidden Papers shows them.</source>
        <translation>
            <numerusform>%n als nicht interessant markierter Artikel ist ausgelassen; „Ausgeblendete Artikel zeigen“ zeigt ihn.</numerusform>
            <numerusform>%n als nicht interessant markierte Artikel sind ausgelassen; „Ausgeblendete Artikel zeigen“ zeigt sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::FeedParser</name>
    <message>
        <source>the feed ends early (truncated XML at line %1)</source>
        <translation>der Feed endet vorzeitig (abgeschnittenes XML in Zeile %1)</translation>
    </message>
    <message>
        <source>the server sent an empty response instead of a feed</source>
        <translation>der Server hat statt eines Feeds eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the server sent a web page instead of a feed</source>
        <translation>der Server hat statt eines Feeds eine Webseite gesendet</translation>
    </message>
    <message>
        <source>the response is XML but not an arXiv listing feed (root element &lt;%1&gt;)</source>
        <translation>die Antwort ist XML, aber kein arXiv-Listing-Feed (Wurzelelement &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>arXiv rejected the query</source>
        <translation>arXiv hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>arXiv says: %1</source>
        <translation>arXiv meldet: %1</translation>
    </message>
    <message>
        <source>the feed carries no announcement date</source>
        <translation>der Feed enthält kein Ankündigungsdatum</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (%1)</source>
        <translation>der Feed ist kein wohlgeformtes XML (%1)</translation>
    </message>
    <message>
        <source>the feed is malformed: %1</source>
        <translation>der Feed ist fehlerhaft: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::FetchWorker</name>
    <message numerus="yes">
        <source>Stored %n paper(s) for %1 (%2 announced; %3 new to the cache, %4 updated).</source>
        <translation>
            <numerusform>%n Artikel für %1 gespeichert (%2 angekündigt; %3 neu im Cache, %4 aktualisiert).</numerusform>
            <numerusform>%n Artikel für %1 gespeichert (%2 angekündigt; %3 neu im Cache, %4 aktualisiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>No announcement on %1 (%2): %3.</source>
        <translation>Keine Ankündigung am %1 (%2): %3.</translation>
    </message>
    <message>
        <source>arXiv does not announce on weekends</source>
        <translation>arXiv kündigt am Wochenende nichts an</translation>
    </message>
    <message>
        <source>A fetch is already running.</source>
        <translation>Es läuft bereits ein Abruf.</translation>
    </message>
    <message>
        <source>No category to fetch.</source>
        <translation>Keine Kategorie zum Abrufen.</translation>
    </message>
    <message>
        <source>Fetching today&apos;s announcement for %1</source>
        <translation>Die heutige Ankündigung für %1 wird abgerufen</translation>
    </message>
    <message>
        <source>Fetch cancelled; nothing was stored.</source>
        <translation>Abruf abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2 (check the category names); nothing was stored.</source>
        <translation>%1 ließ sich nicht abrufen: %2 (prüfen Sie die Kategorienamen); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2; nothing was stored.</source>
        <translation>%1 ließ sich nicht abrufen: %2; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 is in the future; nothing to fetch.</source>
        <translation>%1 liegt in der Zukunft; es gibt nichts abzurufen.</translation>
    </message>
    <message>
        <source>Asking the arXiv API for %1</source>
        <translation>Die arXiv-API wird nach %1 gefragt</translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: %2; nothing was stored.</source>
        <translation>%1 ließ sich nicht von der arXiv-API abrufen: %2; es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %n paper(s)</source>
        <translation>
            <numerusform>%1 von %n Artikel abgerufen</numerusform>
            <numerusform>%1 von %n Artikeln abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: it reports %2 papers for one day, more than any day holds; nothing was stored.</source>
        <translation>%1 ließ sich nicht von der arXiv-API abrufen: Sie meldet %2 Artikel für einen Tag, mehr als je ein Tag enthält; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not fetch %1 from the arXiv API: it stopped after %2 of %3 papers; nothing was stored.</source>
        <translation>%1 ließ sich nicht von der arXiv-API abrufen: Sie brach nach %2 von %3 Artikeln ab; es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Asking the arXiv API for %n paper(s)</source>
        <translation>
            <numerusform>Die arXiv-API wird nach %n Artikel gefragt</numerusform>
            <numerusform>Die arXiv-API wird nach %n Artikeln gefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched %1 of %2</source>
        <translation>%1 von %2 abgerufen</translation>
    </message>
    <message>
        <source>Could not store the papers: %1; nothing was changed.</source>
        <translation>Die Artikel ließen sich nicht speichern: %1; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n paper(s) (%1 new to the cache, %2 updated).</source>
        <translation>
            <numerusform>%n Artikel gespeichert (%1 neu im Cache, %2 aktualisiert).</numerusform>
            <numerusform>%n Artikel gespeichert (%1 neu im Cache, %2 aktualisiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv does not know %1.</source>
        <translation>arXiv kennt %1 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n paper(s)</source>
        <translation>
            <numerusform>%n Artikel wird gespeichert</numerusform>
            <numerusform>%n Artikel werden gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the day: %1; nothing was changed.</source>
        <translation>Der Tag ließ sich nicht speichern: %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not fetch %1: the feed is dated %2, %3; nothing was stored.</source>
        <translation>%1 ließ sich nicht abrufen: Der Feed ist auf %2 datiert, %3; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>before arXiv began</source>
        <translation>vor dem Beginn von arXiv</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>arXiv announced nothing in %1</source>
        <translation>arXiv hat in %1 nichts angekündigt</translation>
    </message>
    <message>
        <source>%1 is before arXiv began (%2); nothing to fetch.</source>
        <translation>%1 liegt vor dem Beginn von arXiv (%2); es gibt nichts abzurufen.</translation>
    </message>
    <message>
        <source>the arXiv API lists no papers in %1 for it</source>
        <translation>die arXiv-API führt dafür keine Artikel in %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unusable item(s): %1.</source>
        <translation>
            <numerusform>%n unbrauchbarer Eintrag übersprungen: %1.</numerusform>
            <numerusform>%n unbrauchbare Einträge übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The feed for %1 lists %n paper(s), the cache holds %2 for that day; kept all %2 and updated %3 from the feed (%4 new to the cache).</source>
        <translation>
            <numerusform>Der Feed für %1 führt %n Artikel, der Cache hält %2 für diesen Tag; alle %2 behalten und %3 aus dem Feed aktualisiert (%4 neu im Cache).</numerusform>
            <numerusform>Der Feed für %1 führt %n Artikel, der Cache hält %2 für diesen Tag; alle %2 behalten und %3 aus dem Feed aktualisiert (%4 neu im Cache).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paperboy::FileOutput</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>paperboy::KeyStore</name>
    <message>
        <source>no keyring answered (is GNOME Keyring, KWallet or another Secret Service running?)</source>
        <translation>kein Schlüsselbund hat geantwortet (läuft GNOME Keyring, KWallet oder ein anderer Secret Service?)</translation>
    </message>
    <message>
        <source>the keyring&apos;s password prompt was cancelled</source>
        <translation>die Passwortabfrage des Schlüsselbunds wurde abgebrochen</translation>
    </message>
    <message>
        <source>the keyring refused access (it may be locked)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (er ist vielleicht gesperrt)</translation>
    </message>
    <message>
        <source>the keyring failed without saying why</source>
        <translation>der Schlüsselbund ist ohne Angabe von Gründen gescheitert</translation>
    </message>
    <message>
        <source>the keyring failed: %1</source>
        <translation>der Schlüsselbund ist gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>paperboy::LibraryImport</name>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot import %1: it is not a regular file</source>
        <translation>%1 kann nicht importiert werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is not a BibTeX file: it holds no entries</source>
        <translation>%1 ist keine BibTeX-Datei: sie enthält keine Einträge</translation>
    </message>
    <message>
        <source>%1 cites no arXiv papers; nothing was changed</source>
        <translation>%1 zitiert keine arXiv-Artikel; nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n paper(s) of %1 from arXiv</source>
        <translation>
            <numerusform>%n Artikel von %1 wird von arXiv abgerufen</numerusform>
            <numerusform>%n Artikel von %1 werden von arXiv abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Kept: %2 of the %3 arXiv papers of %4 are stored and starred; importing it again fetches the rest.</source>
        <translation>%1 Behalten: %2 der %3 arXiv-Artikel von %4 sind gespeichert und markiert; ein erneuter Import ruft den Rest ab.</translation>
    </message>
    <message>
        <source>cannot write the cache: %1</source>
        <translation>der Cache kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n arXiv paper(s) of %1</source>
        <translation>
            <numerusform>%n arXiv-Artikel von %1 markiert</numerusform>
            <numerusform>%n arXiv-Artikel von %1 markiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 fetched from arXiv, %2 already in the cache).</source>
        <translation> (%1 von arXiv abgerufen, %2 schon im Cache).</translation>
    </message>
    <message>
        <source> arXiv does not know %1.</source>
        <translation> arXiv kennt %1 nicht.</translation>
    </message>
    <message>
        <source> %1 more are left for the next import (at most %2 are fetched in one run).</source>
        <translation> %1 weitere bleiben für den nächsten Import (höchstens %2 werden in einem Lauf abgerufen).</translation>
    </message>
    <message>
        <source> arXiv does not know %1 and %2 more.</source>
        <translation> arXiv kennt %1 und %2 weitere nicht.</translation>
    </message>
</context>
<context>
    <name>paperboy::LlmClient</name>
    <message>
        <source>the server&apos;s answer is not a model list</source>
        <translation>die Antwort des Servers ist keine Modellliste</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no message</source>
        <translation>die Antwort des Servers enthält keine Nachricht</translation>
    </message>
    <message>
        <source>the model refused: %1</source>
        <translation>das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Paperboy does not send the key or the papers elsewhere</source>
        <translation>der Server hat die Anfrage an %1 umgeleitet; Paperboy sendet den Schlüssel und die Artikel nirgendwo anders hin</translation>
    </message>
    <message>
        <source>the server moved the request to %1 (HTTP %2), which would lose its content: set the server&apos;s address to match</source>
        <translation>der Server hat die Anfrage nach %1 verschoben (HTTP %2), wodurch ihr Inhalt verloren ginge: Passen Sie die Adresse des Servers an</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1</source>
        <translation>die Antwort des Servers ist größer als %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is empty</source>
        <translation>die Antwort des Servers ist leer</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the server&apos;s answer holds no choices</source>
        <translation>die Antwort des Servers enthält keine Auswahl (choices)</translation>
    </message>
    <message>
        <source>the model&apos;s answer is empty</source>
        <translation>die Antwort des Modells ist leer</translation>
    </message>
    <message>
        <source>the model&apos;s answer holds no text</source>
        <translation>die Antwort des Modells enthält keinen Text</translation>
    </message>
    <message>
        <source>: cut off at its length limit (finish_reason &quot;length&quot;)</source>
        <translation>: an ihrer Längengrenze abgeschnitten (finish_reason &quot;length&quot;)</translation>
    </message>
    <message>
        <source>: withheld by the content filter (finish_reason &quot;content_filter&quot;)</source>
        <translation>: vom Inhaltsfilter zurückgehalten (finish_reason &quot;content_filter&quot;)</translation>
    </message>
    <message>
        <source>the server did not finish its answer within %1 s</source>
        <translation>der Server hat seine Antwort nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>der Server hat %1 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>keine Antwort in %1 s</translation>
    </message>
</context>
<context>
    <name>paperboy::MainWindow</name>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The day shown: every day in the cache</source>
        <translation>Der angezeigte Tag: jeder Tag im Cache</translation>
    </message>
    <message>
        <source>Search all papers  ( / )</source>
        <translation>Alle Artikel durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Paperboy keeps running</source>
        <translation>Paperboy läuft weiter</translation>
    </message>
    <message>
        <source>It fetches and scores each weekday evening. Quit from the tray icon&apos;s menu.</source>
        <translation>Es ruft an jedem Werktagabend ab und bewertet. Beenden Sie es über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>%1 · %2 papers</source>
        <translation>%1 · %2 Artikel</translation>
    </message>
    <message>
        <source>No days yet</source>
        <translation>Noch keine Tage</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the newest %1 of more than %1 matches</source>
        <translation>die neuesten %1 von mehr als %1 Treffern</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in all papers: %2 · %3 shown</source>
        <translation>„%1“ in allen Artikeln: %2 · %3 angezeigt</translation>
    </message>
    <message>
        <source>No papers yet: click Fetch Today.</source>
        <translation>Noch keine Artikel: Klicken Sie auf „Heute abrufen“.</translation>
    </message>
    <message>
        <source>%1 tokens · $%2</source>
        <translation>%1 Tokens · $%2</translation>
    </message>
    <message>
        <source>Mark R&amp;ead</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>The cache did not take the change (%1); it was undone. Check the disk.</source>
        <translation>Der Cache hat die Änderung nicht übernommen (%1); sie wurde rückgängig gemacht. Prüfen Sie das Laufwerk.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) hidden as not interesting; the offline scorer learns from it.</source>
        <translation>
            <numerusform>%n Artikel als nicht interessant ausgeblendet; die Offline-Bewertung lernt daraus.</numerusform>
            <numerusform>%n Artikel als nicht interessant ausgeblendet; die Offline-Bewertung lernt daraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) stored (%2 announced in your categories).</source>
        <translation>
            <numerusform>%1: %n Artikel gespeichert (%2 in Ihren Kategorien angekündigt).</numerusform>
            <numerusform>%1: %n Artikel gespeichert (%2 in Ihren Kategorien angekündigt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Score them</source>
        <translation>Jetzt bewerten</translation>
    </message>
    <message>
        <source>No announcement on %1: %2.</source>
        <translation>Keine Ankündigung am %1: %2.</translation>
    </message>
    <message>
        <source>arXiv does not announce on weekends</source>
        <translation>arXiv kündigt am Wochenende nichts an</translation>
    </message>
    <message>
        <source>Fetch stopped; nothing was stored.</source>
        <translation>Abruf angehalten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Check the connection and try again.</source>
        <translation>Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>arXiv may be busy or in maintenance: try again in a few minutes.</source>
        <translation>arXiv ist vielleicht ausgelastet oder wird gewartet: Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the categories in Settings.</source>
        <translation>Prüfen Sie die Kategorien in den Einstellungen.</translation>
    </message>
    <message>
        <source>Check the free space on the disk.</source>
        <translation>Prüfen Sie den freien Speicherplatz auf dem Laufwerk.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) could not be scored (%1); Score tries them again.</source>
        <translation>
            <numerusform>%n Artikel ließ sich nicht bewerten (%1); „Bewerten“ versucht es erneut.</numerusform>
            <numerusform>%n Artikel ließen sich nicht bewerten (%1); „Bewerten“ versucht es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring stopped; the scores received so far are kept.</source>
        <translation>Bewertung angehalten; die bisher erhaltenen Bewertungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The API key was rejected: open Settings to enter a valid key. Scores received before were kept.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Öffnen Sie die Einstellungen, um einen gültigen Schlüssel einzugeben. Zuvor erhaltene Bewertungen blieben erhalten.</translation>
    </message>
    <message>
        <source>Fetch a Past Day</source>
        <translation>Vergangenen Tag abrufen</translation>
    </message>
    <message>
        <source>A past day is rebuilt from the arXiv API: new submissions and cross-lists of the day&apos;s submission window (replacements are not included).</source>
        <translation>Ein vergangener Tag wird aus der arXiv-API nachgebildet: Neueinreichungen und Cross-Listings aus dem Einreichungszeitraum des Tages (neue Versionen sind nicht enthalten).</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Nothing to export: no paper is selected or starred.</source>
        <translation>Nichts zu exportieren: Kein Artikel ist ausgewählt oder mit Stern markiert.</translation>
    </message>
    <message>
        <source>Export to BibTeX</source>
        <translation>Als BibTeX exportieren</translation>
    </message>
    <message>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX-Dateien (*.bib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) exported to %1.</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
            <numerusform>%n Artikel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Digest</source>
        <translation>Tagesübersicht exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Markdown-Dateien (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The digest of %1 was exported to %2.</source>
        <translation>Die Tagesübersicht vom %1 wurde nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>BibTeX of %n paper(s) copied.</source>
        <translation>
            <numerusform>BibTeX von %n Artikel kopiert.</numerusform>
            <numerusform>BibTeX von %n Artikeln kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The criteria could not be saved (%1); nothing was changed.</source>
        <translation>Die Kriterien ließen sich nicht speichern (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Criteria saved as version %1.</source>
        <translation>Kriterien als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Score Again?</source>
        <translation>Erneut bewerten?</translation>
    </message>
    <message numerus="yes">
        <source>Your criteria changed. Score the %n paper(s) of %1 against them now?</source>
        <translation>
            <numerusform>Ihre Kriterien haben sich geändert. Den %n Artikel vom %1 jetzt danach bewerten?</numerusform>
            <numerusform>Ihre Kriterien haben sich geändert. Die %n Artikel vom %1 jetzt danach bewerten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Paperboy</source>
        <translation>Über Paperboy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;The day&apos;s arXiv papers, scored for relevance and novelty against your own criteria.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperboy %1&lt;/h3&gt;&lt;p&gt;Die arXiv-Artikel des Tages, nach Relevanz und Neuheit bewertet – anhand Ihrer eigenen Kriterien.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) today</source>
        <translation>
            <numerusform>Heute %n relevanter Artikel</numerusform>
            <numerusform>Heute %n relevante Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>No relevant papers today</source>
        <translation>Heute keine relevanten Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) fetched and scored.</source>
        <translation>
            <numerusform>%1: %n Artikel abgerufen und bewertet.</numerusform>
            <numerusform>%1: %n Artikel abgerufen und bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of QLocale::toString: Mon 27 Apr 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format of QLocale::toString: Saturday 8 Nov</comment>
        <translation>dddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of QLocale::toString: Monday 27 April</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>arXiv announced nothing in your categories</source>
        <translation>arXiv hat in Ihren Kategorien nichts angekündigt</translation>
    </message>
    <message>
        <source>Scores from:</source>
        <translation>Bewertungen von:</translation>
    </message>
    <message>
        <source>Whose scores the day shows: the latest run&apos;s under the current criteria, or another model that scored the day</source>
        <translation>Wessen Bewertungen der Tag zeigt: die des letzten Laufs unter den aktuellen Kriterien oder eines anderen Modells, das den Tag bewertet hat</translation>
    </message>
    <message>
        <source>The criteria cannot be read: %1</source>
        <translation>Die Kriterien lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Offline scorer</source>
        <translation>Offline-Bewertung</translation>
    </message>
    <message>
        <source> · %1 set aside by title</source>
        <translation> · %1 nach Titel zurückgestellt</translation>
    </message>
    <message>
        <source> · scores from %1</source>
        <translation> · Bewertungen von %1</translation>
    </message>
    <message>
        <source>the offline scorer</source>
        <translation>der Offline-Bewertung</translation>
    </message>
    <message>
        <source>%1: %2 announced · %3 scanned · %4 relevant</source>
        <translation>%1: %2 angekündigt · %3 durchgesehen · %4 relevant</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <comment>continues the status line</comment>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager opened %1.</source>
        <translation>Kein Dateimanager hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>No web browser opened %1.</source>
        <translation>Kein Webbrowser hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>The address is copied: paste it where you need it.</source>
        <translation>Die Adresse ist kopiert: Fügen Sie sie ein, wo Sie sie brauchen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read; Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert; Strg+Z nimmt es zurück.</numerusform>
            <numerusform>%n Artikel als gelesen markiert; Strg+Z nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paper of the day was read already.</source>
        <translation>Alle Artikel des Tages waren schon gelesen.</translation>
    </message>
    <message>
        <source>Clear the search and go back to the day</source>
        <translation>Suche leeren und zum Tag zurückkehren</translation>
    </message>
    <message>
        <source>Go to the first result</source>
        <translation>Zum ersten Treffer gehen</translation>
    </message>
    <message>
        <source>The damaged cache was moved to %1. Paperboy started a new, empty cache in its place.</source>
        <translation>Der beschädigte Cache wurde nach %1 verschoben. Paperboy hat an seiner Stelle einen neuen, leeren Cache begonnen.</translation>
    </message>
    <message>
        <source>Choose a Cache File</source>
        <translation>Cache-Datei wählen</translation>
    </message>
    <message>
        <source>Paperboy caches (*.sqlite);;All files (*)</source>
        <translation>Paperboy-Caches (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists.

Append only the papers it does not cite yet, after its entries and keeping everything in it as it is, or replace the whole file with these papers?</source>
        <translation>%1 existiert bereits.

Nur die Artikel anhängen, die darin noch nicht zitiert sind – hinter seinen Einträgen, wobei alles darin bleibt, wie es ist –, oder die ganze Datei durch diese Artikel ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Append New Entries</source>
        <translation>Neue Einträge &amp;anhängen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Im Suchfeld</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Zu den Treffern gehen</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the toolbar, the search box, the table and the reader</source>
        <translation>Zwischen Werkzeugleiste, Suchfeld, Tabelle und Leseansicht wechseln</translation>
    </message>
    <message>
        <source> · %1 set aside by the offline scorer</source>
        <translation> · %1 von der Offline-Bewertung zurückgestellt</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>Webseiten (*.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Build Web Site of the Cache</source>
        <translation>Website des Caches erstellen</translation>
    </message>
    <message numerus="yes">
        <source>The web site of %n day(s) is in %1:</source>
        <translation>
            <numerusform>Die Website mit %n Tag ist in %1:</numerusform>
            <numerusform>Die Website mit %n Tagen ist in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated.</source>
        <translation>
            <numerusform>%n Datei aktualisiert.</numerusform>
            <numerusform>%n Dateien aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Nothing to send to Zotero: no paper is selected or starred.</source>
        <translation>Nichts an Zotero zu senden: kein Artikel ist ausgewählt oder markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) to Zotero…</source>
        <translation>
            <numerusform>%n Artikel wird an Zotero gesendet…</numerusform>
            <numerusform>%n Artikel werden an Zotero gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Append Starred to Bibliography</source>
        <translation>Markierte an Bibliografie anhängen</translation>
    </message>
    <message>
        <source>Nothing to append: no paper is starred.</source>
        <translation>Nichts anzuhängen: kein Artikel ist markiert.</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>Tei&amp;len</translation>
    </message>
    <message>
        <source>Push Day to &amp;Slack</source>
        <translation>Tag an &amp;Slack senden</translation>
    </message>
    <message>
        <source>Push Day to &amp;Matrix</source>
        <translation>Tag an &amp;Matrix senden</translation>
    </message>
    <message>
        <source>Push Day to the &amp;Webhook</source>
        <translation>Tag an den &amp;Webhook senden</translation>
    </message>
    <message>
        <source>The daily routine&apos;s push: %1</source>
        <translation>Senden der täglichen Routine: %1</translation>
    </message>
    <message>
        <source>Not pushed to %1: %2.</source>
        <translation>Nicht an %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>A push of %1 to %2 is already under way.</source>
        <translation>Ein Senden von %1 an %2 läuft bereits.</translation>
    </message>
    <message>
        <source>Building the site: day %1 of %2</source>
        <translation>Website wird erstellt: Tag %1 von %2</translation>
    </message>
    <message>
        <source>Building the site</source>
        <translation>Website wird erstellt</translation>
    </message>
    <message>
        <source>Set &amp;Up Sharing…</source>
        <translation>Teilen &amp;einrichten…</translation>
    </message>
</context>
<context>
    <name>paperboy::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>paperboy::PaperTableModel</name>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
    <message>
        <source>Starred (S to unstar)</source>
        <translation>Mit Stern (S entfernt den Stern)</translation>
    </message>
    <message>
        <source>Not starred (S to star)</source>
        <translation>Ohne Stern (S markiert mit Stern)</translation>
    </message>
    <message>
        <source>You follow %1</source>
        <translation>Sie folgen %1</translation>
    </message>
    <message>
        <source>Starred papers</source>
        <translation>Mit Stern markierte Artikel</translation>
    </message>
    <message>
        <source>How the paper was announced: new, cross-listed or replaced</source>
        <translation>Wie der Artikel angekündigt wurde: neu, als Cross-Listing oder als neue Version</translation>
    </message>
    <message>
        <source>How well the paper matches your criteria (1–10)</source>
        <translation>Wie gut der Artikel zu Ihren Kriterien passt (1–10)</translation>
    </message>
    <message>
        <source>How new the paper&apos;s contribution is (1–10)</source>
        <translation>Wie neu der Beitrag des Artikels ist (1–10)</translation>
    </message>
    <message>
        <source>Set aside by the title pass (%1): not relevant by its title. Score These Fully sends its abstract.</source>
        <translation>Vom Titeldurchgang zurückgestellt (%1): nach dem Titel nicht relevant. „Vollständig bewerten“ sendet den Abstract.</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer: not sent to %1. Score These Fully sends it.</source>
        <translation>Von der Offline-Bewertung zurückgestellt: nicht an %1 gesendet. „Vollständig bewerten“ sendet ihn.</translation>
    </message>
</context>
<context>
    <name>paperboy::PriceEditor</name>
    <message>
        <source>&amp;Add Model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Cache-Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>USD per million tokens. Models without a price (local servers) cost nothing; a dated name like gpt-4o-mini-2024-07-18 takes the price of gpt-4o-mini.</source>
        <translation>USD pro Million Tokens. Modelle ohne Preis (lokale Server) kosten nichts; ein Name mit Datum wie gpt-4o-mini-2024-07-18 erhält den Preis von gpt-4o-mini.</translation>
    </message>
</context>
<context>
    <name>paperboy::ProviderPreset</name>
    <message>
        <source>Google Gemini (OpenAI endpoint)</source>
        <translation>Google Gemini (OpenAI-Endpunkt)</translation>
    </message>
    <message>
        <source>Ollama (local)</source>
        <translation>Ollama (lokal)</translation>
    </message>
    <message>
        <source>llama.cpp server (local)</source>
        <translation>llama.cpp-Server (lokal)</translation>
    </message>
    <message>
        <source>vLLM (local)</source>
        <translation>vLLM (lokal)</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (lokal)</translation>
    </message>
</context>
<context>
    <name>paperboy::PushSettingsTab</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>An incoming webhook&apos;s address. Mattermost hooks take the same messages.</source>
        <translation>Die Adresse eines eingehenden Webhooks. Mattermost-Hooks nehmen dieselben Nachrichten an.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Any address that takes Paperboy&apos;s JSON (docs/PUSH.md). Discord and Mattermost accept Slack-style payloads: put their hooks under Slack (Discord&apos;s with /slack at the end).</source>
        <translation>Jede Adresse, die Paperboys JSON annimmt (docs/PUSH.md). Discord und Mattermost nehmen Nachrichten im Slack-Format an: Tragen Sie ihre Hooks unter Slack ein (den von Discord mit /slack am Ende).</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>A room the account behind the token has joined.</source>
        <translation>Ein Raum, dem das Konto hinter dem Token beigetreten ist.</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Tägliche Routine</translation>
    </message>
    <message>
        <source>Push each day&apos;s relevant papers after the daily routine scores it</source>
        <translation>Die relevanten Artikel jedes Tages senden, nachdem die tägliche Routine ihn bewertet hat</translation>
    </message>
    <message>
        <source>to Slack</source>
        <translation>an Slack</translation>
    </message>
    <message>
        <source>to Matrix</source>
        <translation>an Matrix</translation>
    </message>
    <message>
        <source>to the webhook</source>
        <translation>an den Webhook</translation>
    </message>
    <message>
        <source>the Slack webhook address</source>
        <translation>die Slack-Webhook-Adresse</translation>
    </message>
    <message>
        <source>the Matrix access token</source>
        <translation>das Matrix-Zugriffstoken</translation>
    </message>
    <message>
        <source>the webhook address</source>
        <translation>die Webhook-Adresse</translation>
    </message>
    <message>
        <source>Set by %1 in the environment, which overrides what is saved here.</source>
        <translation>Durch %1 in der Umgebung gesetzt, was das hier Gespeicherte überschreibt.</translation>
    </message>
    <message>
        <source>Homeserver:</source>
        <translation>Homeserver:</translation>
    </message>
    <message>
        <source>Room id:</source>
        <translation>Raum-ID:</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Not forgotten: %1</source>
        <translation>Nicht vergessen: %1</translation>
    </message>
    <message>
        <source>Set in the environment</source>
        <translation>In der Umgebung gesetzt</translation>
    </message>
    <message>
        <source>Type or paste a new one</source>
        <translation>Neuen eingeben oder einfügen</translation>
    </message>
    <message>
        <source>Set by %1 in the environment, which overrides what is saved here; not editable here.</source>
        <translation>Durch %1 in der Umgebung gesetzt, was das hier Gespeicherte überschreibt; hier nicht änderbar.</translation>
    </message>
    <message>
        <source>One is saved in the keychain.</source>
        <translation>Im Schlüsselbund ist einer gespeichert.</translation>
    </message>
    <message>
        <source>None saved.</source>
        <translation>Keiner gespeichert.</translation>
    </message>
    <message>
        <source>the keychain cannot be read: %1</source>
        <translation>der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the homeserver</source>
        <translation>der Homeserver</translation>
    </message>
    <message>
        <source>the room id</source>
        <translation>die Raum-ID</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent: the test message reached %1.</source>
        <translation>Gesendet: Die Testnachricht hat %1 erreicht.</translation>
    </message>
    <message>
        <source>the Matrix homeserver</source>
        <translation>der Matrix-Homeserver</translation>
    </message>
    <message>
        <source>the Matrix room id is not a room id (!id:server)</source>
        <translation>die Matrix-Raum-ID ist keine Raum-ID (!id:server)</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. Set %3 in the environment instead.</source>
        <translation>%1 wurde nicht gespeichert: %2. Setzen Sie stattdessen %3 in der Umgebung.</translation>
    </message>
    <message>
        <source>The keychain did not take %1: %2</source>
        <translation>Der Schlüsselbund hat %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>None saved: the keychain cannot be read.</source>
        <translation>Keiner gespeichert: Der Schlüsselbund kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1. What is typed here cannot be saved; the environment variables named in docs/PUSH.md can hold it instead.</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1. Was hier eingegeben wird, kann nicht gespeichert werden; stattdessen können die in docs/PUSH.md genannten Umgebungsvariablen es aufnehmen.</translation>
    </message>
</context>
<context>
    <name>paperboy::ReaderPane</name>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>Wählen Sie einen Artikel aus, um sein Abstract zu lesen.</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>angekündigt am %1</translation>
    </message>
    <message>
        <source>Relevance %1</source>
        <translation>Relevanz %1</translation>
    </message>
    <message>
        <source>Novelty %1</source>
        <translation>Neuheit %1</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Kommentare: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Zeitschrift: %1</translation>
    </message>
    <message>
        <source>scored by %1</source>
        <translation>bewertet von %1</translation>
    </message>
    <message>
        <source>Set aside by %1&apos;s title pass</source>
        <translation>Vom Titeldurchgang von %1 zurückgestellt</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <source>Only its title was read (%1); “Score These Fully” sends its abstract.</source>
        <translation>Nur der Titel wurde gelesen (%1); „Vollständig bewerten“ sendet den Abstract.</translation>
    </message>
    <message>
        <source>scored offline</source>
        <translation>offline bewertet</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer</source>
        <translation>Von der Offline-Bewertung zurückgestellt</translation>
    </message>
    <message>
        <source>not sent to %1</source>
        <translation>nicht an %1 gesendet</translation>
    </message>
    <message>
        <source>It ranked far below the day&apos;s cut offline; “Score These Fully” sends it to %1.</source>
        <translation>Er lag offline weit unter der Schwelle des Tages; „Vollständig bewerten“ sendet ihn an %1.</translation>
    </message>
</context>
<context>
    <name>paperboy::RubricModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>paperboy::RunEstimate</name>
    <message numerus="yes">
        <source>The offline scorer sets aside %n of the %1 paper(s) unsent (far below the day&apos;s cut); the estimate is for the rest.</source>
        <translation>
            <numerusform>Die Offline-Bewertung stellt %n der %1 Artikel ungesendet zurück (weit unter der Schwelle des Tages); die Schätzung gilt für den Rest.</numerusform>
            <numerusform>Die Offline-Bewertung stellt %n der %1 Artikel ungesendet zurück (weit unter der Schwelle des Tages); die Schätzung gilt für den Rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>auto</source>
        <comment>title pass chosen by the estimate</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>as set</source>
        <comment>title pass chosen by the person</comment>
        <translation>eingestellt</translation>
    </message>
    <message numerus="yes">
        <source>about %1% kept in the last %n title pass(es)</source>
        <translation>
            <numerusform>etwa %1 % behalten im letzten (%n) Titeldurchgang</numerusform>
            <numerusform>etwa %1 % behalten in den letzten %n Titeldurchgängen</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1% kept (a default: no title pass measured yet)</source>
        <translation>etwa %1 % behalten (ein Standardwert: noch kein Titeldurchgang gemessen)</translation>
    </message>
    <message>
        <source>saves about $%1 against abstracts only</source>
        <translation>spart etwa $%1 gegenüber nur Abstracts</translation>
    </message>
    <message>
        <source>costs about $%1 more than abstracts only</source>
        <translation>kostet etwa $%1 mehr als nur Abstracts</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Title pass on (%1; %2): %3, %4; %5.</source>
        <translation>Titeldurchgang an (%1; %2): %3, %4; %5.</translation>
    </message>
    <message>
        <source>Title pass off (%1): one over %2 (%3), %4, %5.</source>
        <translation>Titeldurchgang aus (%1): einer über %2 (%3), %4, %5.</translation>
    </message>
</context>
<context>
    <name>paperboy::ScoreRepository</name>
    <message>
        <source>%1 has no scores yet</source>
        <translation>%1 hat noch keine Bewertungen</translation>
    </message>
    <message>
        <source>%1 has no scores from %2; it was scored by %3</source>
        <translation>%1 hat keine Bewertungen von %2; bewertet wurde der Tag von %3</translation>
    </message>
</context>
<context>
    <name>paperboy::ScoreWorker</name>
    <message>
        <source>Scoring stopped; every finished batch was kept.</source>
        <translation>Bewertung angehalten; jeder fertige Stapel wurde behalten.</translation>
    </message>
    <message>
        <source>Scoring is already running.</source>
        <translation>Es läuft bereits eine Bewertung.</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>There is no day in the cache yet: fetch one first.</source>
        <translation>Im Cache ist noch kein Tag: Rufen Sie zuerst einen ab.</translation>
    </message>
    <message>
        <source>%1 is not in the cache: fetch it first.</source>
        <translation>%1 ist nicht im Cache: Rufen Sie den Tag zuerst ab.</translation>
    </message>
    <message>
        <source>Every paper of %1 already has a score from %2 for these criteria; nothing sent.</source>
        <translation>Jeder Artikel vom %1 hat bereits eine Bewertung von %2 für diese Kriterien; nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot write to the cache: %1</source>
        <translation>In den Cache lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Stopped at the budget of %1 (spent %2); every finished batch was kept.</source>
        <translation>Beim Budget von %1 angehalten (ausgegeben: %2); jeder fertige Stapel wurde behalten.</translation>
    </message>
    <message>
        <source>The API key was rejected (%1): check OPENAI_API_KEY or the key in the keychain (paperboy key set).</source>
        <translation>Der API-Schlüssel wurde abgelehnt (%1): Prüfen Sie OPENAI_API_KEY oder den Schlüssel im Schlüsselbund (paperboy key set).</translation>
    </message>
    <message>
        <source>The account has no quota left (%1): check the plan and billing.</source>
        <translation>Das Konto hat kein Kontingent mehr (%1): Prüfen Sie Tarif und Abrechnung.</translation>
    </message>
    <message>
        <source>too long for the model&apos;s context (%1)</source>
        <translation>zu lang für den Kontext des Modells (%1)</translation>
    </message>
    <message>
        <source>no valid score in %1 replies</source>
        <translation>keine gültige Bewertung in %1 Antworten</translation>
    </message>
    <message>
        <source>title pre-filter: not relevant by its title</source>
        <translation>Titel-Vorfilter: dem Titel nach nicht relevant</translation>
    </message>
    <message>
        <source>Cannot write the scores to the cache: %1; earlier batches were kept.</source>
        <translation>Die Bewertungen lassen sich nicht in den Cache schreiben: %1; frühere Stapel wurden behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %1 of %n paper(s) of %2 with %3: %4 relevant</source>
        <translation>
            <numerusform>%1 von %n Artikel vom %2 mit %3 bewertet: %4 relevant</numerusform>
            <numerusform>%1 von %n Artikeln vom %2 mit %3 bewertet: %4 relevant</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 set aside by title</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>, %1 nach Titel aussortiert</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>; %n request(s), %1 prompt + %2 completion tokens, %3</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>
            <numerusform>; %n Anfrage, %1 Prompt- + %2 Antwort-Tokens, %3</numerusform>
            <numerusform>; %n Anfragen, %1 Prompt- + %2 Antwort-Tokens, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends &apos;Scored ... relevant&apos;</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1); nothing was sent. Paperboy always checks certificates: give the server one this system trusts, or use http:// for a server on this machine.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert (%1); es wurde nichts gesendet. Paperboy prüft Zertifikate immer: Geben Sie dem Server eines, dem dieses System vertraut, oder verwenden Sie http:// für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Its text addresses the model; scored on its own. %1</source>
        <translation>Sein Text richtet sich an das Modell; einzeln bewertet. %1</translation>
    </message>
    <message>
        <source>Stopped: %1. Every finished batch was kept.</source>
        <translation>Angehalten: %1. Jeder fertige Stapel wurde behalten.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>a timeout</source>
        <translation>einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>a server error (HTTP %1)</source>
        <translation>einem Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>einem Netzwerkfehler</translation>
    </message>
    <message>
        <source>a rate limit</source>
        <translation>einer Ratenbegrenzung</translation>
    </message>
    <message>
        <source>an unusable answer</source>
        <translation>einer unbrauchbaren Antwort</translation>
    </message>
    <message>
        <source>The server asks to wait %1 before the next request; stopped, every finished batch was kept.</source>
        <translation>Der Server bittet, %1 bis zur nächsten Anfrage zu warten; angehalten, jeder fertige Stapel wurde behalten.</translation>
    </message>
    <message>
        <source>No request has succeeded for %1 (the last: %2); stopped, every finished batch was kept.</source>
        <translation>Seit %1 war keine Anfrage erfolgreich (zuletzt: %2); angehalten, jeder fertige Stapel wurde behalten.</translation>
    </message>
    <message>
        <source>waiting %1 for the server&apos;s rate limit</source>
        <translation>warte %1 wegen der Ratenbegrenzung des Servers</translation>
    </message>
    <message numerus="yes">
        <source>retrying %n paper(s) in %1 after %2 (retry %3 of %4)</source>
        <translation>
            <numerusform>%n Artikel wird in %1 erneut gesendet nach %2 (Wiederholung %3 von %4)</numerusform>
            <numerusform>%n Artikel werden in %1 erneut gesendet nach %2 (Wiederholung %3 von %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n paper(s) of %1 offline costs nothing and sends nothing; nothing was scored.</source>
        <translation>
            <numerusform>Die Offline-Bewertung von %n Arbeit vom %1 kostet nichts und sendet nichts; nichts wurde bewertet.</numerusform>
            <numerusform>Die Offline-Bewertung von %n Arbeiten vom %1 kostet nichts und sendet nichts; nichts wurde bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another Paperboy run (process %1) is scoring %2 in this cache; this one was not started and sent nothing: try again when that run has finished.</source>
        <translation>Ein anderer Paperboy-Lauf (Prozess %1) bewertet %2 in diesem Cache; dieser wurde nicht gestartet und hat nichts gesendet: versuchen Sie es erneut, wenn jener Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Cannot lock %1 for scoring beside the cache (its folder may not be writable).</source>
        <translation>%1 kann neben dem Cache nicht für die Bewertung gesperrt werden (der Ordner ist womöglich nicht beschreibbar).</translation>
    </message>
    <message>
        <source>, %1 scored again one by one (their batch&apos;s reply gave them all the same scores)</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>, %1 einzeln neu bewertet (die Antwort für ihren Stapel gab allen dieselben Werte)</translation>
    </message>
    <message>
        <source>Cannot read or store the criteria: %1</source>
        <translation>Die Kriterien lassen sich nicht lesen oder speichern: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Der Cache lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>No paper of %1 is set aside by %2 for these criteria; nothing sent.</source>
        <translation>Kein Artikel von %1 ist von %2 für diese Kriterien zurückgestellt; nichts gesendet.</translation>
    </message>
    <message>
        <source>There is nothing to score: %1 has no papers in your categories and announce types; nothing sent.</source>
        <translation>Es gibt nichts zu bewerten: %1 hat keine Artikel in Ihren Kategorien und Ankündigungsarten; nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1): attempt %2, next try in %3</source>
        <translation>Server nicht erreichbar (%1): Versuch %2, nächster Versuch in %3</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the scoring server at %1 (%2); gave up after %3 and %n attempt(s).</source>
        <translation>
            <numerusform>Der Bewertungsserver unter %1 war nicht erreichbar (%2); nach %3 und %n Versuch aufgegeben.</numerusform>
            <numerusform>Der Bewertungsserver unter %1 war nicht erreichbar (%2); nach %3 und %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finished batch was kept; check that the server is running and that this is its address.</source>
        <translation>Jeder fertige Stapel wurde behalten; prüfen Sie, ob der Server läuft und dies seine Adresse ist.</translation>
    </message>
    <message>
        <source>Nothing was scored; check that the server is running and that this is its address.</source>
        <translation>Es wurde nichts bewertet; prüfen Sie, ob der Server läuft und dies seine Adresse ist.</translation>
    </message>
    <message>
        <source>set aside by the offline scorer</source>
        <translation>von der Offline-Bewertung zurückgestellt</translation>
    </message>
    <message>
        <source>, %1 set aside by the offline scorer</source>
        <comment>continues &apos;Scored ... relevant&apos;</comment>
        <translation>, %1 von der Offline-Bewertung zurückgestellt</translation>
    </message>
</context>
<context>
    <name>paperboy::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;arXiv</source>
        <translation>&amp;arXiv</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <source>arXiv categories (cs.LG) or whole archives (hep-th), separated by commas.</source>
        <translation>arXiv-Kategorien (cs.LG) oder ganze Archive (hep-th), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>New submissions</source>
        <translation>Neueinreichungen</translation>
    </message>
    <message>
        <source>Cross-lists from other categories</source>
        <translation>Cross-Listings aus anderen Kategorien</translation>
    </message>
    <message>
        <source>Replacements (new versions)</source>
        <translation>Ersetzungen (neue Versionen)</translation>
    </message>
    <message>
        <source>Cross-listed replacements</source>
        <translation>Ersetzungen von Cross-Listings</translation>
    </message>
    <message>
        <source>Announce types:</source>
        <translation>Ankündigungsarten:</translation>
    </message>
    <message>
        <source>&amp;Offline: built in, free, learns from your stars</source>
        <translation>O&amp;ffline: eingebaut, kostenlos, lernt aus Ihren Sternen</translation>
    </message>
    <message>
        <source>A &amp;language model on an OpenAI-compatible server</source>
        <translation>Ein &amp;Sprachmodell auf einem OpenAI-kompatiblen Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Another server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Automatic (low for reasoning models)</source>
        <translation>Automatisch (niedrig für Reasoning-Modelle)</translation>
    </message>
    <message>
        <source>Reasoning &amp;effort:</source>
        <translation>Den&amp;kaufwand:</translation>
    </message>
    <message>
        <source>Type or paste a new key</source>
        <translation>Neuen Schlüssel eingeben oder einfügen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Each run</source>
        <translation>Jeder Lauf</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source>Papers per &amp;request:</source>
        <translation>Artikel pro A&amp;nfrage:</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>&amp;Budget per run:</source>
        <translation>&amp;Budget pro Lauf:</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows when Paperboy starts again.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Paperboy.</translation>
    </message>
    <message>
        <source>&amp;Fetch and score each weekday evening while Paperboy runs</source>
        <translation>An jedem Werktagabend a&amp;brufen und bewerten, solange Paperboy läuft</translation>
    </message>
    <message>
        <source>Start in the system &amp;tray</source>
        <translation>Im &amp;Infobereich starten</translation>
    </message>
    <message>
        <source>Daily routine:</source>
        <translation>Tägliche Routine:</translation>
    </message>
    <message>
        <source>Shortly after arXiv&apos;s announcement (20:00 New York time, Sunday to Thursday); a day missed while the computer was off is fetched at the next start. An icon in the tray shows the unread papers, and a notification says how many are relevant.</source>
        <translation>Kurz nach der Ankündigung von arXiv (20:00 Uhr New Yorker Zeit, Sonntag bis Donnerstag); ein Tag, der verpasst wurde, während der Computer aus war, wird beim nächsten Start abgerufen. Ein Symbol im Infobereich zeigt die ungelesenen Artikel, und eine Benachrichtigung sagt, wie viele relevant sind.</translation>
    </message>
    <message>
        <source>The key comes from OPENAI_API_KEY, which wins over the keychain.</source>
        <translation>Der Schlüssel stammt aus OPENAI_API_KEY, das Vorrang vor dem Schlüsselbund hat.</translation>
    </message>
    <message>
        <source>A key is kept for this session only: no keyring answered.</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung behalten: Kein Schlüsselbund hat geantwortet.</translation>
    </message>
    <message>
        <source>A key is saved in the keychain.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keyring cannot be reached (%1): a key typed here is kept for this session only.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%1): Ein hier eingegebener Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, like http://localhost:11434/v1.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Connected: %1 offers %2.</source>
        <translation>Verbunden: %1 bietet %2 an.</translation>
    </message>
    <message>
        <source>Connected, but %1 does not offer %2. It offers: %3.</source>
        <translation>Verbunden, aber %1 bietet %2 nicht an. Angeboten werden: %3.</translation>
    </message>
    <message>
        <source>%1 rejected the key (%2): check it.</source>
        <translation>%1 hat den Schlüssel abgelehnt (%2): Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>%1 answers but lists no models (HTTP 404); scoring may still work.</source>
        <translation>%1 antwortet, listet aber keine Modelle auf (HTTP 404); die Bewertung kann trotzdem funktionieren.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 hat geantwortet: %2</translation>
    </message>
    <message>
        <source>Name at least one category, like cs.LG.</source>
        <translation>Nennen Sie mindestens eine Kategorie, etwa cs.LG.</translation>
    </message>
    <message>
        <source>Choose at least one announce type.</source>
        <translation>Wählen Sie mindestens eine Ankündigungsart.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (like http://localhost:11434/v1).</source>
        <translation>„%1“ ist keine Serveradresse (wie http://localhost:11434/v1).</translation>
    </message>
    <message>
        <source>Name the model to score with.</source>
        <translation>Nennen Sie das Modell, mit dem bewertet werden soll.</translation>
    </message>
    <message>
        <source>The prices could not be saved: %1</source>
        <translation>Die Preise ließen sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The keychain did not take the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen ließen sich nicht nach %1 schreiben.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved. No keyring answered: the key is kept for this session only.</source>
        <translation>Einstellungen gespeichert. Kein Schlüsselbund hat geantwortet: Der Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Settings saved; the key is in the keychain.</source>
        <translation>Einstellungen gespeichert; der Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2).</source>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>The key cannot be sent: %1.</source>
        <translation>Der Schlüssel kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>The key was not saved: %1.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>minimal</source>
        <comment>reasoning effort</comment>
        <translation>minimal</translation>
    </message>
    <message>
        <source>low</source>
        <comment>reasoning effort</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>reasoning effort</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <comment>reasoning effort</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Write letters outside ASCII as &amp;UTF-8, for biblatex and biber</source>
        <translation>Buchstaben außerhalb von ASCII als &amp;UTF-8 schreiben, für biblatex und biber</translation>
    </message>
    <message>
        <source>BibTeX export:</source>
        <translation>BibTeX-Export:</translation>
    </message>
    <message>
        <source>Off, names and titles are written as ASCII LaTeX ({\&quot;u}), which pdflatex with classic BibTeX reads.</source>
        <translation>Aus: Namen und Titel werden als ASCII-LaTeX geschrieben ({\&quot;u}), das pdflatex mit klassischem BibTeX liest.</translation>
    </message>
    <message>
        <source>Title pass and casca&amp;de</source>
        <translation>Titeldurchgang und Kasca&amp;de</translation>
    </message>
    <message>
        <source>How long a reasoning model (gpt-5, o-series) thinks about each batch; other models do not take an effort</source>
        <translation>Wie lange ein Reasoning-Modell (gpt-5, o-Serie) über jeden Stapel nachdenkt; andere Modelle nehmen keinen Aufwand an</translation>
    </message>
    <message>
        <source>Automatic (8; 4 for a server on this computer)</source>
        <translation>Automatisch (8; 4 für einen Server auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Title pass</source>
        <translation>Titeldurchgang</translation>
    </message>
    <message>
        <source>A cheap first pass asks a model about the titles alone; the papers it finds clearly off topic never have their abstracts sent.</source>
        <translation>Ein günstiger erster Durchgang fragt ein Modell nur nach den Titeln; von Artikeln, die er klar als themenfremd erkennt, werden die Abstracts nie gesendet.</translation>
    </message>
    <message>
        <source>Automatic (on when it saves money)</source>
        <translation>Automatisch (an, wenn es Geld spart)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Automatic runs the title pass on a day where reading the titles first costs less than sending every abstract</source>
        <translation>Automatisch führt den Titeldurchgang an Tagen aus, an denen erst die Titel zu lesen weniger kostet, als jedes Abstract zu senden</translation>
    </message>
    <message>
        <source>Tit&amp;le pass:</source>
        <translation>Tite&amp;ldurchgang:</translation>
    </message>
    <message>
        <source>Same as the scoring model</source>
        <translation>Wie das Bewertungsmodell</translation>
    </message>
    <message>
        <source>A smaller, cheaper model is often enough to tell from a title whether a paper is worth reading</source>
        <translation>Ein kleineres, günstigeres Modell reicht oft, um am Titel zu erkennen, ob sich ein Artikel lohnt</translation>
    </message>
    <message>
        <source>Title pass &amp;model:</source>
        <translation>Titeldurchgang-&amp;Modell:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>How long a reasoning model thinks about the titles; a title needs far less thought than an abstract. Other models do not take an effort</source>
        <translation>Wie lange ein Reasoning-Modell über die Titel nachdenkt; ein Titel braucht viel weniger Nachdenken als ein Abstract. Andere Modelle nehmen keinen Aufwand an</translation>
    </message>
    <message>
        <source>Title pass &amp;effort:</source>
        <translation>Titeldurchgang-&amp;Aufwand:</translation>
    </message>
    <message>
        <source>S&amp;kip papers the offline scorer ranks far below the cut (cascade)</source>
        <translation>Artikel über&amp;springen, die die Offline-Bewertung weit unter der Schwelle einordnet (Kaskade)</translation>
    </message>
    <message>
        <source>The built-in scorer ranks the day first; papers far below the cut are set aside unsent and marked “set aside by the offline scorer”. A recall guard keeps it from setting aside more than its measured record of missing relevant papers allows</source>
        <translation>Die eingebaute Bewertung ordnet den Tag zuerst; Artikel weit unter der Schwelle werden ungesendet zurückgestellt und als „von der Offline-Bewertung zurückgestellt“ markiert. Eine Trefferschranke verhindert, dass sie mehr zurückstellt, als ihre gemessene Quote verpasster relevanter Artikel erlaubt</translation>
    </message>
    <message>
        <source>The offline scorer sends nothing, so it has no title pass and nothing to skip: these apply to a language model.</source>
        <translation>Die Offline-Bewertung sendet nichts, hat also keinen Titeldurchgang und nichts zu überspringen: Dies gilt für ein Sprachmodell.</translation>
    </message>
    <message>
        <source>Fetch a day to see what a run with these settings would cost.</source>
        <translation>Rufen Sie einen Tag ab, um zu sehen, was ein Lauf mit diesen Einstellungen kosten würde.</translation>
    </message>
    <message>
        <source>&amp;Bibliography</source>
        <translation>&amp;Bibliografie</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>Sharing: %1.</source>
        <translation>Teilen: %1.</translation>
    </message>
    <message>
        <source>Bibliography: %1.</source>
        <translation>Bibliografie: %1.</translation>
    </message>
</context>
<context>
    <name>paperboy::TopicEditor</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Drag a topic to reorder it</source>
        <translation>Ziehen Sie ein Thema, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add a topic at the end of the list</source>
        <translation>Ein Thema am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Model compression and efficiency</source>
        <translation>z. B. Model compression and efficiency</translation>
    </message>
    <message>
        <source>What a paper must be about to count, e.g. new pruning, quantization or distillation methods</source>
        <translation>Worum es in einem Artikel gehen muss, damit er zählt, z. B. new pruning, quantization or distillation methods</translation>
    </message>
    <message>
        <source>What looks close but does not count, e.g. a known method applied to a new dataset</source>
        <translation>Was ähnlich aussieht, aber nicht zählt, z. B. a known method applied to a new dataset</translation>
    </message>
    <message>
        <source>Selected topic</source>
        <translation>Ausgewähltes Thema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>What &amp;counts:</source>
        <translation>Was &amp;zählt:</translation>
    </message>
    <message>
        <source>&amp;What does not count:</source>
        <translation>Was ni&amp;cht zählt:</translation>
    </message>
    <message>
        <source>(untitled topic)</source>
        <translation>(Thema ohne Namen)</translation>
    </message>
</context>
<context>
    <name>paperboy::TrayIcon</name>
    <message>
        <source>Open Paperboy</source>
        <translation>Paperboy öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Paperboy: %n unread paper(s)</source>
        <translation>
            <numerusform>Paperboy: %n ungelesener Artikel</numerusform>
            <numerusform>Paperboy: %n ungelesene Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Paperboy</source>
        <translation>Paperboy</translation>
    </message>
</context>
<context>
    <name>paperboy::UnusableItems</name>
    <message>
        <source>no arXiv identifier</source>
        <translation>keine arXiv-Kennung</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>kein Titel</translation>
    </message>
    <message>
        <source>no authors</source>
        <translation>keine Autoren</translation>
    </message>
    <message>
        <source>no abstract</source>
        <translation>keine Zusammenfassung</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 of %2 items lack an arXiv identifier, a title, authors or an abstract (%3)</source>
        <translation>%1 von %2 Einträgen fehlt eine arXiv-Kennung, ein Titel, Autoren oder eine Zusammenfassung (%3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>paperboy::WindowHost</name>
    <message>
        <source>A Paperboy window is already open on %1; it was brought forward.</source>
        <translation>Ein Paperboy-Fenster ist bereits für %1 geöffnet; es wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>paperboy::XmlText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>paperboy::ZoteroConnector</name>
    <message>
        <source>Zotero at %1 did not answer within %2 s</source>
        <translation>Zotero unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector: its answer is larger than %2 KiB</source>
        <translation>was unter %1 antwortet, ist nicht der Zotero-Connector: die Antwort ist größer als %2 KiB</translation>
    </message>
    <message>
        <source>Zotero at %1 answered HTTP %2</source>
        <translation>Zotero unter %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>Zotero at %1 answered HTTP %2: %3</source>
        <translation>Zotero unter %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Zotero is not running (nothing answers at %1): start Zotero and try again</source>
        <translation>Zotero läuft nicht (unter %1 antwortet nichts): Starten Sie Zotero und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot reach Zotero at %1: %2</source>
        <translation>Zotero unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector (HTTP %2)</source>
        <translation>was unter %1 antwortet, ist nicht der Zotero-Connector (HTTP %2)</translation>
    </message>
    <message>
        <source>PAPERBOY_ZOTERO_URL=&apos;%1&apos; is not an http URL like http://127.0.0.1:23119</source>
        <translation>PAPERBOY_ZOTERO_URL=&apos;%1&apos; ist keine http-URL wie http://127.0.0.1:23119</translation>
    </message>
    <message>
        <source>what answers at %1 is not Zotero&apos;s connector</source>
        <translation>was unter %1 antwortet, ist nicht der Zotero-Connector</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>%n Artikel an Zotero gesendet.</numerusform>
            <numerusform>%n Artikel an Zotero gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>%1; %2 of %3 papers were sent before</source>
        <translation>%1; %2 von %3 Artikeln wurden vorher gesendet</translation>
    </message>
    <message>
        <source>the sending to Zotero was stopped</source>
        <translation>das Senden an Zotero wurde angehalten</translation>
    </message>
</context>
<context>
    <name>paperboy::apikey</name>
    <message>
        <source>the key contains a line break</source>
        <translation>der Schlüssel enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the key contains a control character</source>
        <translation>der Schlüssel enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the key contains a space</source>
        <translation>der Schlüssel enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>the key contains a character that is not plain ASCII</source>
        <translation>der Schlüssel enthält ein Zeichen außerhalb von ASCII</translation>
    </message>
</context>
<context>
    <name>paperboy::bibsync</name>
    <message>
        <source>The bibliography was not changed: %1.</source>
        <translation>Die Bibliografie wurde nicht geändert: %1.</translation>
    </message>
    <message>
        <source>The bibliography %1 is gone (moved or deleted?); the star is kept, and Append Starred to Bibliography writes the file again.</source>
        <translation>Die Bibliografie %1 ist nicht mehr da (verschoben oder gelöscht?); die Markierung bleibt, und „Markierte an Bibliografie anhängen“ schreibt die Datei neu.</translation>
    </message>
    <message>
        <source>The bibliography was not changed (the star is kept): %1.</source>
        <translation>Die Bibliografie wurde nicht geändert (die Markierung bleibt): %1.</translation>
    </message>
    <message>
        <source>the bibliography file %1 is not a full path (like %2): the window and the command line would each look for it in another folder</source>
        <translation>die Bibliografiedatei %1 ist kein vollständiger Pfad (wie %2): Fenster und Befehlszeile würden sie jeweils in einem anderen Ordner suchen</translation>
    </message>
</context>
<context>
    <name>paperboy::digest</name>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1 ist nicht im Cache</translation>
    </message>
    <message>
        <source>the cache holds no day yet: fetch one first</source>
        <translation>der Cache enthält noch keinen Tag: Rufen Sie zuerst einen ab</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>der Cache lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Paperboy digest %1</source>
        <translation>Paperboy-Tagesübersicht %1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <comment>digest: tokens sent</comment>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <comment>digest: tokens received</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>digest: prompt + completion</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Token</source>
        <comment>digest: the row of token counts</comment>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>digest: the row of costs</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total arXiv papers: %1</source>
        <translation>arXiv-Artikel insgesamt: %1</translation>
    </message>
    <message>
        <source>Total scanned papers: %1</source>
        <translation>Durchgesehene Artikel insgesamt: %1</translation>
    </message>
    <message>
        <source>Total relevant papers: %1</source>
        <translation>Relevante Artikel insgesamt: %1</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autoren: %1</translation>
    </message>
    <message>
        <source>ArXiv ID: %1</source>
        <translation>arXiv-ID: %1</translation>
    </message>
    <message>
        <source>Abstract: %1</source>
        <translation>Abstract: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Relevance: %1 Novelty: %2</source>
        <translation>Relevanz: %1 Neuheit: %2</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>Paper selection prompt</source>
        <translation>Prompt für die Artikelauswahl</translation>
    </message>
    <message>
        <source>Set aside by its title: %1</source>
        <translation>Nach dem Titel zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Set aside by the offline scorer.</source>
        <translation>Von der Offline-Bewertung zurückgestellt.</translation>
    </message>
    <message>
        <source>PDF</source>
        <comment>digest: the link to a paper&apos;s PDF</comment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>en</source>
        <comment>digest: the language code (BCP 47) of this translation, for the web page</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>digest: the heading above the papers</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All days</source>
        <comment>web site: the link from a day to the list</comment>
        <translation>Alle Tage</translation>
    </message>
</context>
<context>
    <name>paperboy::i18n</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of QLocale::toString: Mon 27 Apr 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>paperboy::network</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
</context>
<context>
    <name>paperboy::push</name>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>Relevanz %1 · Neuheit %2</translation>
    </message>
    <message>
        <source>followed author %1</source>
        <translation>gefolgter Autor %1</translation>
    </message>
    <message>
        <source>Paperboy %1</source>
        <translation>Paperboy %1</translation>
    </message>
    <message>
        <source>%1 relevant of %2 papers</source>
        <translation>%1 relevante von %2 Artikeln</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>%1 must be an https address: plain http would send its secret in the clear (http is accepted only for this computer)</source>
        <translation>%1 muss eine https-Adresse sein: einfaches http würde das Geheimnis im Klartext senden (http wird nur für diesen Rechner angenommen)</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n relevant paper(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n relevanten Artikel von %1 an %2 gesendet.</numerusform>
            <numerusform>%n relevante Artikel von %1 an %2 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was pushed to %2 at %3; nothing sent.</source>
        <translation>%1 wurde am %3 an %2 gesendet; nichts gesendet.</translation>
    </message>
    <message>
        <source>The push to %1 failed: %2</source>
        <translation>Das Senden an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pushed, but cannot record it in the cache: %1</source>
        <translation>gesendet, aber im Cache nicht vermerkbar: %1</translation>
    </message>
    <message>
        <source>the Slack webhook address (Settings, Sharing, or %1)</source>
        <translation>die Slack-Webhook-Adresse (Einstellungen, Teilen, oder %1)</translation>
    </message>
    <message>
        <source>the Matrix homeserver (Settings, Sharing, or %1)</source>
        <translation>der Matrix-Homeserver (Einstellungen, Teilen, oder %1)</translation>
    </message>
    <message>
        <source>the webhook address (Settings, Sharing, or %1)</source>
        <translation>die Webhook-Adresse (Einstellungen, Teilen, oder %1)</translation>
    </message>
    <message>
        <source>the Matrix room (Settings, Sharing, or %1)</source>
        <translation>der Matrix-Raum (Einstellungen, Teilen, oder %1)</translation>
    </message>
    <message>
        <source>the Matrix access token (Settings, Sharing, or %1)</source>
        <translation>das Matrix-Zugriffstoken (Einstellungen, Teilen, oder %1)</translation>
    </message>
    <message>
        <source>the keychain: %1</source>
        <translation>der Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Paperboy test message: the day&apos;s relevant papers can be posted here.</source>
        <translation>Paperboy-Testnachricht: Die relevanten Artikel des Tages können hier gepostet werden.</translation>
    </message>
    <message>
        <source>%1 holds a line break</source>
        <translation>%1 enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>%1 is not a room id (!id:server)</source>
        <translation>%1 ist keine Raum-ID (!id:server)</translation>
    </message>
    <message>
        <source>the saved Matrix access token is for %1, not %2: type the token for %2 in Settings, Sharing (or set %3)</source>
        <translation>das gespeicherte Matrix-Zugriffstoken gilt für %1, nicht für %2: Geben Sie das Token für %2 unter Einstellungen, Teilen ein (oder setzen Sie %3)</translation>
    </message>
    <message>
        <source>another homeserver</source>
        <translation>einen anderen Homeserver</translation>
    </message>
    <message>
        <source>%1 holds a user name or password: Matrix needs only the access token</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort: Matrix braucht nur das Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>paperboy::push::PushSender</name>
    <message>
        <source>%1 kept refusing with 429 Too Many Requests; try again later</source>
        <translation>%1 lehnte weiter mit 429 Too Many Requests ab; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s (429 Too Many Requests); try again later</source>
        <translation>%1 bittet, %2 s zu warten (429 Too Many Requests); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which is not followed; check the address</source>
        <translation>%1 antwortete mit einer Umleitung (HTTP %2), der nicht gefolgt wird; prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 KiB; not read</source>
        <translation>%1 antwortete mit mehr als %2 KiB; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 refused the message: HTTP %2</source>
        <translation>%1 hat die Nachricht abgelehnt: HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source> (after %1 of %2 messages)</source>
        <translation> (nach %1 von %2 Nachrichten)</translation>
    </message>
</context>
<context>
    <name>paperboy::settings</name>
    <message>
        <source>&apos;%1&apos; is not an arXiv category (like cs.LG or math.AG)</source>
        <translation>„%1“ ist keine arXiv-Kategorie (wie cs.LG oder math.AG)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an announce type (new, cross, replace, replace-cross)</source>
        <translation>„%1“ ist keine Ankündigungsart (new, cross, replace, replace-cross)</translation>
    </message>
</context>
<context>
    <name>paperboy::site</name>
    <message>
        <source>Paperboy: the relevant papers</source>
        <comment>web site: the feed&apos;s title</comment>
        <translation>Paperboy: die relevanten Artikel</translation>
    </message>
    <message>
        <source>Paperboy digests</source>
        <comment>web site: the title of the list of days</comment>
        <translation>Paperboy-Übersichten</translation>
    </message>
    <message>
        <source>The relevant papers as a feed (Atom)</source>
        <comment>web site: the link to the feed</comment>
        <translation>Die relevanten Artikel als Feed (Atom)</translation>
    </message>
    <message>
        <source>Every day in the cache, newest first</source>
        <translation>Jeder Tag im Cache, neueste zuerst</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>web site: column of the list of days</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>web site: column of the list of days</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>web site: column of the list of days</comment>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>web site: column of the list of days</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Older days not listed: %1</source>
        <translation>Nicht aufgeführte ältere Tage: %1</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the cache holds no day yet: fetch one first</source>
        <translation>der Cache enthält noch keinen Tag: Rufen Sie zuerst einen ab</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write into the folder %1</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not a page of a Paperboy site: it is kept, and nothing was written (choose an empty folder, or the one an earlier build wrote)</source>
        <translation>%1 ist keine Seite einer Paperboy-Website: Sie bleibt erhalten, und nichts wurde geschrieben (wählen Sie einen leeren Ordner oder den eines früheren Aufbaus)</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 of %n day(s): the pages written stay, the list of days is as it was</source>
        <translation>
            <numerusform>angehalten nach %1 von %n Tag: die geschriebenen Seiten bleiben, die Liste der Tage ist wie zuvor</numerusform>
            <numerusform>angehalten nach %1 von %n Tagen: die geschriebenen Seiten bleiben, die Liste der Tage ist wie zuvor</numerusform>
        </translation>
    </message>
</context>
</TS>
