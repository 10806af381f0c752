<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>AgendaActions</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Vecka %1: %2 – %3</translation>
    </message>
    <message>
        <source>Names in the calendar file</source>
        <translation>Namn i kalenderfilen</translation>
    </message>
    <message>
        <source>The calendar file leaves the vault unencrypted: your phone, its backups and any calendar service it syncs with will hold the clients' %1. Put them in the file?</source>
        <translation>Kalenderfilen lämnar valvet okrypterad: telefonen, dess säkerhetskopior och varje kalendertjänst den synkar med kommer att ha klienternas %1. Ska de med i filen?</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initialer</translation>
    </message>
    <message>
        <source>names</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Spara kalenderfilen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n session(s)). The file is not encrypted.</source>
        <translation>
            <numerusform>Sparade %1 (%n session). Filen är inte krypterad.</numerusform>
            <numerusform>Sparade %1 (%n sessioner). Filen är inte krypterad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file was not written: %1</source>
        <translation>Kalenderfilen skrevs inte: %1</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 av %3</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Vecka</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I d&amp;ag</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nästa ▶</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planerade sessioner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Notes to sign</source>
        <translation>Att signera</translation>
    </message>
    <message>
        <source>Click a session to open its client and note.</source>
        <translation>Klicka på en session för att öppna klienten och anteckningen.</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>&amp;Exportera till kalender…</translation>
    </message>
    <message>
        <source>Write the planned sessions as an .ics file for your phone's calendar (by default without names)</source>
        <translation>Skriv de planerade sessionerna som en .ics-fil för telefonens kalender (som standard utan namn)</translation>
    </message>
    <message>
        <source>&amp;Show the agenda after unlocking</source>
        <translation>&amp;Visa agendan efter upplåsning</translation>
    </message>
    <message>
        <source>No planned sessions</source>
        <translation>Inga planerade sessioner</translation>
    </message>
<message numerus="yes">
        <source>%n unsigned note(s)</source>
        <translation>
            <numerusform>%n osignerad anteckning</numerusform>
            <numerusform>%n osignerade anteckningar</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>App</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Something went wrong: %1; nothing more was changed.</source>
        <translation>Något gick fel: %1; inget mer ändrades.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>Choose backup &amp;folder…</source>
        <translation>Välj &amp;mapp för säkerhetskopior…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>Ta &amp;bort ur listan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Mapp för säkerhetskopior: %1</translation>
    </message>
    <message>
        <source>No backup folder chosen yet (a USB stick is a good place).</source>
        <translation>Ingen mapp för säkerhetskopior vald än (ett USB-minne är ett bra ställe).</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s).</source>
        <translation>
            <numerusform>Ingen säkerhetskopia på %n dag.</numerusform>
            <numerusform>Ingen säkerhetskopia på %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds erased data: connect it so the app can clean it</source>
        <translation>Innehåller raderade uppgifter: anslut den så att appen kan rensa den</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Inte åtkomlig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Säkerhetskopiera till</translation>
    </message>
    <message>
        <source>Journal backups (*%1)</source>
        <translation>Säkerhetskopior av journalen (*%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Återställ från</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>The passphrase that was valid when the backup was made:</source>
        <translation>Lösenfrasen som gällde när säkerhetskopian gjordes:</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Replace the open vault?</source>
        <translation>Ersätta det öppna valvet?</translation>
    </message>
    <message>
        <source>The backup is sound. Replace the open vault with it? The current vault is kept unchanged in a folder beside it until you delete it.</source>
        <translation>Säkerhetskopian är hel. Ersätta det öppna valvet med den? Det nuvarande valvet sparas oförändrat i en mapp bredvid tills du tar bort det.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Restored. Unlock the vault to continue.</source>
        <translation>Återställt. Lås upp valvet för att fortsätta.</translation>
    </message>
    <message>
        <source>Erased clients may come back</source>
        <translation>Raderade klienter kan komma tillbaka</translation>
    </message>
    <message>
        <source>No record of the erasures made after this backup could be read. Clients erased since the backup would come back and must be erased again by hand. Restore anyway?</source>
        <translation>Ingen uppgift om de raderingar som gjorts efter den här säkerhetskopian gick att läsa. Klienter som raderats sedan dess skulle komma tillbaka och måste raderas igen för hand. Återställa ändå?</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No names (recommended)</source>
        <translation>Inga namn (rekommenderas)</translation>
    </message>
    <message>
        <source>The client's initials</source>
        <translation>Klientens initialer</translation>
    </message>
    <message>
        <source>The client's full name</source>
        <translation>Klientens fullständiga namn</translation>
    </message>
    <message>
        <source>The file holds every planned session from today on: the word above, the time and the length. It leaves the vault unencrypted, for your phone's calendar (and any cloud it syncs to). Import it again after a change: the same sessions are updated, not added twice.</source>
        <translation>Filen innehåller varje planerad session från i dag och framåt: ordet ovan, tiden och längden. Den lämnar valvet okrypterad, till telefonens kalender (och varje moln den synkar med). Importera den igen efter en ändring: samma sessioner uppdateras, de läggs inte till två gånger.</translation>
    </message>
    <message>
        <source>Each event &amp;says:</source>
        <translation>Varje händelse &amp;säger:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
</context>
<context>
    <name>CardPartPage</name>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1, text</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnoskod</translation>
    </message>
    <message>
        <source>ICD-10-SE code or free text, optional</source>
        <translation>ICD-10-SE-kod eller fritext, frivilligt</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnos:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bedömning:</translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation>Planerade åtgärder</translation>
    </message>
    <message>
        <source>Planned evaluation date</source>
        <translation>Datum för planerad utvärdering</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation>Planerade å&amp;tgärder:</translation>
    </message>
    <message>
        <source>Planned &amp;evaluation:</source>
        <translation>Planerad &amp;utvärdering:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Earlier signed versions</source>
        <translation>Tidigare signerade versioner</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signera…</translation>
    </message>
    <message>
        <source>Sign this part; it can then only be corrected</source>
        <translation>Signera delen; därefter kan den bara rättas</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Rätta</translation>
    </message>
    <message>
        <source>Write a correction; the signed text is kept</source>
        <translation>Skriv en rättelse; den signerade texten behålls</translation>
    </message>
    <message>
        <source>Disca&amp;rd correction</source>
        <translation>Släng rättelse&amp;n</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Invoice this session</source>
        <translation>Fakturera detta samtal</translation>
    </message>
    <message>
        <source>kronor, VAT included</source>
        <translation>kronor, moms inräknad</translation>
    </message>
    <message>
        <source>%1 on an invoice of its own. The invoice is shown before it is issued.</source>
        <translation>%1 på en egen faktura. Fakturan visas innan den utfärdas.</translation>
    </message>
    <message>
        <source>&amp;Price (kr):</source>
        <translation>&amp;Pris (kr):</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Redigera klient</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>No&amp;tes about the client:</source>
        <translation>Ö&amp;vrigt om klienten:</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Valid %1: %2</source>
        <translation>Giltigt %1: %2</translation>
    </message>
    <message>
        <source>Write the client's name.</source>
        <translation>Skriv klientens namn.</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Inget paket</translation>
    </message>
    <message>
        <source>erase pending</source>
        <translation>väntar på radering</translation>
    </message>
    <message>
        <source>A package is completed and its notes wait to be erased.</source>
        <translation>Ett paket är avslutat och dess anteckningar väntar på att raderas.</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search clients and notes (%1)</source>
        <translation>Sök klienter och anteckningar (%1)</translation>
    </message>
    <message>
        <source>Search clients and notes</source>
        <translation>Sök klienter och anteckningar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes that match the search</source>
        <translation>Anteckningar som matchar sökningen</translation>
    </message>
    <message>
        <source>Ne&amp;w client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>New client (%1)</source>
        <translation>Ny klient (%1)</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Visa a&amp;rkiverade</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Client actions</source>
        <translation>Klientåtgärder</translation>
    </message>
    <message>
        <source>Client &amp;actions</source>
        <translation>Klient&amp;åtgärder</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Redigera klient…</translation>
    </message>
    <message>
        <source>A&amp;rchive client</source>
        <translation>A&amp;rkivera klient</translation>
    </message>
    <message>
        <source>Edit the selected &amp;package…</source>
        <translation>Ändra valt &amp;paket…</translation>
    </message>
    <message>
        <source>&amp;Journal card…</source>
        <translation>&amp;Journalkort…</translation>
    </message>
    <message>
        <source>Background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</source>
        <translation>Bakgrund, bedömning, behandlingsplan, information och avböjd vård (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Double-click a package to correct it</source>
        <translation>Dubbelklicka på ett paket för att rätta det</translation>
    </message>
    <message>
        <source>Add &amp;package…</source>
        <translation>Lägg till &amp;paket…</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>Fa&amp;kturera…</translation>
    </message>
    <message>
        <source>Show the selected package's invoice before it is issued</source>
        <translation>Visa det valda paketets faktura innan den utfärdas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Ne&amp;xt note to sign</source>
        <translation>Nästa anteckning a&amp;tt signera</translation>
    </message>
    <message>
        <source>Open the earliest held session whose note is not signed yet</source>
        <translation>Öppna det tidigaste genomförda samtalet vars anteckning inte är signerad än</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Lägg till &amp;samtal…</translation>
    </message>
    <message>
        <source>Add a session (%1)</source>
        <translation>Lägg till ett samtal (%1)</translation>
    </message>
    <message>
        <source>Hel&amp;d</source>
        <translation>Genom&amp;fört</translation>
    </message>
    <message>
        <source>Cancell&amp;ed</source>
        <translation>Avb&amp;okat</translation>
    </message>
    <message>
        <source>La&amp;te cancellation</source>
        <translation>S&amp;en avbokning</translation>
    </message>
    <message>
        <source>N&amp;o-show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <source>Mark the selected session</source>
        <translation>Markera det valda samtalet</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Kv&amp;ittera</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Markera:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Köpt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>%1 of %2 sessions held</source>
        <translation>%1 av %2 samtal hållna</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
<message numerus="yes">
        <source>%n note(s) to sign</source>
        <translation>
            <numerusform>%n anteckning att signera</numerusform>
            <numerusform>%n anteckningar att signera</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the client's notes</source>
        <translation>Radera klientens anteckningar</translation>
    </message>
    <message>
        <source>Export the journal as PDF for the client…</source>
        <translation>Exportera journalen som PDF till klienten…</translation>
    </message>
    <message>
        <source>Erase now…</source>
        <translation>Radera nu…</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Påminn mig senare</translation>
    </message>
    <message>
        <source>The client's name, to confirm the erase</source>
        <translation>Klientens namn, för att bekräfta raderingen</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Your retention policy is the patient journal under Patientdatalagen: notes are kept at least 10 years after the last entry (PDL 3 kap 17 §), and only IVO can decide on an earlier destruction (8 kap 4 §). The app will offer the erase when the 10 years are over.

{reason}

You can still export the journal as a PDF for the client.</source>
        <translation>Din gallringsregel är patientjournal enligt patientdatalagen: anteckningar sparas minst 10 år efter sista uppgiften (PDL 3 kap. 17 §), och bara IVO kan besluta om tidigare förstöring (8 kap. 4 §). Appen erbjuder raderingen när de 10 åren har gått.

{reason}

Du kan fortfarande exportera journalen som PDF till klienten.</translation>
    </message>
    <message>
        <source>{name} has completed the package “{package}”. The practice's privacy notice promises that the notes are now erased.</source>
        <translation>{name} har avslutat paketet ”{package}”. Mottagningens integritetspolicy lovar att anteckningarna nu raderas.</translation>
    </message>
    <message>
        <source>Every package of {name} is completed. The practice's privacy notice promises that the notes are erased.</source>
        <translation>Alla paket för {name} är avslutade. Mottagningens integritetspolicy lovar att anteckningarna raderas.</translation>
    </message>
    <message>
        <source>{name} has asked for their notes to be erased (GDPR art. 17).</source>
        <translation>{name} har begärt att anteckningarna raderas (GDPR art. 17).</translation>
    </message>
    <message numerus="yes">
        <source>Erasing removes for good %n note(s) with every earlier version and draft, and their search entries.</source>
        <translation>
            <numerusform>Raderingen tar bort %n anteckning för gott, med alla tidigare versioner och utkast samt dess sökposter.</numerusform>
            <numerusform>Raderingen tar bort %n anteckningar för gott, med alla tidigare versioner och utkast samt deras sökposter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client's contact details and journal card are removed too.</source>
        <translation>Klientens kontaktuppgifter och journalkort tas också bort.</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF sparad: %1</translation>
    </message>
    <message>
        <source>Save the PDF again…</source>
        <translation>Spara PDF:en igen…</translation>
    </message>
    <message numerus="yes">
        <source>To erase %n note(s) of {name} for good, type the client's name: {name}</source>
        <translation>
            <numerusform>Skriv klientens namn för att radera %n anteckning för {name} för gott: {name}</numerusform>
            <numerusform>Skriv klientens namn för att radera %n anteckningar för {name} för gott: {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>A billing record of each paid package (name, identity number, address, e-mail, phone, package, price, date; no notes) is kept until the end of the seventh year, as bokföringslagen requires.</source>
        <translation>En faktureringsuppgift för varje betalt paket (namn, personnummer, adress, e-post, telefon, paket, pris, datum; inga anteckningar) sparas till utgången av det sjunde året, som bokföringslagen kräver.</translation>
    </message>
    <message>
        <source>An erasure receipt without name or content records that the erase was done. Offer the client the journal as a PDF first: an erase cannot be undone.</source>
        <translation>Ett raderingskvitto utan namn eller innehåll visar att raderingen gjordes. Erbjud klienten journalen som PDF först: en radering kan inte ångras.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The PDF export is not available in this build.</source>
        <translation>PDF-exporten finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>Erasing and checking…</source>
        <translation>Raderar och kontrollerar…</translation>
    </message>
    <message>
        <source>Erased and checked: nothing refers to the notes any more.</source>
        <translation>Raderat och kontrollerat: inget hänvisar längre till anteckningarna.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export journal as PDF</source>
        <translation>Exportera journalen som PDF</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The whole journal of %1 (sessions, notes and corrections) will be saved as a PDF to hand to the client.</source>
        <translation>Hela journalen för %1 (samtal, anteckningar och rättelser) sparas som en PDF att lämna till klienten.</translation>
    </message>
    <message>
        <source>Everything the vault holds about %1 (details, sessions, notes, billing records and the access log) will be saved as a PDF.</source>
        <translation>Allt valvet innehåller om %1 (uppgifter, samtal, anteckningar, faktureringsuppgifter och åtkomstloggen) sparas som en PDF.</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Skydda PDF:en med ett lösenord</translation>
    </message>
    <message>
        <source>Suggest a password</source>
        <translation>Föreslå ett lösenord</translation>
    </message>
    <message>
        <source>A password told in person is the safe way; never send it in the same e-mail as the file.</source>
        <translation>Ett lösenord som lämnas personligen är det säkra sättet; skicka det aldrig i samma e-post som filen.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Upprepa:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Write the password down for the client, or tell it in person.</source>
        <translation>Skriv ner lösenordet åt klienten, eller säg det personligen.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Spara PDF:en som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Type a password, or untick the box.</source>
        <translation>Skriv ett lösenord, eller avmarkera rutan.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long, or press Suggest a password.</source>
        <translation>Lösenordet måste vara minst %1 tecken långt, eller tryck på Föreslå ett lösenord.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden skiljer sig åt.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF:en…</translation>
    </message>
    <message>
        <source>Some characters the font cannot show are marked with �.</source>
        <translation>Några tecken som typsnittet inte kan visa är markerade med �.</translation>
    </message>
    <message>
        <source>Tell the client the password in person.</source>
        <translation>Ge klienten lösenordet personligen.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it safe.</source>
        <translation>Filen är inte krypterad: förvara den säkert.</translation>
    </message>
<message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n sida).</numerusform>
            <numerusform>Sparade %1 (%n sidor).</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>Export journal as &amp;PDF…</source>
        <translation>Exportera journal som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Register extract…</source>
        <translation>&amp;Registerutdrag…</translation>
    </message>
    <message>
        <source>&amp;Erase the client's notes…</source>
        <translation>&amp;Radera klientens anteckningar…</translation>
    </message>
    <message>
        <source>&amp;Back up and restore…</source>
        <translation>&amp;Säkerhetskopiera och återställ…</translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation>Å&amp;tkomstlogg…</translation>
    </message>
    <message>
        <source>Replace the &amp;recovery key…</source>
        <translation>Byt åte&amp;rställningsnyckel…</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Glömt lösenfrasen? Använd åte&amp;rställningsnyckeln…</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>Valvet</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since last time.</source>
        <translation>
            <numerusform>%n misslyckat upplåsningsförsök sedan förra gången.</numerusform>
            <numerusform>%n misslyckade upplåsningsförsök sedan förra gången.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing record(s) past their keeping time were deleted.</source>
        <translation>
            <numerusform>%n faktureringsuppgift vars sparandetid gått ut har tagits bort.</numerusform>
            <numerusform>%n faktureringsuppgifter vars sparandetid gått ut har tagits bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s): make one from the Vault menu.</source>
        <translation>
            <numerusform>Ingen säkerhetskopia på %n dag: gör en från menyn Valv.</numerusform>
            <numerusform>Ingen säkerhetskopia på %n dagar: gör en från menyn Valv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) are past the 10 years of Patientdatalagen: their notes may now be erased (Client actions).</source>
        <translation>
            <numerusform>%n klient har passerat patientdatalagens 10 år: anteckningarna får nu raderas (Klientåtgärder).</numerusform>
            <numerusform>%n klienter har passerat patientdatalagens 10 år: anteckningarna får nu raderas (Klientåtgärder).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The erase was carried into %n backup(s).</source>
        <translation>
            <numerusform>Raderingen fördes över till %n säkerhetskopia.</numerusform>
            <numerusform>Raderingen fördes över till %n säkerhetskopior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be reached and still hold erased clients; they are cleaned when they can be reached.</source>
        <translation>
            <numerusform>%n säkerhetskopia kunde inte nås och innehåller fortfarande raderade klienter; den rensas när den kan nås.</numerusform>
            <numerusform>%n säkerhetskopior kunde inte nås och innehåller fortfarande raderade klienter; de rensas när de kan nås.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder kept from before a restore could not be cleaned of erased clients; delete it: %1</source>
        <translation>En mapp som sparades före en återställning kunde inte rensas från raderade klienter; radera den: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n note(s) for good; the receipt is in the access log.</source>
        <translation>
            <numerusform>%n anteckning raderades för gott; kvittot finns i åtkomstloggen.</numerusform>
            <numerusform>%n anteckningar raderades för gott; kvittot finns i åtkomstloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>Säkerhetskopian har återställts. Lås upp den med lösenfrasen som gällde när den gjordes.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Too short</source>
        <translation>För kort</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Use at least 12 characters; you have %1. A few unrelated words make a long passphrase that is easy to remember.</source>
        <translation>Använd minst 12 tecken; du har %1. Några orelaterade ord blir en lång lösenfras som är lätt att minnas.</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which is easy to lose.</source>
        <translation>Lösenfrasen börjar eller slutar med ett mellanslag, som är lätt att tappa bort.</translation>
    </message>
    <message>
        <source>Use more different characters; this one repeats too few.</source>
        <translation>Använd fler olika tecken; den här upprepar för få.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De två lösenfraserna är inte likadana än.</translation>
    </message>
    <message>
        <source>This passphrase can be used.</source>
        <translation>Den här lösenfrasen går att använda.</translation>
    </message>
    <message>
        <source>The sheet was saved: %1. Print it, then delete the file.</source>
        <translation>Bladet sparades: %1. Skriv ut det och radera sedan filen.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your notes will be kept in an encrypted vault on this computer. The passphrase is the only way in: choose a few unrelated words that you will remember.</source>
        <translation>Dina anteckningar förvaras i ett krypterat valv på den här datorn. Lösenfrasen är enda vägen in: välj några orelaterade ord som du kommer ihåg.</translation>
    </message>
    <message>
        <source>Shown in the header of exported PDFs</source>
        <translation>Visas i sidhuvudet på exporterade PDF:er</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Erase a client's notes when their package is completed</source>
        <translation>Radera en klients anteckningar när paketet är avslutat</translation>
    </message>
    <message>
        <source>Keep notes for 10 years (Patientdatalagen, licensed)</source>
        <translation>Spara anteckningar i 10 år (patientdatalagen, legitimerad)</translation>
    </message>
    <message>
        <source>Licensed practitioners whose journals fall under Patientdatalagen must keep notes for 10 years; everyone else erases them once the client's package is completed.</source>
        <translation>Legitimerade behandlare vars journaler omfattas av patientdatalagen måste spara anteckningar i 10 år; alla andra raderar dem när klientens paket är avslutat.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
    </message>
    <message>
        <source>&amp;Practice name:</source>
        <translation>&amp;Mottagningens namn:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>&amp;Gallring:</translation>
    </message>
    <message>
        <source>Welcome: create your journal vault</source>
        <translation>Välkommen: skapa ditt journalvalv</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Integritetspolicy</translation>
    </message>
    <message>
        <source>What the app does with your notes</source>
        <translation>Vad appen gör med dina anteckningar</translation>
    </message>
    <message>
        <source>Every client, session and note is kept in one encrypted vault on this computer. Nothing is sent anywhere: the app has no network code at all. A note leaves the computer only when you export it yourself, as a PDF, a register extract or an export file.</source>
        <translation>Varje klient, samtal och anteckning förvaras i ett krypterat valv på den här datorn. Inget skickas någonstans: appen har ingen nätverkskod alls. En anteckning lämnar datorn bara när du själv exporterar den, som PDF, registerutdrag eller exportfil.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>The vault is encrypted with SQLCipher (AES-256, with a check on every page) under a random key. That key is stored only locked by your passphrase, through Argon2id, which makes every guess cost about a second, and by your recovery key. Someone who takes the computer sees only encrypted data.</source>
        <translation>Valvet är krypterat med SQLCipher (AES-256, med en kontroll på varje sida) under en slumpmässig nyckel. Den nyckeln lagras bara låst med din lösenfras, via Argon2id som gör att varje gissning kostar ungefär en sekund, och med din återställningsnyckel. Den som tar datorn ser bara krypterade data.</translation>
    </message>
    <message>
        <source>Notes, signing and completed packages</source>
        <translation>Anteckningar, signering och avslutade paket</translation>
    </message>
    <message>
        <source>A note documents a session that took place, so it is signed only for a session marked held (or cancelled, late cancelled or no-show). Sign on a session still marked planned asks to mark it held and sign in one step. A signed note is never changed: Correct makes a new version and the signed text stays readable, struck through, with its date.</source>
        <translation>En anteckning dokumenterar ett samtal som har ägt rum, så den signeras bara för ett samtal som är markerat som genomfört (eller avbokat, sent avbokat eller uteblivet). Signera på ett samtal som fortfarande är planerat frågar om samtalet ska markeras som genomfört och signeras i ett steg. En signerad anteckning ändras aldrig: Rätta gör en ny version, och den signerade texten går fortfarande att läsa, överstruken, med sitt datum.</translation>
    </message>
    <message>
        <source>A package is completed when all its sessions are held and every one of their notes is signed. Until then the package says how many notes are left to sign, and Next note to sign opens the earliest of them.</source>
        <translation>Ett paket är avslutat när alla dess samtal är genomförda och alla deras anteckningar är signerade. Till dess visar paketet hur många anteckningar som återstår att signera, och Nästa anteckning att signera öppnar den tidigaste av dem.</translation>
    </message>
    <message>
        <source>Dates are written year-month-day and times with 24 hours, 2026-12-04 14:30, in both languages; type them the same way.</source>
        <translation>Datum skrivs år-månad-dag och tider med 24 timmar, 2026-12-04 14:30, på båda språken; skriv dem på samma sätt.</translation>
    </message>
    <message>
        <source>Where your vault is</source>
        <translation>Var ditt valv finns</translation>
    </message>
    <message>
        <source>Your vault is the folder %1. It holds journal.db, the encrypted journal, and vault.json with its copy vault.json.bak, the locked keys. Do not edit these files.</source>
        <translation>Ditt valv är mappen %1. Den innehåller journal.db, den krypterade journalen, och vault.json med kopian vault.json.bak, de låsta nycklarna. Ändra inte i de här filerna.</translation>
    </message>
    <message>
        <source>The retention policy in force</source>
        <translation>Gällande gallringsregel</translation>
    </message>
    <message>
        <source>What erase means</source>
        <translation>Vad radering innebär</translation>
    </message>
    <message>
        <source>Erasing a client's notes removes the notes, every earlier version and draft, and their entries in the search index, inside the vault file itself: the space they used is overwritten, not only marked as free. The app then checks that nothing refers to them any more. The notes are also removed from the backups in the app's backup list as soon as those can be reached. An erase cannot be undone.</source>
        <translation>Att radera en klients anteckningar tar bort anteckningarna, alla tidigare versioner och utkast och deras poster i sökindexet, inne i själva valvfilen: utrymmet de använde skrivs över, det markeras inte bara som ledigt. Appen kontrollerar sedan att inget längre hänvisar till dem. Anteckningarna tas också bort ur säkerhetskopiorna i appens lista så snart de går att nå. En radering kan inte ångras.</translation>
    </message>
    <message>
        <source>What an erase cannot reach: PDFs and exports you have saved, copies of the vault you made yourself outside the app, and old blocks that an SSD or the file system may keep from before the erase. Those blocks hold only encrypted data, readable only with your passphrase or recovery key.</source>
        <translation>Det en radering inte når: PDF:er och exporter du har sparat, kopior av valvet som du själv gjort utanför appen, och gamla block som en SSD eller filsystemet kan ha kvar från före raderingen. De blocken innehåller bara krypterade data, läsbara bara med din lösenfras eller återställningsnyckel.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Make a backup regularly with Back up… in the Vault menu, for example to a USB stick. A backup is one encrypted file, opened with the same passphrase or recovery key as the vault. The app reminds you when no backup has been made for the number of days set in Settings.</source>
        <translation>Gör regelbundet en säkerhetskopia med Säkerhetskopiera och återställ… i menyn Valv, till exempel till ett USB-minne. En säkerhetskopia är en krypterad fil som öppnas med samma lösenfras eller återställningsnyckel som valvet. Appen påminner dig när ingen säkerhetskopia har gjorts på det antal dagar som anges i Inställningar.</translation>
    </message>
    <message>
        <source>Restore… in the Vault menu checks the backup before it changes anything, and keeps your current vault until the restore has succeeded.</source>
        <translation>Återställ… (under Säkerhetskopiera och återställ… i menyn Valv) kontrollerar säkerhetskopian innan något ändras, och behåller ditt nuvarande valv tills återställningen har lyckats.</translation>
    </message>
    <message>
        <source>If it is lost or someone else may have seen it, make a new one; the old one no longer opens the vault. Backups made before then still open with the old key, and through them the vault, so make a new backup and delete the older ones. Without your passphrase or your recovery key no one can open the vault, not even the makers of the app.</source>
        <translation>Om den har kommit bort eller någon annan kan ha sett den, skapa en ny; den gamla öppnar då inte längre valvet. Säkerhetskopior som gjorts före bytet går fortfarande att öppna med den gamla nyckeln, och genom dem valvet, så gör en ny säkerhetskopia och radera de äldre. Utan din lösenfras eller återställningsnyckel kan ingen öppna valvet, inte ens de som gjort appen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>journal-app %1</source>
        <translation>journal-app %1</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Text för integritetsmeddelandet</translation>
    </message>
    <message>
        <source>Unlock the vault to make the text for its retention policy.</source>
        <translation>Lås upp valvet för att skapa texten för dess gallringsregel.</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <source>While the vault is unlocked, anyone at the keyboard can read it. The app locks itself after the idle time set in Settings, when the screen locks or the computer goes to sleep (where the desktop reports it), and %1 locks it at once.</source>
        <translation>Medan valvet är upplåst kan den som sitter vid tangentbordet läsa det. Appen låser sig själv efter den inaktivitetstid som anges i Inställningar, när skärmen låses eller datorn går i viloläge (där skrivbordsmiljön meddelar det), och %1 låser direkt.</translation>
    </message>
    <message>
        <source>When the vault was created, the app showed a recovery key once. It opens the vault if you forget your passphrase, and then lets you set a new one. Keep it printed and locked away, apart from the computer: anyone who has it can open the vault.</source>
        <translation>När valvet skapades visade appen en återställningsnyckel en gång. Den öppnar valvet om du glömmer lösenfrasen och låter dig sedan välja en ny. Förvara den utskriven och inlåst, åtskild från datorn: den som har den kan öppna valvet.</translation>
    </message>
    <message>
        <source>Unlock the vault to see which of the two retention policies is in force: erase when the package is completed, or a patient journal kept ten years under the Patient Data Act (PDL).</source>
        <translation>Lås upp valvet för att se vilken av de två gallringsreglerna som gäller: radera när paketet är avslutat, eller patientjournal som sparas i tio år enligt patientdatalagen (PDL).</translation>
    </message>
    <message>
        <source>Patient journal under the Patient Data Act (PDL). Notes are kept at least ten years after the latest entry (PDL 3 ch. 17 §), and the app refuses to erase them earlier, except for a destruction decided by IVO, whose reference and date are recorded. A signed note is never changed: a correction is a new version and the earlier text stays with its date.</source>
        <translation>Patientjournal enligt patientdatalagen (PDL). Anteckningar sparas minst tio år efter den senaste uppgiften (PDL 3 kap. 17 §), och appen vägrar radera dem tidigare, utom vid förstöring som IVO har beslutat, vars diarienummer och datum registreras. En signerad anteckning ändras aldrig: en rättelse är en ny version och den tidigare texten finns kvar med sitt datum.</translation>
    </message>
    <message>
        <source>Erase when the package is completed. When a client's last session is held and its note signed, the app offers the client a PDF copy of their journal and then erases the notes for good. You can postpone the erase; a postponed erase is shown as overdue until it is done.</source>
        <translation>Radera när paketet är avslutat. När en klients sista samtal är genomfört och dess anteckning signerad erbjuder appen klienten en PDF-kopia av journalen och raderar sedan anteckningarna för gott. Du kan skjuta upp raderingen; en uppskjuten radering visas som försenad tills den är gjord.</translation>
    </message>
    <message>
        <source>What stays: a billing record (name, identity number, contact details, package, price and date; no notes) until the end of the seventh year after its calendar year, as the Bookkeeping Act requires (7 ch. 2 §), and an erasure receipt without name or content, to show the erase was made.</source>
        <translation>Det som finns kvar: en faktureringsuppgift (namn, personnummer, kontaktuppgifter, paket, pris och datum; inga anteckningar) till utgången av sjunde året efter kalenderåret, som bokföringslagen kräver (7 kap. 2 §), och ett raderingskvitto utan namn eller innehåll, som visar att raderingen gjordes.</translation>
    </message>
    <message>
        <source>You can change the policy in Settings. The change is logged and never erases anything by itself.</source>
        <translation>Du kan ändra regeln i Inställningar. Ändringen loggas och raderar aldrig något av sig själv.</translation>
    </message>
    <message>
        <source>An encrypted journal for counsellors and therapists. Free software under the licence %1.</source>
        <translation>En krypterad journal för samtalsterapeuter, kuratorer och psykoterapeuter. Fri programvara under licensen %1.</translation>
    </message>
    <message>
        <source>The full licence texts are shipped with each component in the app's folder. Qt and PySide6 are used under the LGPL version 3.</source>
        <translation>De fullständiga licenstexterna följer med varje komponent i appens mapp. Qt och PySide6 används under LGPL version 3.</translation>
    </message>
    <message>
        <source>A text to paste into your practice's privacy notice. It describes how the journal is kept under the policy in force; add your legal basis and contact details yourself.</source>
        <translation>En text att klistra in i mottagningens integritetspolicy. Den beskriver hur journalen förs enligt gällande regel; lägg själv till rättslig grund och kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>A personnummer has 10 or 12 digits; this has %1.</source>
        <translation>Ett personnummer har 10 eller 12 siffror; detta har %1.</translation>
    </message>
    <message>
        <source>Only digits and one '-' or '+' are allowed.</source>
        <translation>Bara siffror och ett '-' eller '+' är tillåtna.</translation>
    </message>
    <message>
        <source>Put the '-' just before the last four digits.</source>
        <translation>Sätt '-' precis före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <source>The year of birth is not plausible.</source>
        <translation>Födelseåret är inte rimligt.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) runs from 001 to 999.</source>
        <translation>Födelsenumret (de tre siffrorna efter datumet) går från 001 till 999.</translation>
    </message>
    <message>
        <source>The date part is not a real date (year, month, day).</source>
        <translation>Datumdelen är inget riktigt datum (år, månad, dag).</translation>
    </message>
    <message>
        <source>The check digit (the last digit) does not match; look for a typo.</source>
        <translation>Kontrollsiffran (den sista siffran) stämmer inte; leta efter ett skrivfel.</translation>
    </message>
    <message>
        <source>This is not a valid identity number.</source>
        <translation>Detta är inget giltigt identitetsnummer.</translation>
    </message>
</context>
<context>
    <name>InSessionMode</name>
    <message>
        <source>&amp;In session with this client</source>
        <translation>&amp;I samtal med den här klienten</translation>
    </message>
    <message>
        <source>Show only this client's note, for writing while the client is in the room</source>
        <translation>Visa bara den här klientens anteckning, för att skriva medan klienten är i rummet</translation>
    </message>
    <message>
        <source>Open a client's session first: in-session mode shows that session's note alone.</source>
        <translation>Öppna ett samtal hos en klient först: i samtalsläget visas bara det samtalets anteckning.</translation>
    </message>
    <message>
        <source>In-session mode ended.</source>
        <translation>Samtalsläget avslutat.</translation>
    </message>
</context>
<context>
    <name>InvoiceListController</name>
    <message>
        <source>Unpaid: %1 · overdue: %2</source>
        <translation>Obetalt: %1 · förfallna: %2</translation>
    </message>
    <message>
        <source>Saved %1. The PDF is not encrypted: keep it safe.</source>
        <translation>Sparade %1. PDF-filen är inte krypterad: förvara den säkert.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid on %2.</source>
        <translation>Faktura %1 markerad som betald %2.</translation>
    </message>
    <message>
        <source>Credit invoice %1 in full? A credit note with its own number cancels it; the invoice stays in the books, and its package can be invoiced again.</source>
        <translation>Kreditera hela faktura %1? En kreditfaktura med eget nummer upphäver den; fakturan finns kvar i bokföringen, och paketet kan faktureras igen.</translation>
    </message>
    <message>
        <source>Credit invoice</source>
        <translation>Kreditera faktura</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Kreditfaktura %1 upphäver faktura %2.</translation>
    </message>
</context>
<context>
    <name>InvoicePreviewDialog</name>
    <message>
        <source>Invoice %1 (not issued yet)</source>
        <translation>Faktura %1 (inte utfärdad än)</translation>
    </message>
    <message>
        <source>This is the invoice as it will be issued. Once issued it cannot be changed or deleted, only credited; its number is taken when you click Issue.</source>
        <translation>Så här blir fakturan när den utfärdas. En utfärdad faktura kan inte ändras eller tas bort, bara krediteras; numret tas när du klickar på Utfärda.</translation>
    </message>
    <message>
        <source>Invoice &amp;language:</source>
        <translation>Fakturans &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Utfärda</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>unpaid</source>
        <translation>obetald</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>förfallen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>krediterad</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>kreditfaktura</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>inte fakturerat</translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation>Faktura %1 · %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(credits %1)</source>
        <translation>(krediterar %1)</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <source>&amp;Unpaid</source>
        <translation>&amp;Obetalda</translation>
    </message>
    <message>
        <source>No invoices here. Issue one from a client's package (Invoice…).</source>
        <translation>Inga fakturor här. Utfärda en från en klients paket (Fakturera…).</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>&amp;Förfallna</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>Öppna P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the invoice as a PDF where you choose, then open it</source>
        <translation>Spara fakturan som PDF där du väljer och öppna den sedan</translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation>Markera &amp;betald…</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Kreditera…</translation>
    </message>
    <message>
        <source>A credit note cancels the whole invoice; the package can then be invoiced again</source>
        <translation>En kreditfaktura upphäver hela fakturan; paketet kan sedan faktureras igen</translation>
    </message>
    <message>
        <source>&amp;Reminder PDF…</source>
        <translation>&amp;Påminnelse som PDF…</translation>
    </message>
    <message>
        <source>A payment reminder for an overdue invoice</source>
        <translation>En betalningspåminnelse för en förfallen faktura</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
</context>
<context>
    <name>InvoicingActions</name>
    <message>
        <source>&amp;Practice details…</source>
        <translation>&amp;Mottagningsuppgifter…</translation>
    </message>
    <message>
        <source>Export for the &amp;accountant (SIE)…</source>
        <translation>Export till &amp;bokföringen (SIE)…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Fakturor</translation>
    </message>
    <message>
        <source>&amp;Invoice the selected package…</source>
        <translation>&amp;Fakturera valt paket…</translation>
    </message>
    <message>
        <source>Invoice the selected &amp;session…</source>
        <translation>Fakturera valt &amp;samtal…</translation>
    </message>
    <message>
        <source>Practice details saved.</source>
        <translation>Mottagningsuppgifterna sparades.</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Välj ett samtal först.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Fill in the practice details now?</source>
        <translation>Fyll i mottagningsuppgifterna nu?</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2, due %3.</source>
        <translation>Faktura %1 utfärdad: %2, förfaller %3.</translation>
    </message>
    <message>
        <source>Saved %1. The PDF is not encrypted: keep it safe.</source>
        <translation>Sparade %1. PDF-filen är inte krypterad: förvara den säkert.</translation>
    </message>
    <message>
        <source>Its PDF can be saved later from Go › Invoices.</source>
        <translation>Dess PDF kan sparas senare från Gå till › Fakturor.</translation>
    </message>
    <message>
        <source>Accounts %1.se</source>
        <translation>Bokföring %1.se</translation>
    </message>
    <message>
        <source>Save the SIE file</source>
        <translation>Spara SIE-filen</translation>
    </message>
    <message>
        <source>SIE files (*.se *.si)</source>
        <translation>SIE-filer (*.se *.si)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n voucher(s) for %2.</source>
        <translation>
            <numerusform>Skrev %1: %n verifikation för %2.</numerusform>
            <numerusform>Skrev %1: %n verifikationer för %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>And %1, which names the clients: keep it safe.</source>
        <translation>Och %1, som nämner klienterna: förvara den säkert.</translation>
    </message>
</context>
<context>
    <name>JournalCardController</name>
    <message>
        <source>&amp;Journal card…</source>
        <translation>&amp;Journalkort…</translation>
    </message>
    <message>
        <source>The client's background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</source>
        <translation>Klientens bakgrund, bedömning, behandlingsplan, information och avböjd vård (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>The treatment plan's planned evaluation (%1) has passed: evaluate the care and update the plan.</source>
        <translation>Behandlingsplanens planerade utvärdering (%1) har passerat: utvärdera vården och uppdatera planen.</translation>
    </message>
    <message>
        <source>Not written yet: it is saved as you type.</source>
        <translation>Inte skriven än: den sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Signed %1 by %2. Read-only; use Correct to change it.</source>
        <translation>Signerad %1 av %2. Skrivskyddad; använd Rätta för att ändra den.</translation>
    </message>
    <message>
        <source>Correction in progress; sign it to replace the signed text.</source>
        <translation>Rättelse pågår; signera den för att ersätta den signerade texten.</translation>
    </message>
    <message>
        <source>Draft: saved as you type; sign it when done.</source>
        <translation>Utkast: sparas medan du skriver; signera när du är klar.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>(no name in the settings)</source>
        <translation>(inget namn i inställningarna)</translation>
    </message>
    <message>
        <source>Signed %1 by %3, replaced %2</source>
        <translation>Signerad %1 av %3, ersatt %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnos: %1</translation>
    </message>
    <message>
        <source>Planned evaluation: %1</source>
        <translation>Planerad utvärdering: %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Journal card</source>
        <translation>Journalkort</translation>
    </message>
    <message>
        <source>A part could not be saved; its page says why. Correct it, or undo what you typed, before closing.</source>
        <translation>En del kunde inte sparas; dess flik säger varför. Rätta det, eller ångra det du skrev, innan du stänger.</translation>
    </message>
    <message>
        <source>Sign journal card</source>
        <translation>Signera journalkort</translation>
    </message>
    <message>
        <source>An empty part cannot be signed. Write it first.</source>
        <translation>En tom del kan inte signeras. Skriv den först.</translation>
    </message>
    <message>
        <source>Sign this part of the journal card? After signing it can no longer be edited, only corrected, and the signed text stays readable.</source>
        <translation>Signera den här delen av journalkortet? Efter signeringen kan den inte längre redigeras, bara rättas, och den signerade texten förblir läsbar.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Rätta</translation>
    </message>
    <message>
        <source>Discard correction</source>
        <translation>Släng rättelsen</translation>
    </message>
    <message>
        <source>Throw away this correction and keep the signed text?</source>
        <translation>Släng den här rättelsen och behåll den signerade texten?</translation>
    </message>
</context>
<context>
    <name>JournalCardDialog</name>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Assessment/diagnosis</source>
        <translation>Bedömning/diagnos</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <source>Information and the client's choices</source>
        <translation>Information och klientens val</translation>
    </message>
    <message>
        <source>Declined care</source>
        <translation>Avböjd vård</translation>
    </message>
    <message>
        <source>Journal card – %1</source>
        <translation>Journalkort – %1</translation>
    </message>
    <message>
        <source>What Patientdatalagen 3 kap 6 § asks the journal to hold besides the session notes. Each part is saved as you type, then signed and, if needed, corrected like a note.</source>
        <translation>Det som patientdatalagen 3 kap 6 § kräver att journalen innehåller utöver samtalsanteckningarna. Varje del sparas medan du skriver och signeras sedan, och rättas vid behov, som en anteckning.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Switch to %1 now? The vault locks and the window opens again in the new language; unlock it with your passphrase to go on where you were. Otherwise the new language is used from the next start.</source>
        <translation>Byta till %1 nu? Valvet låses och fönstret öppnas igen på det nya språket; lås upp med din lösenfras för att fortsätta där du var. Annars används det nya språket från nästa start.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Byt språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nya språket används från nästa start.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Journal opened</source>
        <translation>Journal öppnad</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Klient tillagd</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Klient ändrad</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Anteckning skriven</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Anteckning signerad</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Anteckning rättad</translation>
    </message>
    <message>
        <source>Journal exported (PDF)</source>
        <translation>Journal exporterad (PDF)</translation>
    </message>
    <message>
        <source>Register extract exported</source>
        <translation>Registerutdrag exporterat</translation>
    </message>
    <message>
        <source>Vault exported (JSON)</source>
        <translation>Valv exporterat (JSON)</translation>
    </message>
    <message>
        <source>Calendar exported (.ics)</source>
        <translation>Kalender exporterad (.ics)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Återställt från säkerhetskopia</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Retention policy changed</source>
        <translation>Gallringsregel ändrad</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfras bytt</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Återställningsnyckel bytt</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Upplåst med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Misslyckade upplåsningar</translation>
    </message>
    <message>
        <source>Log entries exported</source>
        <translation>Loggposter exporterade</translation>
    </message>
    <message>
        <source>Erased from a backup</source>
        <translation>Raderat ur en säkerhetskopia</translation>
    </message>
    <message>
        <source>Package corrected</source>
        <translation>Paket rättat</translation>
    </message>
    <message>
        <source>Package removed</source>
        <translation>Paket borttaget</translation>
    </message>
    <message>
        <source>Journal file older than its record: erasures applied again</source>
        <translation>Journalfilen äldre än valvets uppgift: raderingar utförda igen</translation>
    </message>
    <message>
        <source>Record beside the journal missing</source>
        <translation>Uppgiften bredvid journalen saknas</translation>
    </message>
    <message>
        <source>Vault header repaired from its copy</source>
        <translation>Valvets huvudfil lagad från sin kopia</translation>
    </message>
    <message>
        <source>Journal card written</source>
        <translation>Journalkort skrivet</translation>
    </message>
    <message>
        <source>Journal card signed</source>
        <translation>Journalkort signerat</translation>
    </message>
    <message>
        <source>Journal card corrected</source>
        <translation>Journalkort rättat</translation>
    </message>
    <message>
        <source>Entry %1 as it was written is missing: the entries up to it were replaced when the journal file was replaced by an older copy.</source>
        <translation>Post %1 saknas som den skrevs: posterna fram till den ersattes när journalfilen ersattes av en äldre kopia.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: the record beside the vault says the log reached entry %2; the journal file was replaced by an older copy, or entries were removed from its end.</source>
        <translation>Posterna %1–%2 saknas: uppgiften bredvid valvet säger att loggen nådde post %2; journalfilen har ersatts av en äldre kopia, eller så har poster tagits bort i slutet.</translation>
    </message>
    <message>
        <source>%1 entries written after entry %2 (numbered %3–%4 then) are missing: the journal file was replaced by an older copy (found at the unlock of %5).</source>
        <translation>%1 poster som skrevs efter post %2 (då med nummer %3–%4) saknas: journalfilen ersattes av en äldre kopia (upptäckt vid upplåsningen %5).</translation>
    </message>
    <message>
        <source>Former client {id}</source>
        <translation>Tidigare klient {id}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyast först</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Äldst först</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Export the client's entries…</source>
        <translation>Exportera klientens poster…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Händelse:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the chain is intact.</source>
        <translation>
            <numerusform>%n post; kedjan är obruten.</numerusform>
            <numerusform>%n poster; kedjan är obruten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log has been altered: the chain breaks at entry %1.</source>
        <translation>Loggen har ändrats: kedjan bryts vid post %1.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Export log entries</source>
        <translation>Exportera loggposter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Valv</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Add &amp;package…</source>
        <translation>Lägg till &amp;paket…</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Lägg till &amp;samtal…</translation>
    </message>
    <message>
        <source>Mark session &amp;held</source>
        <translation>Markera samtalet som &amp;genomfört</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienter</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Samtal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Help…</source>
        <translation>&amp;Hjälp…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About journal-app</source>
        <translation>&amp;Om journal-app</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal — %1</source>
        <translation>Journal — %1</translation>
    </message>
    <message>
        <source>The journal is unlocked.</source>
        <translation>Journalen är upplåst.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Upplåst.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Journalen är låst.</translation>
    </message>
    <message>
        <source>Locked. Nothing of the journal is in memory.</source>
        <translation>Låst. Inget av journalen finns kvar i minnet.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Outcome measures chart</source>
        <translation>Diagram över skattningar</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure – %1</source>
        <translation>Skattning – %1</translation>
    </message>
    <message>
        <source>&amp;New scale…</source>
        <translation>N&amp;y skala…</translation>
    </message>
    <message>
        <source>Add a scale of your own, e.g. Mood 0–10</source>
        <translation>Lägg till en egen skala, till exempel Mående 0–10</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>Skatt&amp;ning:</translation>
    </message>
    <message>
        <source>%1, from %2 (%3) to %4 (%5):</source>
        <translation>%1, från %2 (%3) till %4 (%5):</translation>
    </message>
</context>
<context>
    <name>MeasuresController</name>
    <message>
        <source>PHQ-9 item 9</source>
        <translation>PHQ-9 fråga 9</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvittera</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) was answered %1 of 3 at the session of %2. Follow it up with the client.</source>
        <translation>PHQ-9 fråga 9 (tankar på att det vore bättre att vara död eller på att skada sig själv) besvarades med %1 av 3 vid samtalet %2. Följ upp det med klienten.</translation>
    </message>
</context>
<context>
    <name>NoteController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>New note: it is saved as you type.</source>
        <translation>Ny anteckning: den sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Signed %1. Read-only; use Correct to change it.</source>
        <translation>Signerad %1. Skrivskyddad; använd Rätta för att ändra den.</translation>
    </message>
    <message>
        <source>Correction in progress; sign it to replace the signed text.</source>
        <translation>Rättelse pågår; signera den för att ersätta den signerade texten.</translation>
    </message>
    <message>
        <source>Draft: saved as you type; sign it when done.</source>
        <translation>Utkast: sparas medan du skriver; signera när du är klar.</translation>
    </message>
    <message>
        <source>Signed %1, replaced %2</source>
        <translation>Signerad %1, ersatt %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>Inte sparat!</translation>
    </message>
    <message>
        <source>An empty note cannot be signed. Write what the session held first.</source>
        <translation>En tom anteckning kan inte signeras. Skriv först vad samtalet handlade om.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Signera anteckning</translation>
    </message>
    <message>
        <source>Sign this note? After signing it can no longer be edited, only corrected, and the signed text stays readable.</source>
        <translation>Signera anteckningen? Efter signering kan den inte längre redigeras, bara rättas, och den signerade texten förblir läsbar.</translation>
    </message>
    <message>
        <source>This session is still marked Planned, and a note documents a session that took place. Mark it held and sign the note?</source>
        <translation>Samtalet är fortfarande markerat som planerat, och en anteckning dokumenterar ett samtal som har ägt rum. Markera det som genomfört och signera anteckningen?</translation>
    </message>
    <message>
        <source>After signing it can no longer be edited, only corrected.</source>
        <translation>Efter signering kan den inte längre redigeras, bara rättas.</translation>
    </message>
    <message>
        <source>Mark held and sign</source>
        <translation>Markera genomfört och signera</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>The note is signed.</source>
        <translation>Anteckningen är signerad.</translation>
    </message>
    <message>
        <source>Discard correction</source>
        <translation>Släng rättelsen</translation>
    </message>
    <message>
        <source>Throw away this correction and keep the signed text?</source>
        <translation>Släng den här rättelsen och behåll den signerade texten?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Anteckningstext</translation>
    </message>
    <message>
        <source>Choose a session to write its note.</source>
        <translation>Välj ett samtal för att skriva dess anteckning.</translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation>Ma&amp;ll:</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Anteckningsmall</translation>
    </message>
    <message>
        <source>Start this note from another template (only while the note is empty)</source>
        <translation>Börja anteckningen från en annan mall (bara medan anteckningen är tom)</translation>
    </message>
    <message>
        <source>Last note's &amp;headings</source>
        <translation>Förra anteckningens r&amp;ubriker</translation>
    </message>
    <message>
        <source>Start this note from the headings of the client's previous note (Ctrl+Shift+L)</source>
        <translation>Börja anteckningen med rubrikerna från klientens förra anteckning (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <source>Start from the &amp;last note's headings</source>
        <translation>Börja med rubrikerna från &amp;förra anteckningen</translation>
    </message>
    <message>
        <source>Earlier signed versions</source>
        <translation>Tidigare signerade versioner</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gnera…</translation>
    </message>
    <message>
        <source>Sign the note; it can then only be corrected (%1)</source>
        <translation>Signera anteckningen; därefter kan den bara rättas (%1)</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Rätta</translation>
    </message>
    <message>
        <source>Write a correction; the signed text is kept</source>
        <translation>Skriv en rättelse; den signerade texten behålls</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>Skatt&amp;ning…</translation>
    </message>
    <message>
        <source>Enter &amp;measure…</source>
        <translation>Fyll i skatt&amp;ning…</translation>
    </message>
    <message>
        <source>Enter PHQ-9, GAD-7 or an own scale for this session, item by item</source>
        <translation>Fyll i PHQ-9, GAD-7 eller en egen skala för samtalet, fråga för fråga</translation>
    </message>
    <message>
        <source>&amp;Discard correction</source>
        <translation>&amp;Släng rättelsen</translation>
    </message>
    <message>
        <source>Si&amp;gn note…</source>
        <translation>Si&amp;gnera anteckningen…</translation>
    </message>
    <message>
        <source>&amp;Save note now</source>
        <translation>&amp;Spara anteckningen nu</translation>
    </message>
    <message>
        <source>Insert &amp;date and time</source>
        <translation>Infoga &amp;datum och tid</translation>
    </message>
    <message>
        <source>&amp;Correct signed note</source>
        <translation>&amp;Rätta signerad anteckning</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Start from the last note's headings</source>
        <translation>Börja med rubrikerna från förra anteckningen</translation>
    </message>
</context>
<context>
    <name>PackageAdder</name>
    <message>
        <source>Add a package first: every session belongs to one.</source>
        <translation>Lägg till ett paket först: varje samtal hör till ett.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Add package</source>
        <translation>Lägg till paket</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>Ändra paket</translation>
    </message>
    <message>
        <source>year-month-day, like 2026-12-04</source>
        <translation>år-månad-dag, till exempel 2026-12-04</translation>
    </message>
    <message>
        <source>kronor; empty: not recorded</source>
        <translation>kronor; tomt: inte angivet</translation>
    </message>
    <message>
        <source>As the practice's details say</source>
        <translation>Som i mottagningens uppgifter</translation>
    </message>
    <message>
        <source>25 % VAT</source>
        <translation>25 % moms</translation>
    </message>
    <message>
        <source>No VAT: health care by a licensed practitioner</source>
        <translation>Ingen moms: sjukvård av legitimerad yrkesutövare</translation>
    </message>
    <message>
        <source>No VAT: small business under the threshold</source>
        <translation>Ingen moms: småföretag under omsättningsgränsen</translation>
    </message>
    <message>
        <source>&amp;Price (kr):</source>
        <translation>&amp;Pris (kr):</translation>
    </message>
    <message>
        <source>&amp;VAT on the invoice:</source>
        <translation>&amp;Moms på fakturan:</translation>
    </message>
    <message>
        <source>%1-session package</source>
        <translation>Paket med %1 samtal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Köpt den</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Samtal:</translation>
    </message>
    <message>
        <source>&amp;Bought on:</source>
        <translation>&amp;Köpt den:</translation>
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation>&amp;Ta bort paket</translation>
    </message>
</context>
<context>
    <name>PackageEditor</name>
    <message>
        <source>Choose a package first.</source>
        <translation>Välj ett paket först.</translation>
    </message>
    <message>
        <source>A completed package can no longer change.</source>
        <translation>Ett avslutat paket kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Package saved.</source>
        <translation>Paketet sparades.</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Ta bort paket</translation>
    </message>
    <message>
        <source>Remove the package “%1”? It has no sessions.</source>
        <translation>Ta bort paketet ”%1”? Det har inga samtal.</translation>
    </message>
    <message>
        <source>Package removed.</source>
        <translation>Paketet togs bort.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Mark invoice %1 paid</source>
        <translation>Markera faktura %1 som betald</translation>
    </message>
    <message>
        <source>year-month-day, like 2026-12-04</source>
        <translation>år-månad-dag, som 2026-12-04</translation>
    </message>
    <message>
        <source>Bankgiro</source>
        <translation>Bankgiro</translation>
    </message>
    <message>
        <source>Plusgiro</source>
        <translation>Plusgiro</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Invoice %1: %2 received.</source>
        <translation>Faktura %1: %2 mottaget.</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Betald den:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Betalnings&amp;sätt:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betald den</translation>
    </message>
</context>
<context>
    <name>PhrasesDialog</name>
    <message>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <source>for example bpl</source>
        <translation>till exempel bpl</translation>
    </message>
    <message>
        <source>Type the abbreviation in a note followed by a space or a punctuation mark and it becomes the text; Ctrl+Z takes it back.</source>
        <translation>Skriv förkortningen i en anteckning följd av ett mellanslag eller skiljetecken så blir den texten; Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Förkortning:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Practice details</source>
        <translation>Mottagningsuppgifter</translation>
    </message>
    <message>
        <source>25 % VAT (counselling, coaching)</source>
        <translation>25 % moms (samtalsterapi, coachning)</translation>
    </message>
    <message>
        <source>Exempt: health care by a licensed practitioner (ML 10 kap. 6–7 §§)</source>
        <translation>Undantaget: sjukvård av legitimerad yrkesutövare (ML 10 kap. 6–7 §§)</translation>
    </message>
    <message>
        <source>Exempt: small business under the threshold (ML 18 kap.)</source>
        <translation>Undantaget: litet företag under omsättningsgränsen (ML 18 kap.)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Säljare</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Juridiskt namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>556677-8899, or a sole trader's personnummer</source>
        <translation>556677-8899, eller enskild firmas personnummer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;Moms:</translation>
    </message>
    <message>
        <source>VAT &amp;number:</source>
        <translation>Moms&amp;registreringsnummer:</translation>
    </message>
    <message>
        <source>SE556677889901, where registered</source>
        <translation>SE556677889901, om momsregistrerad</translation>
    </message>
    <message>
        <source>Approved for &amp;F-skatt</source>
        <translation>Godkänd för &amp;F-skatt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>&amp;Bankgiro:</source>
        <translation>&amp;Bankgiro:</translation>
    </message>
    <message>
        <source>Plus&amp;giro:</source>
        <translation>&amp;Plusgiro:</translation>
    </message>
    <message>
        <source>&amp;Swish number:</source>
        <translation>S&amp;wishnummer:</translation>
    </message>
    <message>
        <source>Payment &amp;terms (days):</source>
        <translation>Betalnings&amp;villkor (dagar):</translation>
    </message>
    <message>
        <source>First invoice n&amp;umber:</source>
        <translation>Första faktura&amp;nummer:</translation>
    </message>
    <message>
        <source>OCR reference with a length digit</source>
        <translation>OCR-nummer med längdsiffra</translation>
    </message>
    <message>
        <source>Print the client's personnummer on invoices</source>
        <translation>Skriv klientens personnummer på fakturor</translation>
    </message>
    <message>
        <source>Accounts for the accountant (BAS)</source>
        <translation>Konton för bokföringen (BAS)</translation>
    </message>
    <message>
        <source>Accounts receivable:</source>
        <translation>Kundfordringar:</translation>
    </message>
    <message>
        <source>Sales, 25 % VAT:</source>
        <translation>Försäljning, 25 % moms:</translation>
    </message>
    <message>
        <source>Sales, VAT exempt:</source>
        <translation>Försäljning, momsfri:</translation>
    </message>
    <message>
        <source>Output VAT 25 %:</source>
        <translation>Utgående moms 25 %:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Save the recovery-key sheet</source>
        <translation>Spara bladet med återställningsnyckeln</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the sheet</source>
        <translation>Kunde inte spara bladet</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Byt återställningsnyckel</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one will no longer open the vault. Backups made before now still open with it: if someone may know it, make a new backup and delete the older ones.</source>
        <translation>Skapa en ny återställningsnyckel? Den nuvarande öppnar då inte längre valvet. Säkerhetskopior som gjorts före nu går fortfarande att öppna med den: om någon kan känna till den, gör en ny säkerhetskopia och radera de äldre.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>This key opens the vault if you forget your passphrase. It is shown only now: print the sheet or write the key down, and keep it locked away from the computer.</source>
        <translation>Den här nyckeln öppnar valvet om du glömmer lösenfrasen. Den visas bara nu: skriv ut bladet eller skriv ner nyckeln, och förvara den inlåst åtskild från datorn.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Save printable sheet (PDF)…</source>
        <translation>Spara utskrivbart blad (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Jag har skrivit ut eller skrivit ner återställningsnyckeln</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>If you forget your passphrase, this recovery key is the only other way into the vault. Write it down on paper now and keep it somewhere safe, away from the laptop. It is shown only this once.</source>
        <translation>Om du glömmer lösenfrasen är den här återställningsnyckeln enda andra vägen in i valvet. Skriv ner den på papper nu och förvara den säkert, åtskild från datorn. Den visas bara den här gången.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Save &amp;printable sheet (PDF)…</source>
        <translation>S&amp;para utskrivbart blad (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Jag har &amp;skrivit ner återställningsnyckeln</translation>
    </message>
    <message>
        <source>&amp;Start using the journal</source>
        <translation>&amp;Börja använda journalen</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Lås upp med återställningsnyckeln</translation>
    </message>
    <message>
        <source>&amp;Show the key as I type it</source>
        <translation>&amp;Visa nyckeln medan jag skriver</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Återställningsnyckel:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase:</source>
        <translation>Upprepa den nya lösenfrasen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Öppnar valvet…</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>New scale</source>
        <translation>Ny skala</translation>
    </message>
    <message>
        <source>for example Mood</source>
        <translation>till exempel Mående</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Lowest value:</source>
        <translation>&amp;Lägsta värde:</translation>
    </message>
    <message>
        <source>&amp;Highest value:</source>
        <translation>&amp;Högsta värde:</translation>
    </message>
    <message>
        <source>Words at the l&amp;ow end:</source>
        <translation>Ord vid lägsta &amp;änden:</translation>
    </message>
    <message>
        <source>Words at the h&amp;igh end:</source>
        <translation>Ord vid högsta än&amp;den:</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Notes (%1)</source>
        <translation>Anteckningar (%1)</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Journal card</source>
        <translation>Journalkort</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>Lägg till samtal</translation>
    </message>
    <message>
        <source>year-month-day hour:minute, like 2026-12-04 14:30</source>
        <translation>år-månad-dag timme:minut, till exempel 2026-12-04 14:30</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Notes are kept 10 years (Patientdatalagen).</source>
        <translation>Anteckningar sparas i 10 år (patientdatalagen).</translation>
    </message>
    <message>
        <source>A client's notes are erased when their package is completed.</source>
        <translation>En klients anteckningar raderas när paketet är avslutat.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have notes written under PDL; those are kept 10 years after the last entry.</source>
        <translation>
            <numerusform>%n klient har anteckningar skrivna under PDL; de bevaras 10 år efter den senaste anteckningen.</numerusform>
            <numerusform>%n klienter har anteckningar skrivna under PDL; de bevaras 10 år efter den senaste anteckningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on, notes are kept at least 10 years after the last entry and cannot be erased earlier, except by a decision of IVO. Nothing is erased or changed now. Change the retention policy?</source>
        <translation>Från och med nu sparas anteckningarna minst 10 år efter den senaste uppgiften och kan inte raderas tidigare, utom efter beslut av IVO. Inget raderas eller ändras nu. Byta gallringsregel?</translation>
    </message>
    <message>
        <source>From now on, a client's notes are offered for erasure when their package is completed. Notes already written under PDL stay kept 10 years after their last entry. Nothing is erased now. Change the retention policy?</source>
        <translation>Från och med nu erbjuds radering av en klients anteckningar när paketet är avslutat. Anteckningar som redan skrivits enligt PDL sparas 10 år efter den senaste uppgiften. Inget raderas nu. Byta gallringsregel?</translation>
    </message>
    <message>
        <source>Change the retention policy</source>
        <translation>Byt gallringsregel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>e.g. Anna Andersson, leg. psykolog</source>
        <translation>t.ex. Anna Andersson, leg. psykolog</translation>
    </message>
    <message>
        <source>The journal shows who wrote it (Patientdatalagen 3 kap 10 §): the journal card records this as the author of each part, and the journal PDF prints it.</source>
        <translation>Journalen visar vem som har skrivit den (patientdatalagen 3 kap 10 §): journalkortet anger detta som författare till varje del, och journalens PDF skriver ut det.</translation>
    </message>
    <message>
        <source>A late cancellation uses up a session</source>
        <translation>En sen avbokning förbrukar ett samtal</translation>
    </message>
    <message>
        <source>Erase a client's notes when their package is completed</source>
        <translation>Radera en klients anteckningar när paketet är avslutat</translation>
    </message>
    <message>
        <source>Keep notes 10 years (Patientdatalagen, licensed)</source>
        <translation>Spara anteckningar i 10 år (patientdatalagen, legitimerad)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Lås efter &amp;inaktivitet:</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after:</source>
        <translation>Påminn om säkerhets&amp;kopia efter:</translation>
    </message>
    <message>
        <source>&amp;Practice name:</source>
        <translation>&amp;Mottagningens namn:</translation>
    </message>
    <message>
        <source>Journal &amp;kept by (name, title):</source>
        <translation>&amp;Journalförare (namn, titel):</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Samtal:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Gallring:</translation>
    </message>
    <message>
        <source>New note &amp;template:</source>
        <translation>&amp;Mall för ny anteckning:</translation>
    </message>
</context>
<context>
    <name>SieDialog</name>
    <message>
        <source>Export for the accountant (SIE)</source>
        <translation>Export till bokföringen (SIE)</translation>
    </message>
    <message>
        <source>An SIE 4 file with one voucher per invoice, credit note and payment of the year, on the BAS accounts of the practice details. It names invoice numbers and amounts, no client.</source>
        <translation>En SIE 4-fil med en verifikation per faktura, kreditfaktura och betalning under året, på BAS-kontona i mottagningens uppgifter. Den nämner fakturanummer och belopp, ingen klient.</translation>
    </message>
    <message>
        <source>Also the year's invoices as a CSV file beside it (it names the clients: keep it safe)</source>
        <translation>Även årets fakturor som en CSV-fil bredvid (den nämner klienterna: förvara den säkert)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Lägg till i min ordlista</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokat</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Sen avbokning</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Ingen anteckning</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>Rättas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>TemplatesActions</name>
    <message>
        <source>Note &amp;templates…</source>
        <translation>Anteckningsm&amp;allar…</translation>
    </message>
    <message>
        <source>P&amp;hrases…</source>
        <translation>&amp;Fraser…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Note templates</source>
        <translation>Anteckningsmallar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>Language of the notes</source>
        <translation>Anteckningarnas språk</translation>
    </message>
    <message>
        <source>Notes started from this template are spell-checked in this language</source>
        <translation>Anteckningar som börjar med den här mallen stavningskontrolleras på det här språket</translation>
    </message>
    <message>
        <source>The app's language</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <source>One heading per line</source>
        <translation>En rubrik per rad</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>A new own template, starting from the one selected</source>
        <translation>En ny egen mall som utgår från den valda</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Use as de&amp;fault</source>
        <translation>Använd som stan&amp;dard</translation>
    </message>
    <message>
        <source>New notes start from this template</source>
        <translation>Nya anteckningar börjar med den här mallen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Language of the notes:</source>
        <translation>&amp;Anteckningarnas språk:</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>&amp;Rubriker:</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(inbyggd)</translation>
    </message>
    <message>
        <source>– default</source>
        <translation>– standard</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed; New makes an own template from it.</source>
        <translation>En inbyggd mall kan inte ändras; Ny gör en egen mall utifrån den.</translation>
    </message>
    <message>
        <source>New template: give it a name and its headings, then Save.</source>
        <translation>Ny mall: ge den ett namn och rubriker och tryck sedan Spara.</translation>
    </message>
</context>
<context>
    <name>TypedFields</name>
    <message>
        <source>%1: write a whole number from %3 to %4.</source>
        <translation>%1: skriv ett heltal från %3 till %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number; write one from %3 to %4.</source>
        <translation>%1: ”%2” är inte ett heltal; skriv ett från %3 till %4.</translation>
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4.</source>
        <translation>%1: %2 ligger inte mellan %3 och %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it like %3.</source>
        <translation>%1: ”%2” är inte ett datum; skriv det som %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time; write it like %3.</source>
        <translation>%1: ”%2” är inte ett datum och en tid; skriv det som %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount; write it like %3.</source>
        <translation>%1: ”%2” är inte ett belopp; skriv det som %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in kronor and öre (at most two decimals, not below zero).</source>
        <translation>%1: ”%2” är inte ett belopp i kronor och öre (högst två decimaler, inte under noll).</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 kr.</source>
        <translation>%1: %2 är mer än %3 kr.</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The journal is locked</source>
        <translation>Journalen är låst</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a client on the left, or press %1 to add one.</source>
        <translation>Välj en klient till vänster, eller tryck %1 för att lägga till en.</translation>
    </message>
    <message>
        <source>In session: other clients are hidden. %1 shows them again.</source>
        <translation>I samtal: andra klienter är dolda. %1 visar dem igen.</translation>
    </message>
    <message>
        <source>In-session mode</source>
        <translation>Samtalsläge</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>That client is no longer in the journal.</source>
        <translation>Den klienten finns inte längre i journalen.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverad</translation>
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation>Å&amp;terställ klient från arkivet</translation>
    </message>
    <message>
        <source>A&amp;rchive client</source>
        <translation>A&amp;rkivera klient</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Välj ett samtal först.</translation>
    </message>
    <message numerus="yes">
        <source>All sessions of “%1” are held; %n note(s) to sign before it is completed.</source>
        <translation>
            <numerusform>Alla samtal i ”%1” är genomförda; %n anteckning ska signeras innan paketet är klart.</numerusform>
            <numerusform>Alla samtal i ”%1” är genomförda; %n anteckningar ska signeras innan paketet är klart.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has completed the package "%2".</source>
        <translation>%1 har avslutat paketet ”%2”.</translation>
    </message>
</context>
</TS>