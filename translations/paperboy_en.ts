<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
