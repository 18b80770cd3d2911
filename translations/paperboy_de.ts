<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Fetch today</source>
        <translation>Heute abrufen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The cache cannot be opened: %1</source>
        <translation>Der Zwischenspeicher lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Der Zwischenspeicher lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>No papers yet: click Fetch today.</source>
        <translation>Noch keine Artikel: Klicken Sie auf „Heute abrufen“.</translation>
    </message>
    <message>
        <source>%1: %2 announced, %3 kept</source>
        <translation>%1: %2 angekündigt, %3 behalten</translation>
    </message>
    <message>
        <source>Abstract page</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Score the day&apos;s papers against your criteria</source>
        <translation>Die Artikel des Tages nach Ihren Kriterien bewerten</translation>
    </message>
    <message>
        <source>Scoring: %1 of %2 papers, %3 tokens, $%4</source>
        <translation>Bewertung: %1 von %2 Artikeln, %3 Tokens, $%4</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>Bewertung fehlgeschlagen</translation>
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
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Star or unstar the selected paper</source>
        <translation>Den gewählten Artikel markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Could not save the star: %1</source>
        <translation>Die Markierung ließ sich nicht speichern: %1</translation>
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
</context>
</TS>
