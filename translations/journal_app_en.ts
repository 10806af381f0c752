<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaActions</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>Names in the calendar file</source>
        <translation>Names in the calendar file</translation>
    </message>
    <message>
        <source>The calendar file leaves the vault unencrypted: your phone, its backups and any calendar service it syncs with will hold the clients' %1. Put them in the file?</source>
        <translation>The calendar file leaves the vault unencrypted: your phone, its backups and any calendar service it syncs with will hold the clients' %1. Put them in the file?</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Save the calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n session(s)). The file is not encrypted.</source>
        <translation>
            <numerusform>Saved %1 (%n session). The file is not encrypted.</numerusform>
            <numerusform>Saved %1 (%n sessions). The file is not encrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file was not written: %1</source>
        <translation>The calendar file was not written: %1</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Notes to sign</source>
        <translation>Notes to sign</translation>
    </message>
    <message>
        <source>Click a session to open its client and note.</source>
        <translation>Click a session to open its client and note.</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>&amp;Export to calendar…</translation>
    </message>
    <message>
        <source>Write the planned sessions as an .ics file for your phone's calendar (by default without names)</source>
        <translation>Write the planned sessions as an .ics file for your phone's calendar (by default without names)</translation>
    </message>
    <message>
        <source>&amp;Show the agenda after unlocking</source>
        <translation>&amp;Show the agenda after unlocking</translation>
    </message>
    <message>
        <source>No planned sessions</source>
        <translation>No planned sessions</translation>
    </message>
<message numerus="yes">
        <source>%n unsigned note(s)</source>
        <translation>
            <numerusform>%n unsigned note</numerusform>
            <numerusform>%n unsigned notes</numerusform>
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
        <translation>Something went wrong: %1; nothing more was changed.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Wrong passphrase. Please try again.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Choose backup &amp;folder…</source>
        <translation>Choose backup &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>&amp;Stop listing</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>No backup folder chosen yet (a USB stick is a good place).</source>
        <translation>No backup folder chosen yet (a USB stick is a good place).</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s).</source>
        <translation>
            <numerusform>No backup for %n day.</numerusform>
            <numerusform>No backup for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds erased data: connect it so the app can clean it</source>
        <translation>Holds erased data: connect it so the app can clean it</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>Journal backups (*%1)</source>
        <translation>Journal backups (*%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restore from</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The passphrase that was valid when the backup was made:</source>
        <translation>The passphrase that was valid when the backup was made:</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Replace the open vault?</source>
        <translation>Replace the open vault?</translation>
    </message>
    <message>
        <source>The backup is sound. Replace the open vault with it? The current vault is kept unchanged in a folder beside it until you delete it.</source>
        <translation>The backup is sound. Replace the open vault with it? The current vault is kept unchanged in a folder beside it until you delete it.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored. Unlock the vault to continue.</source>
        <translation>Restored. Unlock the vault to continue.</translation>
    </message>
    <message>
        <source>Erased clients may come back</source>
        <translation>Erased clients may come back</translation>
    </message>
    <message>
        <source>No record of the erasures made after this backup could be read. Clients erased since the backup would come back and must be erased again by hand. Restore anyway?</source>
        <translation>No record of the erasures made after this backup could be read. Clients erased since the backup would come back and must be erased again by hand. Restore anyway?</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No names (recommended)</source>
        <translation>No names (recommended)</translation>
    </message>
    <message>
        <source>The client's initials</source>
        <translation>The client's initials</translation>
    </message>
    <message>
        <source>The client's full name</source>
        <translation>The client's full name</translation>
    </message>
    <message>
        <source>The file holds every planned session from today on: the word above, the time and the length. It leaves the vault unencrypted, for your phone's calendar (and any cloud it syncs to). Import it again after a change: the same sessions are updated, not added twice.</source>
        <translation>The file holds every planned session from today on: the word above, the time and the length. It leaves the vault unencrypted, for your phone's calendar (and any cloud it syncs to). Import it again after a change: the same sessions are updated, not added twice.</translation>
    </message>
    <message>
        <source>Each event &amp;says:</source>
        <translation>Each event &amp;says:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Names:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
</context>
<context>
    <name>CardPartPage</name>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 text</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <source>ICD-10-SE code or free text, optional</source>
        <translation>ICD-10-SE code or free text, optional</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>&amp;Diagnosis:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation>Planned measures</translation>
    </message>
    <message>
        <source>Planned evaluation date</source>
        <translation>Planned evaluation date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation>Planned &amp;measures:</translation>
    </message>
    <message>
        <source>Planned &amp;evaluation:</source>
        <translation>Planned &amp;evaluation:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Earlier signed versions</source>
        <translation>Earlier signed versions</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Sign this part; it can then only be corrected</source>
        <translation>Sign this part; it can then only be corrected</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Write a correction; the signed text is kept</source>
        <translation>Write a correction; the signed text is kept</translation>
    </message>
    <message>
        <source>Disca&amp;rd correction</source>
        <translation>Disca&amp;rd correction</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Invoice this session</source>
        <translation>Invoice this session</translation>
    </message>
    <message>
        <source>kronor, VAT included</source>
        <translation>kronor, VAT included</translation>
    </message>
    <message>
        <source>%1 on an invoice of its own. The invoice is shown before it is issued.</source>
        <translation>%1 on an invoice of its own. The invoice is shown before it is issued.</translation>
    </message>
    <message>
        <source>&amp;Price (kr):</source>
        <translation>&amp;Price (kr):</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>No&amp;tes about the client:</source>
        <translation>No&amp;tes about the client:</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Valid %1: %2</source>
        <translation>Valid %1: %2</translation>
    </message>
    <message>
        <source>Write the client's name.</source>
        <translation>Write the client's name.</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>No package</translation>
    </message>
    <message>
        <source>erase pending</source>
        <translation>erase pending</translation>
    </message>
    <message>
        <source>A package is completed and its notes wait to be erased.</source>
        <translation>A package is completed and its notes wait to be erased.</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search clients and notes (%1)</source>
        <translation>Search clients and notes (%1)</translation>
    </message>
    <message>
        <source>Search clients and notes</source>
        <translation>Search clients and notes</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes that match the search</source>
        <translation>Notes that match the search</translation>
    </message>
    <message>
        <source>Ne&amp;w client…</source>
        <translation>Ne&amp;w client…</translation>
    </message>
    <message>
        <source>New client (%1)</source>
        <translation>New client (%1)</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Show a&amp;rchived</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Client actions</source>
        <translation>Client actions</translation>
    </message>
    <message>
        <source>Client &amp;actions</source>
        <translation>Client &amp;actions</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edit client…</translation>
    </message>
    <message>
        <source>A&amp;rchive client</source>
        <translation>A&amp;rchive client</translation>
    </message>
    <message>
        <source>Edit the selected &amp;package…</source>
        <translation>Edit the selected &amp;package…</translation>
    </message>
    <message>
        <source>&amp;Journal card…</source>
        <translation>&amp;Journal card…</translation>
    </message>
    <message>
        <source>Background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</source>
        <translation>Background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Double-click a package to correct it</source>
        <translation>Double-click a package to correct it</translation>
    </message>
    <message>
        <source>Add &amp;package…</source>
        <translation>Add &amp;package…</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;Invoice…</translation>
    </message>
    <message>
        <source>Show the selected package's invoice before it is issued</source>
        <translation>Show the selected package's invoice before it is issued</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Ne&amp;xt note to sign</source>
        <translation>Ne&amp;xt note to sign</translation>
    </message>
    <message>
        <source>Open the earliest held session whose note is not signed yet</source>
        <translation>Open the earliest held session whose note is not signed yet</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Add &amp;session…</translation>
    </message>
    <message>
        <source>Add a session (%1)</source>
        <translation>Add a session (%1)</translation>
    </message>
    <message>
        <source>Hel&amp;d</source>
        <translation>Hel&amp;d</translation>
    </message>
    <message>
        <source>Cancell&amp;ed</source>
        <translation>Cancell&amp;ed</translation>
    </message>
    <message>
        <source>La&amp;te cancellation</source>
        <translation>La&amp;te cancellation</translation>
    </message>
    <message>
        <source>N&amp;o-show</source>
        <translation>N&amp;o-show</translation>
    </message>
    <message>
        <source>Mark the selected session</source>
        <translation>Mark the selected session</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Ac&amp;knowledge</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Outcome measures</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Mark:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>%1 of %2 sessions held</source>
        <translation>%1 of %2 sessions held</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
<message numerus="yes">
        <source>%n note(s) to sign</source>
        <translation>
            <numerusform>%n note to sign</numerusform>
            <numerusform>%n notes to sign</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the client's notes</source>
        <translation>Erase the client's notes</translation>
    </message>
    <message>
        <source>Export the journal as PDF for the client…</source>
        <translation>Export the journal as PDF for the client…</translation>
    </message>
    <message>
        <source>Erase now…</source>
        <translation>Erase now…</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Remind me later</translation>
    </message>
    <message>
        <source>The client's name, to confirm the erase</source>
        <translation>The client's name, to confirm the erase</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Your retention policy is the patient journal under Patientdatalagen: notes are kept at least 10 years after the last entry (PDL 3 kap 17 §), and only IVO can decide on an earlier destruction (8 kap 4 §). The app will offer the erase when the 10 years are over.

{reason}

You can still export the journal as a PDF for the client.</source>
        <translation>Your retention policy is the patient journal under Patientdatalagen: notes are kept at least 10 years after the last entry (PDL 3 kap 17 §), and only IVO can decide on an earlier destruction (8 kap 4 §). The app will offer the erase when the 10 years are over.

{reason}

You can still export the journal as a PDF for the client.</translation>
    </message>
    <message>
        <source>{name} has completed the package “{package}”. The practice's privacy notice promises that the notes are now erased.</source>
        <translation>{name} has completed the package “{package}”. The practice's privacy notice promises that the notes are now erased.</translation>
    </message>
    <message>
        <source>Every package of {name} is completed. The practice's privacy notice promises that the notes are erased.</source>
        <translation>Every package of {name} is completed. The practice's privacy notice promises that the notes are erased.</translation>
    </message>
    <message>
        <source>{name} has asked for their notes to be erased (GDPR art. 17).</source>
        <translation>{name} has asked for their notes to be erased (GDPR art. 17).</translation>
    </message>
    <message numerus="yes">
        <source>Erasing removes for good %n note(s) with every earlier version and draft, and their search entries.</source>
        <translation>
            <numerusform>Erasing removes for good %n note with every earlier version and draft, and their search entries.</numerusform>
            <numerusform>Erasing removes for good %n notes with every earlier version and draft, and their search entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client's contact details and journal card are removed too.</source>
        <translation>The client's contact details and journal card are removed too.</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>Save the PDF again…</source>
        <translation>Save the PDF again…</translation>
    </message>
    <message numerus="yes">
        <source>To erase %n note(s) of {name} for good, type the client's name: {name}</source>
        <translation>
            <numerusform>To erase %n note of {name} for good, type the client's name: {name}</numerusform>
            <numerusform>To erase %n notes of {name} for good, type the client's name: {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>A billing record of each paid package (name, identity number, address, e-mail, phone, package, price, date; no notes) is kept until the end of the seventh year, as bokföringslagen requires.</source>
        <translation>A billing record of each paid package (name, identity number, address, e-mail, phone, package, price, date; no notes) is kept until the end of the seventh year, as bokföringslagen requires.</translation>
    </message>
    <message>
        <source>An erasure receipt without name or content records that the erase was done. Offer the client the journal as a PDF first: an erase cannot be undone.</source>
        <translation>An erasure receipt without name or content records that the erase was done. Offer the client the journal as a PDF first: an erase cannot be undone.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The PDF export is not available in this build.</source>
        <translation>The PDF export is not available in this build.</translation>
    </message>
    <message>
        <source>Erasing and checking…</source>
        <translation>Erasing and checking…</translation>
    </message>
    <message>
        <source>Erased and checked: nothing refers to the notes any more.</source>
        <translation>Erased and checked: nothing refers to the notes any more.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export journal as PDF</source>
        <translation>Export journal as PDF</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <source>The whole journal of %1 (sessions, notes and corrections) will be saved as a PDF to hand to the client.</source>
        <translation>The whole journal of %1 (sessions, notes and corrections) will be saved as a PDF to hand to the client.</translation>
    </message>
    <message>
        <source>Everything the vault holds about %1 (details, sessions, notes, billing records and the access log) will be saved as a PDF.</source>
        <translation>Everything the vault holds about %1 (details, sessions, notes, billing records and the access log) will be saved as a PDF.</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Protect the PDF with a password</translation>
    </message>
    <message>
        <source>Suggest a password</source>
        <translation>Suggest a password</translation>
    </message>
    <message>
        <source>A password told in person is the safe way; never send it in the same e-mail as the file.</source>
        <translation>A password told in person is the safe way; never send it in the same e-mail as the file.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Write the password down for the client, or tell it in person.</source>
        <translation>Write the password down for the client, or tell it in person.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Save the PDF as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Type a password, or untick the box.</source>
        <translation>Type a password, or untick the box.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long, or press Suggest a password.</source>
        <translation>The password must be at least %1 characters long, or press Suggest a password.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Some characters the font cannot show are marked with �.</source>
        <translation>Some characters the font cannot show are marked with �.</translation>
    </message>
    <message>
        <source>Tell the client the password in person.</source>
        <translation>Tell the client the password in person.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it safe.</source>
        <translation>The file is not encrypted: keep it safe.</translation>
    </message>
<message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>Export journal as &amp;PDF…</source>
        <translation>Export journal as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Register extract…</source>
        <translation>&amp;Register extract…</translation>
    </message>
    <message>
        <source>&amp;Erase the client's notes…</source>
        <translation>&amp;Erase the client's notes…</translation>
    </message>
    <message>
        <source>&amp;Back up and restore…</source>
        <translation>&amp;Back up and restore…</translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation>Access lo&amp;g…</translation>
    </message>
    <message>
        <source>Replace the &amp;recovery key…</source>
        <translation>Replace the &amp;recovery key…</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery key…</source>
        <translation>Forgot the passphrase? Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>The vault</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since last time.</source>
        <translation>
            <numerusform>%n failed unlock attempt since last time.</numerusform>
            <numerusform>%n failed unlock attempts since last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing record(s) past their keeping time were deleted.</source>
        <translation>
            <numerusform>%n billing record past its keeping time was deleted.</numerusform>
            <numerusform>%n billing records past their keeping time were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s): make one from the Vault menu.</source>
        <translation>
            <numerusform>No backup for %n day: make one from the Vault menu.</numerusform>
            <numerusform>No backup for %n days: make one from the Vault menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) are past the 10 years of Patientdatalagen: their notes may now be erased (Client actions).</source>
        <translation>
            <numerusform>%n client are past the 10 years of Patientdatalagen: their notes may now be erased (Client actions).</numerusform>
            <numerusform>%n clients are past the 10 years of Patientdatalagen: their notes may now be erased (Client actions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The erase was carried into %n backup(s).</source>
        <translation>
            <numerusform>The erase was carried into %n backup.</numerusform>
            <numerusform>The erase was carried into %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be reached and still hold erased clients; they are cleaned when they can be reached.</source>
        <translation>
            <numerusform>%n backup could not be reached and still hold erased clients; they are cleaned when they can be reached.</numerusform>
            <numerusform>%n backups could not be reached and still hold erased clients; they are cleaned when they can be reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder kept from before a restore could not be cleaned of erased clients; delete it: %1</source>
        <translation>A folder kept from before a restore could not be cleaned of erased clients; delete it: %1</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n note(s) for good; the receipt is in the access log.</source>
        <translation>
            <numerusform>Erased %n note for good; the receipt is in the access log.</numerusform>
            <numerusform>Erased %n notes for good; the receipt is in the access log.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>The backup was restored. Unlock it with the passphrase it was made with.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Use at least 12 characters; you have %1. A few unrelated words make a long passphrase that is easy to remember.</source>
        <translation>Use at least 12 characters; you have %1. A few unrelated words make a long passphrase that is easy to remember.</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space, which is easy to lose.</source>
        <translation>The passphrase starts or ends with a space, which is easy to lose.</translation>
    </message>
    <message>
        <source>Use more different characters; this one repeats too few.</source>
        <translation>Use more different characters; this one repeats too few.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <source>This passphrase can be used.</source>
        <translation>This passphrase can be used.</translation>
    </message>
    <message>
        <source>The sheet was saved: %1. Print it, then delete the file.</source>
        <translation>The sheet was saved: %1. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your notes will be kept in an encrypted vault on this computer. The passphrase is the only way in: choose a few unrelated words that you will remember.</source>
        <translation>Your notes will be kept in an encrypted vault on this computer. The passphrase is the only way in: choose a few unrelated words that you will remember.</translation>
    </message>
    <message>
        <source>Shown in the header of exported PDFs</source>
        <translation>Shown in the header of exported PDFs</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Erase a client's notes when their package is completed</source>
        <translation>Erase a client's notes when their package is completed</translation>
    </message>
    <message>
        <source>Keep notes for 10 years (Patientdatalagen, licensed)</source>
        <translation>Keep notes for 10 years (Patientdatalagen, licensed)</translation>
    </message>
    <message>
        <source>Licensed practitioners whose journals fall under Patientdatalagen must keep notes for 10 years; everyone else erases them once the client's package is completed.</source>
        <translation>Licensed practitioners whose journals fall under Patientdatalagen must keep notes for 10 years; everyone else erases them once the client's package is completed.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>&amp;Practice name:</source>
        <translation>&amp;Practice name:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>R&amp;etention:</source>
        <translation>R&amp;etention:</translation>
    </message>
    <message>
        <source>Welcome: create your journal vault</source>
        <translation>Welcome: create your journal vault</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>What the app does with your notes</source>
        <translation>What the app does with your notes</translation>
    </message>
    <message>
        <source>Every client, session and note is kept in one encrypted vault on this computer. Nothing is sent anywhere: the app has no network code at all. A note leaves the computer only when you export it yourself, as a PDF, a register extract or an export file.</source>
        <translation>Every client, session and note is kept in one encrypted vault on this computer. Nothing is sent anywhere: the app has no network code at all. A note leaves the computer only when you export it yourself, as a PDF, a register extract or an export file.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>The vault is encrypted with SQLCipher (AES-256, with a check on every page) under a random key. That key is stored only locked by your passphrase, through Argon2id, which makes every guess cost about a second, and by your recovery key. Someone who takes the computer sees only encrypted data.</source>
        <translation>The vault is encrypted with SQLCipher (AES-256, with a check on every page) under a random key. That key is stored only locked by your passphrase, through Argon2id, which makes every guess cost about a second, and by your recovery key. Someone who takes the computer sees only encrypted data.</translation>
    </message>
    <message>
        <source>Notes, signing and completed packages</source>
        <translation>Notes, signing and completed packages</translation>
    </message>
    <message>
        <source>A note documents a session that took place, so it is signed only for a session marked held (or cancelled, late cancelled or no-show). Sign on a session still marked planned asks to mark it held and sign in one step. A signed note is never changed: Correct makes a new version and the signed text stays readable, struck through, with its date.</source>
        <translation>A note documents a session that took place, so it is signed only for a session marked held (or cancelled, late cancelled or no-show). Sign on a session still marked planned asks to mark it held and sign in one step. A signed note is never changed: Correct makes a new version and the signed text stays readable, struck through, with its date.</translation>
    </message>
    <message>
        <source>A package is completed when all its sessions are held and every one of their notes is signed. Until then the package says how many notes are left to sign, and Next note to sign opens the earliest of them.</source>
        <translation>A package is completed when all its sessions are held and every one of their notes is signed. Until then the package says how many notes are left to sign, and Next note to sign opens the earliest of them.</translation>
    </message>
    <message>
        <source>Dates are written year-month-day and times with 24 hours, 2026-12-04 14:30, in both languages; type them the same way.</source>
        <translation>Dates are written year-month-day and times with 24 hours, 2026-12-04 14:30, in both languages; type them the same way.</translation>
    </message>
    <message>
        <source>Where your vault is</source>
        <translation>Where your vault is</translation>
    </message>
    <message>
        <source>Your vault is the folder %1. It holds journal.db, the encrypted journal, and vault.json with its copy vault.json.bak, the locked keys. Do not edit these files.</source>
        <translation>Your vault is the folder %1. It holds journal.db, the encrypted journal, and vault.json with its copy vault.json.bak, the locked keys. Do not edit these files.</translation>
    </message>
    <message>
        <source>The retention policy in force</source>
        <translation>The retention policy in force</translation>
    </message>
    <message>
        <source>What erase means</source>
        <translation>What erase means</translation>
    </message>
    <message>
        <source>Erasing a client's notes removes the notes, every earlier version and draft, and their entries in the search index, inside the vault file itself: the space they used is overwritten, not only marked as free. The app then checks that nothing refers to them any more. The notes are also removed from the backups in the app's backup list as soon as those can be reached. An erase cannot be undone.</source>
        <translation>Erasing a client's notes removes the notes, every earlier version and draft, and their entries in the search index, inside the vault file itself: the space they used is overwritten, not only marked as free. The app then checks that nothing refers to them any more. The notes are also removed from the backups in the app's backup list as soon as those can be reached. An erase cannot be undone.</translation>
    </message>
    <message>
        <source>What an erase cannot reach: PDFs and exports you have saved, copies of the vault you made yourself outside the app, and old blocks that an SSD or the file system may keep from before the erase. Those blocks hold only encrypted data, readable only with your passphrase or recovery key.</source>
        <translation>What an erase cannot reach: PDFs and exports you have saved, copies of the vault you made yourself outside the app, and old blocks that an SSD or the file system may keep from before the erase. Those blocks hold only encrypted data, readable only with your passphrase or recovery key.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Make a backup regularly with Back up… in the Vault menu, for example to a USB stick. A backup is one encrypted file, opened with the same passphrase or recovery key as the vault. The app reminds you when no backup has been made for the number of days set in Settings.</source>
        <translation>Make a backup regularly with Back up… in the Vault menu, for example to a USB stick. A backup is one encrypted file, opened with the same passphrase or recovery key as the vault. The app reminds you when no backup has been made for the number of days set in Settings.</translation>
    </message>
    <message>
        <source>Restore… in the Vault menu checks the backup before it changes anything, and keeps your current vault until the restore has succeeded.</source>
        <translation>Restore… in the Vault menu checks the backup before it changes anything, and keeps your current vault until the restore has succeeded.</translation>
    </message>
    <message>
        <source>If it is lost or someone else may have seen it, make a new one; the old one no longer opens the vault. Backups made before then still open with the old key, and through them the vault, so make a new backup and delete the older ones. Without your passphrase or your recovery key no one can open the vault, not even the makers of the app.</source>
        <translation>If it is lost or someone else may have seen it, make a new one; the old one no longer opens the vault. Backups made before then still open with the old key, and through them the vault, so make a new backup and delete the older ones. Without your passphrase or your recovery key no one can open the vault, not even the makers of the app.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>journal-app %1</source>
        <translation>journal-app %1</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Privacy notice text</translation>
    </message>
    <message>
        <source>Unlock the vault to make the text for its retention policy.</source>
        <translation>Unlock the vault to make the text for its retention policy.</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <source>While the vault is unlocked, anyone at the keyboard can read it. The app locks itself after the idle time set in Settings, when the screen locks or the computer goes to sleep (where the desktop reports it), and %1 locks it at once.</source>
        <translation>While the vault is unlocked, anyone at the keyboard can read it. The app locks itself after the idle time set in Settings, when the screen locks or the computer goes to sleep (where the desktop reports it), and %1 locks it at once.</translation>
    </message>
    <message>
        <source>When the vault was created, the app showed a recovery key once. It opens the vault if you forget your passphrase, and then lets you set a new one. Keep it printed and locked away, apart from the computer: anyone who has it can open the vault.</source>
        <translation>When the vault was created, the app showed a recovery key once. It opens the vault if you forget your passphrase, and then lets you set a new one. Keep it printed and locked away, apart from the computer: anyone who has it can open the vault.</translation>
    </message>
    <message>
        <source>Unlock the vault to see which of the two retention policies is in force: erase when the package is completed, or a patient journal kept ten years under the Patient Data Act (PDL).</source>
        <translation>Unlock the vault to see which of the two retention policies is in force: erase when the package is completed, or a patient journal kept ten years under the Patient Data Act (PDL).</translation>
    </message>
    <message>
        <source>Patient journal under the Patient Data Act (PDL). Notes are kept at least ten years after the latest entry (PDL 3 ch. 17 §), and the app refuses to erase them earlier, except for a destruction decided by IVO, whose reference and date are recorded. A signed note is never changed: a correction is a new version and the earlier text stays with its date.</source>
        <translation>Patient journal under the Patient Data Act (PDL). Notes are kept at least ten years after the latest entry (PDL 3 ch. 17 §), and the app refuses to erase them earlier, except for a destruction decided by IVO, whose reference and date are recorded. A signed note is never changed: a correction is a new version and the earlier text stays with its date.</translation>
    </message>
    <message>
        <source>Erase when the package is completed. When a client's last session is held and its note signed, the app offers the client a PDF copy of their journal and then erases the notes for good. You can postpone the erase; a postponed erase is shown as overdue until it is done.</source>
        <translation>Erase when the package is completed. When a client's last session is held and its note signed, the app offers the client a PDF copy of their journal and then erases the notes for good. You can postpone the erase; a postponed erase is shown as overdue until it is done.</translation>
    </message>
    <message>
        <source>What stays: a billing record (name, identity number, contact details, package, price and date; no notes) until the end of the seventh year after its calendar year, as the Bookkeeping Act requires (7 ch. 2 §), and an erasure receipt without name or content, to show the erase was made.</source>
        <translation>What stays: a billing record (name, identity number, contact details, package, price and date; no notes) until the end of the seventh year after its calendar year, as the Bookkeeping Act requires (7 ch. 2 §), and an erasure receipt without name or content, to show the erase was made.</translation>
    </message>
    <message>
        <source>You can change the policy in Settings. The change is logged and never erases anything by itself.</source>
        <translation>You can change the policy in Settings. The change is logged and never erases anything by itself.</translation>
    </message>
    <message>
        <source>An encrypted journal for counsellors and therapists. Free software under the licence %1.</source>
        <translation>An encrypted journal for counsellors and therapists. Free software under the licence %1.</translation>
    </message>
    <message>
        <source>The full licence texts are shipped with each component in the app's folder. Qt and PySide6 are used under the LGPL version 3.</source>
        <translation>The full licence texts are shipped with each component in the app's folder. Qt and PySide6 are used under the LGPL version 3.</translation>
    </message>
    <message>
        <source>A text to paste into your practice's privacy notice. It describes how the journal is kept under the policy in force; add your legal basis and contact details yourself.</source>
        <translation>A text to paste into your practice's privacy notice. It describes how the journal is kept under the policy in force; add your legal basis and contact details yourself.</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>A personnummer has 10 or 12 digits; this has %1.</source>
        <translation>A personnummer has 10 or 12 digits; this has %1.</translation>
    </message>
    <message>
        <source>Only digits and one '-' or '+' are allowed.</source>
        <translation>Only digits and one '-' or '+' are allowed.</translation>
    </message>
    <message>
        <source>Put the '-' just before the last four digits.</source>
        <translation>Put the '-' just before the last four digits.</translation>
    </message>
    <message>
        <source>The year of birth is not plausible.</source>
        <translation>The year of birth is not plausible.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) runs from 001 to 999.</source>
        <translation>The birth number (the three digits after the date) runs from 001 to 999.</translation>
    </message>
    <message>
        <source>The date part is not a real date (year, month, day).</source>
        <translation>The date part is not a real date (year, month, day).</translation>
    </message>
    <message>
        <source>The check digit (the last digit) does not match; look for a typo.</source>
        <translation>The check digit (the last digit) does not match; look for a typo.</translation>
    </message>
    <message>
        <source>This is not a valid identity number.</source>
        <translation>This is not a valid identity number.</translation>
    </message>
</context>
<context>
    <name>InSessionMode</name>
    <message>
        <source>&amp;In session with this client</source>
        <translation>&amp;In session with this client</translation>
    </message>
    <message>
        <source>Show only this client's note, for writing while the client is in the room</source>
        <translation>Show only this client's note, for writing while the client is in the room</translation>
    </message>
    <message>
        <source>Open a client's session first: in-session mode shows that session's note alone.</source>
        <translation>Open a client's session first: in-session mode shows that session's note alone.</translation>
    </message>
    <message>
        <source>In-session mode ended.</source>
        <translation>In-session mode ended.</translation>
    </message>
</context>
<context>
    <name>InvoiceListController</name>
    <message>
        <source>Unpaid: %1 · overdue: %2</source>
        <translation>Unpaid: %1 · overdue: %2</translation>
    </message>
    <message>
        <source>Saved %1. The PDF is not encrypted: keep it safe.</source>
        <translation>Saved %1. The PDF is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid on %2.</source>
        <translation>Invoice %1 marked paid on %2.</translation>
    </message>
    <message>
        <source>Credit invoice %1 in full? A credit note with its own number cancels it; the invoice stays in the books, and its package can be invoiced again.</source>
        <translation>Credit invoice %1 in full? A credit note with its own number cancels it; the invoice stays in the books, and its package can be invoiced again.</translation>
    </message>
    <message>
        <source>Credit invoice</source>
        <translation>Credit invoice</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Credit note %1 cancels invoice %2.</translation>
    </message>
</context>
<context>
    <name>InvoicePreviewDialog</name>
    <message>
        <source>Invoice %1 (not issued yet)</source>
        <translation>Invoice %1 (not issued yet)</translation>
    </message>
    <message>
        <source>This is the invoice as it will be issued. Once issued it cannot be changed or deleted, only credited; its number is taken when you click Issue.</source>
        <translation>This is the invoice as it will be issued. Once issued it cannot be changed or deleted, only credited; its number is taken when you click Issue.</translation>
    </message>
    <message>
        <source>Invoice &amp;language:</source>
        <translation>Invoice &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>credited</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>credit note</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>not invoiced</translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation>Invoice %1 · %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(credits %1)</source>
        <translation>(credits %1)</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;Unpaid</source>
        <translation>&amp;Unpaid</translation>
    </message>
    <message>
        <source>No invoices here. Issue one from a client's package (Invoice…).</source>
        <translation>No invoices here. Issue one from a client's package (Invoice…).</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>O&amp;verdue</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Save the invoice as a PDF where you choose, then open it</source>
        <translation>Save the invoice as a PDF where you choose, then open it</translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation>&amp;Mark paid…</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Credit…</translation>
    </message>
    <message>
        <source>A credit note cancels the whole invoice; the package can then be invoiced again</source>
        <translation>A credit note cancels the whole invoice; the package can then be invoiced again</translation>
    </message>
    <message>
        <source>&amp;Reminder PDF…</source>
        <translation>&amp;Reminder PDF…</translation>
    </message>
    <message>
        <source>A payment reminder for an overdue invoice</source>
        <translation>A payment reminder for an overdue invoice</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>InvoicingActions</name>
    <message>
        <source>&amp;Practice details…</source>
        <translation>&amp;Practice details…</translation>
    </message>
    <message>
        <source>Export for the &amp;accountant (SIE)…</source>
        <translation>Export for the &amp;accountant (SIE)…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Invoice the selected package…</source>
        <translation>&amp;Invoice the selected package…</translation>
    </message>
    <message>
        <source>Invoice the selected &amp;session…</source>
        <translation>Invoice the selected &amp;session…</translation>
    </message>
    <message>
        <source>Practice details saved.</source>
        <translation>Practice details saved.</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Fill in the practice details now?</source>
        <translation>Fill in the practice details now?</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2, due %3.</source>
        <translation>Invoice %1 issued: %2, due %3.</translation>
    </message>
    <message>
        <source>Saved %1. The PDF is not encrypted: keep it safe.</source>
        <translation>Saved %1. The PDF is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Its PDF can be saved later from Go › Invoices.</source>
        <translation>Its PDF can be saved later from Go › Invoices.</translation>
    </message>
    <message>
        <source>Accounts %1.se</source>
        <translation>Accounts %1.se</translation>
    </message>
    <message>
        <source>Save the SIE file</source>
        <translation>Save the SIE file</translation>
    </message>
    <message>
        <source>SIE files (*.se *.si)</source>
        <translation>SIE files (*.se *.si)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n voucher(s) for %2.</source>
        <translation>
            <numerusform>Wrote %1: %n voucher for %2.</numerusform>
            <numerusform>Wrote %1: %n vouchers for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>And %1, which names the clients: keep it safe.</source>
        <translation>And %1, which names the clients: keep it safe.</translation>
    </message>
</context>
<context>
    <name>JournalCardController</name>
    <message>
        <source>&amp;Journal card…</source>
        <translation>&amp;Journal card…</translation>
    </message>
    <message>
        <source>The client's background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</source>
        <translation>The client's background, assessment, treatment plan, information and declined care (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>The treatment plan's planned evaluation (%1) has passed: evaluate the care and update the plan.</source>
        <translation>The treatment plan's planned evaluation (%1) has passed: evaluate the care and update the plan.</translation>
    </message>
    <message>
        <source>Not written yet: it is saved as you type.</source>
        <translation>Not written yet: it is saved as you type.</translation>
    </message>
    <message>
        <source>Signed %1 by %2. Read-only; use Correct to change it.</source>
        <translation>Signed %1 by %2. Read-only; use Correct to change it.</translation>
    </message>
    <message>
        <source>Correction in progress; sign it to replace the signed text.</source>
        <translation>Correction in progress; sign it to replace the signed text.</translation>
    </message>
    <message>
        <source>Draft: saved as you type; sign it when done.</source>
        <translation>Draft: saved as you type; sign it when done.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>(no name in the settings)</source>
        <translation>(no name in the settings)</translation>
    </message>
    <message>
        <source>Signed %1 by %3, replaced %2</source>
        <translation>Signed %1 by %3, replaced %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnosis: %1</translation>
    </message>
    <message>
        <source>Planned evaluation: %1</source>
        <translation>Planned evaluation: %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Journal card</source>
        <translation>Journal card</translation>
    </message>
    <message>
        <source>A part could not be saved; its page says why. Correct it, or undo what you typed, before closing.</source>
        <translation>A part could not be saved; its page says why. Correct it, or undo what you typed, before closing.</translation>
    </message>
    <message>
        <source>Sign journal card</source>
        <translation>Sign journal card</translation>
    </message>
    <message>
        <source>An empty part cannot be signed. Write it first.</source>
        <translation>An empty part cannot be signed. Write it first.</translation>
    </message>
    <message>
        <source>Sign this part of the journal card? After signing it can no longer be edited, only corrected, and the signed text stays readable.</source>
        <translation>Sign this part of the journal card? After signing it can no longer be edited, only corrected, and the signed text stays readable.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Discard correction</source>
        <translation>Discard correction</translation>
    </message>
    <message>
        <source>Throw away this correction and keep the signed text?</source>
        <translation>Throw away this correction and keep the signed text?</translation>
    </message>
</context>
<context>
    <name>JournalCardDialog</name>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Assessment/diagnosis</source>
        <translation>Assessment/diagnosis</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <source>Information and the client's choices</source>
        <translation>Information and the client's choices</translation>
    </message>
    <message>
        <source>Declined care</source>
        <translation>Declined care</translation>
    </message>
    <message>
        <source>Journal card – %1</source>
        <translation>Journal card – %1</translation>
    </message>
    <message>
        <source>What Patientdatalagen 3 kap 6 § asks the journal to hold besides the session notes. Each part is saved as you type, then signed and, if needed, corrected like a note.</source>
        <translation>What Patientdatalagen 3 kap 6 § asks the journal to hold besides the session notes. Each part is saved as you type, then signed and, if needed, corrected like a note.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Switch to %1 now? The vault locks and the window opens again in the new language; unlock it with your passphrase to go on where you were. Otherwise the new language is used from the next start.</source>
        <translation>Switch to %1 now? The vault locks and the window opens again in the new language; unlock it with your passphrase to go on where you were. Otherwise the new language is used from the next start.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Journal opened</source>
        <translation>Journal opened</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Client added</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Client changed</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Note written</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Note signed</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Note corrected</translation>
    </message>
    <message>
        <source>Journal exported (PDF)</source>
        <translation>Journal exported (PDF)</translation>
    </message>
    <message>
        <source>Register extract exported</source>
        <translation>Register extract exported</translation>
    </message>
    <message>
        <source>Vault exported (JSON)</source>
        <translation>Vault exported (JSON)</translation>
    </message>
    <message>
        <source>Calendar exported (.ics)</source>
        <translation>Calendar exported (.ics)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Retention policy changed</source>
        <translation>Retention policy changed</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Recovery key replaced</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Unlocked with the recovery key</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Failed unlock attempts</translation>
    </message>
    <message>
        <source>Log entries exported</source>
        <translation>Log entries exported</translation>
    </message>
    <message>
        <source>Erased from a backup</source>
        <translation>Erased from a backup</translation>
    </message>
    <message>
        <source>Package corrected</source>
        <translation>Package corrected</translation>
    </message>
    <message>
        <source>Package removed</source>
        <translation>Package removed</translation>
    </message>
    <message>
        <source>Journal file older than its record: erasures applied again</source>
        <translation>Journal file older than its record: erasures applied again</translation>
    </message>
    <message>
        <source>Record beside the journal missing</source>
        <translation>Record beside the journal missing</translation>
    </message>
    <message>
        <source>Vault header repaired from its copy</source>
        <translation>Vault header repaired from its copy</translation>
    </message>
    <message>
        <source>Journal card written</source>
        <translation>Journal card written</translation>
    </message>
    <message>
        <source>Journal card signed</source>
        <translation>Journal card signed</translation>
    </message>
    <message>
        <source>Journal card corrected</source>
        <translation>Journal card corrected</translation>
    </message>
    <message>
        <source>Entry %1 as it was written is missing: the entries up to it were replaced when the journal file was replaced by an older copy.</source>
        <translation>Entry %1 as it was written is missing: the entries up to it were replaced when the journal file was replaced by an older copy.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: the record beside the vault says the log reached entry %2; the journal file was replaced by an older copy, or entries were removed from its end.</source>
        <translation>Entries %1–%2 are missing: the record beside the vault says the log reached entry %2; the journal file was replaced by an older copy, or entries were removed from its end.</translation>
    </message>
    <message>
        <source>%1 entries written after entry %2 (numbered %3–%4 then) are missing: the journal file was replaced by an older copy (found at the unlock of %5).</source>
        <translation>%1 entries written after entry %2 (numbered %3–%4 then) are missing: the journal file was replaced by an older copy (found at the unlock of %5).</translation>
    </message>
    <message>
        <source>Former client {id}</source>
        <translation>Former client {id}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Export the client's entries…</source>
        <translation>Export the client's entries…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the chain is intact.</source>
        <translation>
            <numerusform>%n entry; the chain is intact.</numerusform>
            <numerusform>%n entries; the chain is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log has been altered: the chain breaks at entry %1.</source>
        <translation>The log has been altered: the chain breaks at entry %1.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Export log entries</source>
        <translation>Export log entries</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Add &amp;package…</source>
        <translation>Add &amp;package…</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Add &amp;session…</translation>
    </message>
    <message>
        <source>Mark session &amp;held</source>
        <translation>Mark session &amp;held</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help…</source>
        <translation>&amp;Help…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About journal-app</source>
        <translation>&amp;About journal-app</translation>
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
        <translation>The journal is unlocked.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>The journal is locked.</translation>
    </message>
    <message>
        <source>Locked. Nothing of the journal is in memory.</source>
        <translation>Locked. Nothing of the journal is in memory.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Outcome measures chart</source>
        <translation>Outcome measures chart</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure – %1</source>
        <translation>Measure – %1</translation>
    </message>
    <message>
        <source>&amp;New scale…</source>
        <translation>&amp;New scale…</translation>
    </message>
    <message>
        <source>Add a scale of your own, e.g. Mood 0–10</source>
        <translation>Add a scale of your own, e.g. Mood 0–10</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>%1, from %2 (%3) to %4 (%5):</source>
        <translation>%1, from %2 (%3) to %4 (%5):</translation>
    </message>
</context>
<context>
    <name>MeasuresController</name>
    <message>
        <source>PHQ-9 item 9</source>
        <translation>PHQ-9 item 9</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) was answered %1 of 3 at the session of %2. Follow it up with the client.</source>
        <translation>PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) was answered %1 of 3 at the session of %2. Follow it up with the client.</translation>
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
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>New note: it is saved as you type.</source>
        <translation>New note: it is saved as you type.</translation>
    </message>
    <message>
        <source>Signed %1. Read-only; use Correct to change it.</source>
        <translation>Signed %1. Read-only; use Correct to change it.</translation>
    </message>
    <message>
        <source>Correction in progress; sign it to replace the signed text.</source>
        <translation>Correction in progress; sign it to replace the signed text.</translation>
    </message>
    <message>
        <source>Draft: saved as you type; sign it when done.</source>
        <translation>Draft: saved as you type; sign it when done.</translation>
    </message>
    <message>
        <source>Signed %1, replaced %2</source>
        <translation>Signed %1, replaced %2</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <source>An empty note cannot be signed. Write what the session held first.</source>
        <translation>An empty note cannot be signed. Write what the session held first.</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Sign note</translation>
    </message>
    <message>
        <source>Sign this note? After signing it can no longer be edited, only corrected, and the signed text stays readable.</source>
        <translation>Sign this note? After signing it can no longer be edited, only corrected, and the signed text stays readable.</translation>
    </message>
    <message>
        <source>This session is still marked Planned, and a note documents a session that took place. Mark it held and sign the note?</source>
        <translation>This session is still marked Planned, and a note documents a session that took place. Mark it held and sign the note?</translation>
    </message>
    <message>
        <source>After signing it can no longer be edited, only corrected.</source>
        <translation>After signing it can no longer be edited, only corrected.</translation>
    </message>
    <message>
        <source>Mark held and sign</source>
        <translation>Mark held and sign</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>The note is signed.</source>
        <translation>The note is signed.</translation>
    </message>
    <message>
        <source>Discard correction</source>
        <translation>Discard correction</translation>
    </message>
    <message>
        <source>Throw away this correction and keep the signed text?</source>
        <translation>Throw away this correction and keep the signed text?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Choose a session to write its note.</source>
        <translation>Choose a session to write its note.</translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation>Temp&amp;late:</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Note template</translation>
    </message>
    <message>
        <source>Start this note from another template (only while the note is empty)</source>
        <translation>Start this note from another template (only while the note is empty)</translation>
    </message>
    <message>
        <source>Last note's &amp;headings</source>
        <translation>Last note's &amp;headings</translation>
    </message>
    <message>
        <source>Start this note from the headings of the client's previous note (Ctrl+Shift+L)</source>
        <translation>Start this note from the headings of the client's previous note (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Start from the &amp;last note's headings</source>
        <translation>Start from the &amp;last note's headings</translation>
    </message>
    <message>
        <source>Earlier signed versions</source>
        <translation>Earlier signed versions</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>Sign the note; it can then only be corrected (%1)</source>
        <translation>Sign the note; it can then only be corrected (%1)</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Write a correction; the signed text is kept</source>
        <translation>Write a correction; the signed text is kept</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Measure…</translation>
    </message>
    <message>
        <source>Enter &amp;measure…</source>
        <translation>Enter &amp;measure…</translation>
    </message>
    <message>
        <source>Enter PHQ-9, GAD-7 or an own scale for this session, item by item</source>
        <translation>Enter PHQ-9, GAD-7 or an own scale for this session, item by item</translation>
    </message>
    <message>
        <source>&amp;Discard correction</source>
        <translation>&amp;Discard correction</translation>
    </message>
    <message>
        <source>Si&amp;gn note…</source>
        <translation>Si&amp;gn note…</translation>
    </message>
    <message>
        <source>&amp;Save note now</source>
        <translation>&amp;Save note now</translation>
    </message>
    <message>
        <source>Insert &amp;date and time</source>
        <translation>Insert &amp;date and time</translation>
    </message>
    <message>
        <source>&amp;Correct signed note</source>
        <translation>&amp;Correct signed note</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>Start from the last note's headings</source>
        <translation>Start from the last note's headings</translation>
    </message>
</context>
<context>
    <name>PackageAdder</name>
    <message>
        <source>Add a package first: every session belongs to one.</source>
        <translation>Add a package first: every session belongs to one.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Add package</source>
        <translation>Add package</translation>
    </message>
    <message>
        <source>Edit package</source>
        <translation>Edit package</translation>
    </message>
    <message>
        <source>year-month-day, like 2026-12-04</source>
        <translation>year-month-day, like 2026-12-04</translation>
    </message>
    <message>
        <source>kronor; empty: not recorded</source>
        <translation>kronor; empty: not recorded</translation>
    </message>
    <message>
        <source>As the practice's details say</source>
        <translation>As the practice's details say</translation>
    </message>
    <message>
        <source>25 % VAT</source>
        <translation>25 % VAT</translation>
    </message>
    <message>
        <source>No VAT: health care by a licensed practitioner</source>
        <translation>No VAT: health care by a licensed practitioner</translation>
    </message>
    <message>
        <source>No VAT: small business under the threshold</source>
        <translation>No VAT: small business under the threshold</translation>
    </message>
    <message>
        <source>&amp;Price (kr):</source>
        <translation>&amp;Price (kr):</translation>
    </message>
    <message>
        <source>&amp;VAT on the invoice:</source>
        <translation>&amp;VAT on the invoice:</translation>
    </message>
    <message>
        <source>%1-session package</source>
        <translation>%1-session package</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sessions:</translation>
    </message>
    <message>
        <source>&amp;Bought on:</source>
        <translation>&amp;Bought on:</translation>
    </message>
    <message>
        <source>&amp;Remove package</source>
        <translation>&amp;Remove package</translation>
    </message>
</context>
<context>
    <name>PackageEditor</name>
    <message>
        <source>Choose a package first.</source>
        <translation>Choose a package first.</translation>
    </message>
    <message>
        <source>A completed package can no longer change.</source>
        <translation>A completed package can no longer change.</translation>
    </message>
    <message>
        <source>Package saved.</source>
        <translation>Package saved.</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Remove package</translation>
    </message>
    <message>
        <source>Remove the package “%1”? It has no sessions.</source>
        <translation>Remove the package “%1”? It has no sessions.</translation>
    </message>
    <message>
        <source>Package removed.</source>
        <translation>Package removed.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Mark invoice %1 paid</source>
        <translation>Mark invoice %1 paid</translation>
    </message>
    <message>
        <source>year-month-day, like 2026-12-04</source>
        <translation>year-month-day, like 2026-12-04</translation>
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
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Invoice %1: %2 received.</source>
        <translation>Invoice %1: %2 received.</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Paid on:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
</context>
<context>
    <name>PhrasesDialog</name>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>for example bpl</source>
        <translation>for example bpl</translation>
    </message>
    <message>
        <source>Type the abbreviation in a note followed by a space or a punctuation mark and it becomes the text; Ctrl+Z takes it back.</source>
        <translation>Type the abbreviation in a note followed by a space or a punctuation mark and it becomes the text; Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Practice details</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>25 % VAT (counselling, coaching)</source>
        <translation>25 % VAT (counselling, coaching)</translation>
    </message>
    <message>
        <source>Exempt: health care by a licensed practitioner (ML 10 kap. 6–7 §§)</source>
        <translation>Exempt: health care by a licensed practitioner (ML 10 kap. 6–7 §§)</translation>
    </message>
    <message>
        <source>Exempt: small business under the threshold (ML 18 kap.)</source>
        <translation>Exempt: small business under the threshold (ML 18 kap.)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal name:</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <source>556677-8899, or a sole trader's personnummer</source>
        <translation>556677-8899, or a sole trader's personnummer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <source>VAT &amp;number:</source>
        <translation>VAT &amp;number:</translation>
    </message>
    <message>
        <source>SE556677889901, where registered</source>
        <translation>SE556677889901, where registered</translation>
    </message>
    <message>
        <source>Approved for &amp;F-skatt</source>
        <translation>Approved for &amp;F-skatt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>&amp;Bankgiro:</source>
        <translation>&amp;Bankgiro:</translation>
    </message>
    <message>
        <source>Plus&amp;giro:</source>
        <translation>Plus&amp;giro:</translation>
    </message>
    <message>
        <source>&amp;Swish number:</source>
        <translation>&amp;Swish number:</translation>
    </message>
    <message>
        <source>Payment &amp;terms (days):</source>
        <translation>Payment &amp;terms (days):</translation>
    </message>
    <message>
        <source>First invoice n&amp;umber:</source>
        <translation>First invoice n&amp;umber:</translation>
    </message>
    <message>
        <source>OCR reference with a length digit</source>
        <translation>OCR reference with a length digit</translation>
    </message>
    <message>
        <source>Print the client's personnummer on invoices</source>
        <translation>Print the client's personnummer on invoices</translation>
    </message>
    <message>
        <source>Accounts for the accountant (BAS)</source>
        <translation>Accounts for the accountant (BAS)</translation>
    </message>
    <message>
        <source>Accounts receivable:</source>
        <translation>Accounts receivable:</translation>
    </message>
    <message>
        <source>Sales, 25 % VAT:</source>
        <translation>Sales, 25 % VAT:</translation>
    </message>
    <message>
        <source>Sales, VAT exempt:</source>
        <translation>Sales, VAT exempt:</translation>
    </message>
    <message>
        <source>Output VAT 25 %:</source>
        <translation>Output VAT 25 %:</translation>
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
        <translation>Save the recovery-key sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the sheet</source>
        <translation>Could not save the sheet</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Replace the recovery key</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one will no longer open the vault. Backups made before now still open with it: if someone may know it, make a new backup and delete the older ones.</source>
        <translation>Make a new recovery key? The current one will no longer open the vault. Backups made before now still open with it: if someone may know it, make a new backup and delete the older ones.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>This key opens the vault if you forget your passphrase. It is shown only now: print the sheet or write the key down, and keep it locked away from the computer.</source>
        <translation>This key opens the vault if you forget your passphrase. It is shown only now: print the sheet or write the key down, and keep it locked away from the computer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Save printable sheet (PDF)…</source>
        <translation>Save printable sheet (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>I have printed or written down the recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>If you forget your passphrase, this recovery key is the only other way into the vault. Write it down on paper now and keep it somewhere safe, away from the laptop. It is shown only this once.</source>
        <translation>If you forget your passphrase, this recovery key is the only other way into the vault. Write it down on paper now and keep it somewhere safe, away from the laptop. It is shown only this once.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Save &amp;printable sheet (PDF)…</source>
        <translation>Save &amp;printable sheet (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>I have &amp;written the recovery key down</translation>
    </message>
    <message>
        <source>&amp;Start using the journal</source>
        <translation>&amp;Start using the journal</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <source>&amp;Show the key as I type it</source>
        <translation>&amp;Show the key as I type it</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase:</source>
        <translation>Repeat the new passphrase:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Opening the vault…</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>New scale</source>
        <translation>New scale</translation>
    </message>
    <message>
        <source>for example Mood</source>
        <translation>for example Mood</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Lowest value:</source>
        <translation>&amp;Lowest value:</translation>
    </message>
    <message>
        <source>&amp;Highest value:</source>
        <translation>&amp;Highest value:</translation>
    </message>
    <message>
        <source>Words at the l&amp;ow end:</source>
        <translation>Words at the l&amp;ow end:</translation>
    </message>
    <message>
        <source>Words at the h&amp;igh end:</source>
        <translation>Words at the h&amp;igh end:</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>Journal card</source>
        <translation>Journal card</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>year-month-day hour:minute, like 2026-12-04 14:30</source>
        <translation>year-month-day hour:minute, like 2026-12-04 14:30</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Notes are kept 10 years (Patientdatalagen).</source>
        <translation>Notes are kept 10 years (Patientdatalagen).</translation>
    </message>
    <message>
        <source>A client's notes are erased when their package is completed.</source>
        <translation>A client's notes are erased when their package is completed.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have notes written under PDL; those are kept 10 years after the last entry.</source>
        <translation>
            <numerusform>%n client have notes written under PDL; those are kept 10 years after the last entry.</numerusform>
            <numerusform>%n clients have notes written under PDL; those are kept 10 years after the last entry.</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on, notes are kept at least 10 years after the last entry and cannot be erased earlier, except by a decision of IVO. Nothing is erased or changed now. Change the retention policy?</source>
        <translation>From now on, notes are kept at least 10 years after the last entry and cannot be erased earlier, except by a decision of IVO. Nothing is erased or changed now. Change the retention policy?</translation>
    </message>
    <message>
        <source>From now on, a client's notes are offered for erasure when their package is completed. Notes already written under PDL stay kept 10 years after their last entry. Nothing is erased now. Change the retention policy?</source>
        <translation>From now on, a client's notes are offered for erasure when their package is completed. Notes already written under PDL stay kept 10 years after their last entry. Nothing is erased now. Change the retention policy?</translation>
    </message>
    <message>
        <source>Change the retention policy</source>
        <translation>Change the retention policy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>e.g. Anna Andersson, leg. psykolog</source>
        <translation>e.g. Anna Andersson, leg. psykolog</translation>
    </message>
    <message>
        <source>The journal shows who wrote it (Patientdatalagen 3 kap 10 §): the journal card records this as the author of each part, and the journal PDF prints it.</source>
        <translation>The journal shows who wrote it (Patientdatalagen 3 kap 10 §): the journal card records this as the author of each part, and the journal PDF prints it.</translation>
    </message>
    <message>
        <source>A late cancellation uses up a session</source>
        <translation>A late cancellation uses up a session</translation>
    </message>
    <message>
        <source>Erase a client's notes when their package is completed</source>
        <translation>Erase a client's notes when their package is completed</translation>
    </message>
    <message>
        <source>Keep notes 10 years (Patientdatalagen, licensed)</source>
        <translation>Keep notes 10 years (Patientdatalagen, licensed)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Lock after &amp;idle:</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after:</source>
        <translation>Remind me to &amp;back up after:</translation>
    </message>
    <message>
        <source>&amp;Practice name:</source>
        <translation>&amp;Practice name:</translation>
    </message>
    <message>
        <source>Journal &amp;kept by (name, title):</source>
        <translation>Journal &amp;kept by (name, title):</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Retention:</translation>
    </message>
    <message>
        <source>New note &amp;template:</source>
        <translation>New note &amp;template:</translation>
    </message>
</context>
<context>
    <name>SieDialog</name>
    <message>
        <source>Export for the accountant (SIE)</source>
        <translation>Export for the accountant (SIE)</translation>
    </message>
    <message>
        <source>An SIE 4 file with one voucher per invoice, credit note and payment of the year, on the BAS accounts of the practice details. It names invoice numbers and amounts, no client.</source>
        <translation>An SIE 4 file with one voucher per invoice, credit note and payment of the year, on the BAS accounts of the practice details. It names invoice numbers and amounts, no client.</translation>
    </message>
    <message>
        <source>Also the year's invoices as a CSV file beside it (it names the clients: keep it safe)</source>
        <translation>Also the year's invoices as a CSV file beside it (it names the clients: keep it safe)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Add to my dictionary</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Late cancellation</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>No note</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>Being corrected</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>TemplatesActions</name>
    <message>
        <source>Note &amp;templates…</source>
        <translation>Note &amp;templates…</translation>
    </message>
    <message>
        <source>P&amp;hrases…</source>
        <translation>P&amp;hrases…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Language of the notes</source>
        <translation>Language of the notes</translation>
    </message>
    <message>
        <source>Notes started from this template are spell-checked in this language</source>
        <translation>Notes started from this template are spell-checked in this language</translation>
    </message>
    <message>
        <source>The app's language</source>
        <translation>The app's language</translation>
    </message>
    <message>
        <source>One heading per line</source>
        <translation>One heading per line</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A new own template, starting from the one selected</source>
        <translation>A new own template, starting from the one selected</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Use as de&amp;fault</source>
        <translation>Use as de&amp;fault</translation>
    </message>
    <message>
        <source>New notes start from this template</source>
        <translation>New notes start from this template</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Language of the notes:</source>
        <translation>&amp;Language of the notes:</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation>&amp;Headings:</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>– default</source>
        <translation>– default</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed; New makes an own template from it.</source>
        <translation>A built-in template cannot be changed; New makes an own template from it.</translation>
    </message>
    <message>
        <source>New template: give it a name and its headings, then Save.</source>
        <translation>New template: give it a name and its headings, then Save.</translation>
    </message>
</context>
<context>
    <name>TypedFields</name>
    <message>
        <source>%1: write a whole number from %3 to %4.</source>
        <translation>%1: write a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number; write one from %3 to %4.</source>
        <translation>%1: “%2” is not a whole number; write one from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4.</source>
        <translation>%1: %2 is not between %3 and %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it like %3.</source>
        <translation>%1: “%2” is not a date; write it like %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time; write it like %3.</source>
        <translation>%1: “%2” is not a date and time; write it like %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount; write it like %3.</source>
        <translation>%1: “%2” is not an amount; write it like %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in kronor and öre (at most two decimals, not below zero).</source>
        <translation>%1: “%2” is not an amount in kronor and öre (at most two decimals, not below zero).</translation>
    </message>
    <message>
        <source>%1: %2 is more than %3 kr.</source>
        <translation>%1: %2 is more than %3 kr.</translation>
    </message>
</context>
<context>
    <name>UnlockController</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The journal is locked</source>
        <translation>The journal is locked</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a client on the left, or press %1 to add one.</source>
        <translation>Choose a client on the left, or press %1 to add one.</translation>
    </message>
    <message>
        <source>In session: other clients are hidden. %1 shows them again.</source>
        <translation>In session: other clients are hidden. %1 shows them again.</translation>
    </message>
    <message>
        <source>In-session mode</source>
        <translation>In-session mode</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>That client is no longer in the journal.</source>
        <translation>That client is no longer in the journal.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Un&amp;archive client</source>
        <translation>Un&amp;archive client</translation>
    </message>
    <message>
        <source>A&amp;rchive client</source>
        <translation>A&amp;rchive client</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message numerus="yes">
        <source>All sessions of “%1” are held; %n note(s) to sign before it is completed.</source>
        <translation>
            <numerusform>All sessions of “%1” are held; %n note to sign before it is completed.</numerusform>
            <numerusform>All sessions of “%1” are held; %n notes to sign before it is completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has completed the package "%2".</source>
        <translation>%1 has completed the package "%2".</translation>
    </message>
</context>
</TS>