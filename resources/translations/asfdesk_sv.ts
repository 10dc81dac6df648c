<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="35"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="36"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="37"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="38"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="39"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="40"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="41"/>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="45"/>
        <source>viewed</source>
        <translation>visade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="46"/>
        <source>searched</source>
        <translation>sökte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="47"/>
        <source>created</source>
        <translation>skapade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="48"/>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="49"/>
        <source>deleted</source>
        <translation>raderade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="50"/>
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="51"/>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="52"/>
        <source>register extract</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="53"/>
        <source>erased</source>
        <translation>avidentifierade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="58"/>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="141"/>
        <source>Type the whole personnummer, e.g. 19701063-2391 or 701063-2391.</source>
        <translation>Skriv hela personnumret, t.ex. 19701063-2391 eller 701063-2391.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/access_log_review.py" line="171"/>
        <source>The from date is after the to date.</source>
        <translation>Från-datumet är senare än till-datumet.</translation>
    </message>
</context>
<context>
    <name>AccessLogCommand</name>
    <message>
        <location filename="../../asfdesk/commands/access_log_cmd.py" line="65"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Välj ett filnamn som slutar på .csv eller .xlsx.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/access_log_cmd.py" line="70"/>
        <source>%1 entries written to %2.</source>
        <translation>%1 poster skrivna till %2.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/access_log_cmd.py" line="80"/>
        <source>%1 of %2 entries shown, newest first.</source>
        <translation>%1 av %2 poster visas, nyaste först.</translation>
    </message>
</context>
<context>
    <name>AccessLogWindow</name>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="221"/>
        <source>The newest %1 of %2 entries. Narrow the filters, or export them all.</source>
        <translation>De %1 senaste av %2 poster visas. Begränsa urvalet, eller exportera alla.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="224"/>
        <source>Entries: %1</source>
        <translation>Poster: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="230"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="230"/>
        <source>Export access log</source>
        <translation>Exportera åtkomstloggen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="252"/>
        <source>Entries exported: %1</source>
        <translation>Exporterade poster: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="258"/>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="259"/>
        <source>&amp;Person (personnummer):</source>
        <translation>&amp;Person (personnummer):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="260"/>
        <source>e.g. 19701063-2391</source>
        <translation>t.ex. 19701063-2391</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="261"/>
        <source>&amp;User (login):</source>
        <translation>&amp;Användare (inloggning):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="262"/>
        <source>all users</source>
        <translation>alla användare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="263"/>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="264"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="265"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="266"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/access_log_view.py" line="267"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="203"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="204"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="205"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="206"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="207"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>Consultants</name>
    <message>
        <location filename="../../asfdesk/services/consultants.py" line="36"/>
        <source>A consultant with this login already exists.</source>
        <translation>Det finns redan en konsulent med den inloggningen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/consultants.py" line="41"/>
        <source>No consultant has this login.</source>
        <translation>Ingen konsulent har den inloggningen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/consultants.py" line="47"/>
        <source>A login is one word of at most %1 characters, without spaces.</source>
        <translation>En inloggning är ett ord på högst %1 tecken, utan mellanslag.</translation>
    </message>
</context>
<context>
    <name>ConsultantsDialog</name>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="146"/>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="147"/>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="147"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="148"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="149"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggning:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="150"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="151"/>
        <source>as when signing in to the computer, e.g. anna.berg</source>
        <translation>som när du loggar in på datorn, t.ex. anna.berg</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="152"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="153"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="160"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="160"/>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="199"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="199"/>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="209"/>
        <source>Enter the consultant's name.</source>
        <translation>Skriv konsulentens namn.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="241"/>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../asfdesk/app.py" line="66"/>
        <location filename="../../asfdesk/commands/_common.py" line="46"/>
        <source>Not a database URL (use sqlite:///path or postgresql+psycopg://user@host/db).</source>
        <translation>Inte en databas-URL (använd sqlite:///sökväg eller postgresql+psycopg://användare@värd/db).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/db.py" line="38"/>
        <source>The database is newer than this app.</source>
        <translation>Databasen är nyare än appen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/db.py" line="49"/>
        <source>Backups of a PostgreSQL server are made with pg_dump by its administrator.</source>
        <translation>Säkerhetskopior av en PostgreSQL-server görs med pg_dump av administratören.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/damage.py" line="52"/>
        <source>The file %1 is damaged or is not an asfdesk database.</source>
        <translation>Filen %1 är skadad eller är ingen asfdesk-databas.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/damage.py" line="57"/>
        <source>The newest backup next to it is %1.</source>
        <translation>Den senaste säkerhetskopian bredvid den är %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/damage.py" line="59"/>
        <source>No backup was found next to it.</source>
        <translation>Ingen säkerhetskopia hittades bredvid den.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="146"/>
        <source>%1 already exists; choose another file (or use --force to replace it).</source>
        <translation>%1 finns redan; välj en annan fil (eller använd --force för att ersätta den).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="150"/>
        <source>A database can't be backed up onto itself.</source>
        <translation>En databas kan inte säkerhetskopieras till sig själv.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="169"/>
        <source>The backup copy of %1 failed its integrity check; it was not kept.</source>
        <translation>Säkerhetskopian av %1 klarade inte integritetskontrollen och sparades inte.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="225"/>
        <source>The database has schema revision %1, which is newer than this version of asfdesk understands. Update asfdesk.</source>
        <translation>Databasen har schemaversion %1, som är nyare än den här versionen av asfdesk förstår. Uppdatera asfdesk.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="235"/>
        <source>The shared database's schema (%1) is behind this app (%2). Ask an administrator to run: asfdesk db upgrade</source>
        <translation>Den delade databasens schema (%1) ligger efter appen (%2). Be en administratör köra: asfdesk db upgrade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/migrate.py" line="240"/>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="62"/>
        <source>The database is busy (another program or user is writing to it).</source>
        <translation>Databasen är upptagen (ett annat program eller en annan användare skriver till den).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="65"/>
        <source>The disk where the data is stored is full.</source>
        <translation>Disken där uppgifterna lagras är full.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="66"/>
        <source>The database or the disk is read-only, so nothing can be saved.</source>
        <translation>Databasen eller disken är skrivskyddad, så inget kan sparas.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="69"/>
        <source>You do not have permission to do this (file permissions or database role).</source>
        <translation>Du saknar behörighet för detta (filbehörighet eller databasroll).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="72"/>
        <source>The file is damaged or is not an asfdesk database.</source>
        <translation>Filen är skadad eller är ingen asfdesk-databas.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="73"/>
        <source>The database server did not accept the user name or password.</source>
        <translation>Databasservern godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="76"/>
        <source>The database server is running, but the database named in the address does not exist.</source>
        <translation>Databasservern är igång, men databasen som anges i adressen finns inte.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="80"/>
        <source>Cannot reach the database server (is it running, and is the address right?).</source>
        <translation>Databasservern går inte att nå (är den igång och stämmer adressen?).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="83"/>
        <source>The connection to the database was lost.</source>
        <translation>Anslutningen till databasen bröts.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="84"/>
        <source>The database server is not accepting connections right now (it is starting, shutting down or has too many users).</source>
        <translation>Databasservern tar inte emot anslutningar just nu (den startar, stängs av eller har för många användare).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="89"/>
        <source>The database file cannot be opened (does its folder exist, and may you write there?).</source>
        <translation>Databasfilen går inte att öppna (finns mappen, och får du skriva där?).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="93"/>
        <source>The disk reported a read or write error.</source>
        <translation>Disken rapporterade ett läs- eller skrivfel.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="94"/>
        <source>The file or folder does not exist.</source>
        <translation>Filen eller mappen finns inte.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="97"/>
        <source>Try again in a moment.</source>
        <translation>Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="98"/>
        <source>Ask your IT support to check the permissions, then try again.</source>
        <translation>Be IT-supporten kontrollera behörigheterna och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="104"/>
        <source>Free some disk space, then try again.</source>
        <translation>Frigör diskutrymme och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="108"/>
        <source>Check the path, then try again.</source>
        <translation>Kontrollera sökvägen och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="109"/>
        <source>Open another database or restore a backup.</source>
        <translation>Öppna en annan databas eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="110"/>
        <location filename="../../asfdesk/db/faults.py" line="111"/>
        <source>Check the server settings, then try again.</source>
        <translation>Kontrollera serverinställningarna och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="112"/>
        <source>Try again; if it keeps happening, ask your IT support to check the disk.</source>
        <translation>Försök igen; om felet återkommer, be IT-supporten kontrollera disken.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="292"/>
        <source>A jobseeker with that personal identity number already exists.</source>
        <translation>Det finns redan en arbetssökande med det personnumret.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="295"/>
        <source>An enterprise with that organisation number already exists.</source>
        <translation>Det finns redan ett företag med det organisationsnumret.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="298"/>
        <source>A consultant with that user name already exists.</source>
        <translation>Det finns redan en konsulent med det användarnamnet.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="301"/>
        <source>A service category with that code already exists.</source>
        <translation>Det finns redan en insatskategori med den koden.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="304"/>
        <source>That contact is already a participant in this event.</source>
        <translation>Kontaktpersonen är redan anmäld till evenemanget.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="307"/>
        <source>That consultant is already a participant in this event.</source>
        <translation>Konsulenten är redan anmäld till evenemanget.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="326"/>
        <source>Another record already has that value in the field %1.</source>
        <translation>En annan post har redan det värdet i fältet %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="426"/>
        <source>Your role may not do this on the shared database. Ask your administrator if you need to.</source>
        <translation>Din roll får inte göra det här i den gemensamma databasen. Fråga din administratör om du behöver det.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="432"/>
        <source>Someone else saved this record while you were editing it. Your changes are kept in the form; reload to see their version, then apply your changes again.</source>
        <translation>Någon annan sparade posten medan du redigerade den. Dina ändringar finns kvar i formuläret; läs in den nya versionen och gör dina ändringar igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="440"/>
        <source>Nothing you typed is lost.</source>
        <translation>Inget du skrivit har försvunnit.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="444"/>
        <source>An unexpected error occurred. Your input is kept.</source>
        <translation>Ett oväntat fel inträffade. Det du skrivit finns kvar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/faults.py" line="445"/>
        <source>An unexpected error occurred.</source>
        <translation>Ett oväntat fel inträffade.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="337"/>
        <source>The date must be %1 or later.</source>
        <translation>Datumet får inte vara tidigare än %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="344"/>
        <source>The date must be %1 or earlier.</source>
        <translation>Datumet får inte vara senare än %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="367"/>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Välj i kalendern (Alt+Nedpil)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="368"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="397"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/date_field.py" line="453"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../asfdesk/domain/date_input.py" line="68"/>
        <source>Not a date. Type YYYY-MM-DD, t for today or +14 for 14 days ahead.</source>
        <translation>Inte ett datum. Skriv ÅÅÅÅ-MM-DD, t för i dag eller +14 för om 14 dagar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/date_input.py" line="75"/>
        <source>The year must be between %1 and %2.</source>
        <translation>Året måste vara mellan %1 och %2.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/date_input.py" line="92"/>
        <source>There is no such date. Check the month and the day.</source>
        <translation>Det datumet finns inte. Kontrollera månad och dag.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/date_input.py" line="133"/>
        <source>Write the year with four digits: YYYY-MM-DD.</source>
        <translation>Skriv året med fyra siffror: ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/date_input.py" line="141"/>
        <source>Not a time. Type the hour and minutes, for example 09:00 or 14:30.</source>
        <translation>Inte en tid. Skriv timme och minuter, till exempel 09:00 eller 14:30.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../asfdesk/services/duplicates.py" line="33"/>
        <source>birth date unknown</source>
        <translation>födelsedatum saknas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/duplicates.py" line="94"/>
        <source>same personnummer</source>
        <translation>samma personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/duplicates.py" line="98"/>
        <source>same name and birth date</source>
        <translation>samma namn och födelsedatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/duplicates.py" line="100"/>
        <source>similar name, same birth date</source>
        <translation>liknande namn, samma födelsedatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/duplicates.py" line="103"/>
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
</context>
<context>
    <name>EnterpriseStatus</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="75"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="76"/>
        <source>Paused</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="77"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="85"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="86"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="92"/>
        <source>Partner contacts</source>
        <translation>Partnerkontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="93"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="75"/>
        <source>New partner</source>
        <translation>Ny partner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="94"/>
        <source>No partner contacts yet. Press Ctrl+N to add a partner organisation.</source>
        <translation>Inga partnerkontakter ännu. Tryck Ctrl+N för att lägga till en partnerorganisation.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="97"/>
        <source>No partner contacts match “%1”.</source>
        <translation>Inga partnerkontakter matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="98"/>
        <source>No partner contacts match the filters.</source>
        <translation>Inga partnerkontakter matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="105"/>
        <source>contacts</source>
        <translation>kontaktlista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="88"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="89"/>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="111"/>
        <source>contact-sheets</source>
        <translation>kontaktblad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="153"/>
        <location filename="../../asfdesk/entities/referral.py" line="143"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="154"/>
        <location filename="../../asfdesk/entities/enterprise.py" line="160"/>
        <source>Enterprises</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="161"/>
        <source>New enterprise</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="162"/>
        <source>No enterprises yet. Press Ctrl+N to add one.</source>
        <translation>Inga företag ännu. Tryck Ctrl+N för att lägga till ett.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="163"/>
        <source>No enterprises match “%1”.</source>
        <translation>Inga företag matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="164"/>
        <source>No enterprises match the filters.</source>
        <translation>Inga företag matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="173"/>
        <source>Close enterprise</source>
        <translation>Avsluta företaget</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="96"/>
        <source>Upcoming only</source>
        <translation>Endast kommande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="165"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="166"/>
        <location filename="../../asfdesk/entities/event.py" line="173"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="174"/>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="175"/>
        <source>No events yet. Press Ctrl+N to add one.</source>
        <translation>Inga evenemang ännu. Tryck Ctrl+N för att lägga till ett.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="176"/>
        <source>No events match “%1”.</source>
        <translation>Inga evenemang matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="177"/>
        <source>No events match the filters.</source>
        <translation>Inga evenemang matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="184"/>
        <source>attendees</source>
        <translation>narvarolista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="187"/>
        <source>Select the event whose attendee list you want to print.</source>
        <translation>Markera evenemanget vars närvarolista du vill skriva ut.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="20"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="21"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="29"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="30"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="38"/>
        <location filename="../../asfdesk/entities/filters.py" line="77"/>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="39"/>
        <location filename="../../asfdesk/entities/filters.py" line="78"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="69"/>
        <source>County:</source>
        <translation>Län:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="70"/>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="91"/>
        <source>Consultant:</source>
        <translation>Konsulent:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="92"/>
        <source>All consultants</source>
        <translation>Alla konsulenter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="99"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="99"/>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="105"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="105"/>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/filters.py" line="139"/>
        <source>Only mine</source>
        <translation>Bara mina</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="103"/>
        <location filename="../../asfdesk/entities/referral.py" line="142"/>
        <source>Jobseeker</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="104"/>
        <location filename="../../asfdesk/entities/jobseeker.py" line="111"/>
        <source>Jobseekers</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="112"/>
        <source>New jobseeker</source>
        <translation>Ny arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="113"/>
        <source>No jobseekers yet. Press Ctrl+N to add one.</source>
        <translation>Inga arbetssökande ännu. Tryck Ctrl+N för att lägga till en.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="114"/>
        <source>No jobseekers match “%1”.</source>
        <translation>Inga arbetssökande matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="115"/>
        <source>No jobseekers match the filters.</source>
        <translation>Inga arbetssökande matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="21"/>
        <source>Referred this month</source>
        <translation>Anvisade denna månad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="22"/>
        <source>Referred this year</source>
        <translation>Anvisade i år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="23"/>
        <source>Started this month</source>
        <translation>Startade denna månad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="24"/>
        <source>Started this year</source>
        <translation>Startade i år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="25"/>
        <source>Ended this month</source>
        <translation>Avslutade denna månad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="26"/>
        <source>Ended this year</source>
        <translation>Avslutade i år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="53"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="54"/>
        <source>Any time</source>
        <translation>Alla perioder</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="62"/>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/overview_filters.py" line="63"/>
        <source>All outcomes</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="67"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="68"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="74"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="76"/>
        <source>No partner organisations yet. Press Ctrl+N to add one.</source>
        <translation>Inga partnerorganisationer ännu. Tryck Ctrl+N för att lägga till en.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="79"/>
        <source>No partner organisations match “%1”.</source>
        <translation>Inga partnerorganisationer matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="80"/>
        <source>No partner organisations match the filters.</source>
        <translation>Inga partnerorganisationer matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/protected.py" line="24"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="98"/>
        <source>Enterprise:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="99"/>
        <source>All enterprises</source>
        <translation>Alla företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="104"/>
        <source>Funding:</source>
        <translation>Finansiering:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="105"/>
        <source>All funding</source>
        <translation>Alla finansieringsformer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="122"/>
        <source>Referral</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="123"/>
        <location filename="../../asfdesk/entities/referral.py" line="131"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="132"/>
        <source>New referral</source>
        <translation>Ny anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="133"/>
        <source>No referrals yet. Press Ctrl+N to add one.</source>
        <translation>Inga anvisningar ännu. Tryck Ctrl+N för att lägga till en.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="134"/>
        <source>No referrals match “%1”.</source>
        <translation>Inga anvisningar matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="135"/>
        <source>No referrals match the filters.</source>
        <translation>Inga anvisningar matchar filtren.</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="215"/>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="216"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="217"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="218"/>
        <source>Row count</source>
        <translation>Antal rader</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="220"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="221"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="222"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="223"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="303"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="200"/>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="245"/>
        <source>Erase / anonymise</source>
        <translation>Radera / avidentifiera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="222"/>
        <source>The name, personnummer, address, phone, e-mail and notes are removed for good.</source>
        <translation>Namn, personnummer, adress, telefon, e-post och anteckningar tas bort för gott.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="224"/>
        <source>%n referral(s) are kept for statistics, with only birth year, municipality, kind, dates and outcome.</source>
        <translation>
            <numerusform>%n anvisning sparas för statistiken, med bara födelseår, kommun, typ, datum och utfall.</numerusform>
            <numerusform>%n anvisningar sparas för statistiken, med bara födelseår, kommun, typ, datum och utfall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="229"/>
        <source>The text of %n follow-up note(s) is removed.</source>
        <translation>
            <numerusform>Texten i %n uppföljningsanteckning tas bort.</numerusform>
            <numerusform>Texten i %n uppföljningsanteckningar tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="231"/>
        <source>The person can no longer be found by name or personnummer; access-log details that name them are blanked. Who accessed the record, and when, is kept.</source>
        <translation>Personen går inte längre att hitta på namn eller personnummer, och detaljer i åtkomstloggen som nämner personen töms. Vem som har tagit del av uppgifterna, och när, finns kvar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="236"/>
        <source>%n referral(s) are still open.</source>
        <translation>
            <numerusform>%n anvisning är fortfarande öppen.</numerusform>
            <numerusform>%n anvisningar är fortfarande öppna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="237"/>
        <source>Jobseeker #%1 (%2) will be anonymised:</source>
        <translation>Arbetssökande #%1 (%2) avidentifieras:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="240"/>
        <source>This cannot be undone. Backups still hold the data until they are removed by retention.</source>
        <translation>Det går inte att ångra. Säkerhetskopior innehåller uppgifterna tills de gallras.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="244"/>
        <source>I understand that this cannot be undone</source>
        <translation>Jag förstår att det inte går att ångra</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../asfdesk/ui/error_dialogs.py" line="35"/>
        <source>Details are in the log file: %1</source>
        <translation>Detaljerna finns i loggfilen: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/error_dialogs.py" line="39"/>
        <source>No log file could be written; the details are below.</source>
        <translation>Ingen loggfil kunde skrivas; detaljerna finns nedan.</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="222"/>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="223"/>
        <source>Webcast</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="224"/>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="225"/>
        <source>Network meeting</source>
        <translation>Nätverksträff</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="226"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="227"/>
        <source>Study visit</source>
        <translation>Studiebesök</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../asfdesk/io/cells.py" line="21"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/cells.py" line="21"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/ics.py" line="49"/>
        <source>Organiser: %1</source>
        <translation>Arrangör: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/writers.py" line="40"/>
        <source>Cannot export to %1: choose .xlsx or .csv</source>
        <translation>Kan inte exportera till %1: välj .xlsx eller .csv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/writers.py" line="42"/>
        <source>Cannot export to a file without suffix: choose .xlsx or .csv</source>
        <translation>Kan inte exportera till en fil utan filändelse: välj .xlsx eller .csv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/writers.py" line="78"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../asfdesk/commands/export_cmd.py" line="52"/>
        <source>Cannot export %1 to %2; use %3</source>
        <translation>Kan inte exportera %1 till %2; använd %3</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/export_cmd.py" line="54"/>
        <source>Cannot export %1 to a file without suffix; use %3</source>
        <translation>Kan inte exportera %1 till en fil utan filändelse; använd %3</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/export_cmd.py" line="87"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="17"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="19"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="20"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="21"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="22"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="23"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="24"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="25"/>
        <source>Online link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="26"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="27"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="28"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="29"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="31"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="32"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="33"/>
        <source>Actual end</source>
        <translation>Faktiskt slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="34"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="35"/>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="36"/>
        <source>Work-training places</source>
        <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="37"/>
        <source>Free work-training places</source>
        <translation>Lediga arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="38"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="39"/>
        <source>Participants in training</source>
        <translation>Deltagare i arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="40"/>
        <source>Capacity</source>
        <translation>Max antal deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="41"/>
        <source>Belongs to</source>
        <translation>Tillhör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="42"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="43"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="44"/>
        <source>Registration deadline</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="45"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="46"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="47"/>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="48"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/errors.py" line="49"/>
        <source>Referred on</source>
        <translation>Anvisningsdatum</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="148"/>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="149"/>
        <source>Excel (.xlsx) or CSV (.csv, semicolon or comma separated).</source>
        <translation>Excel (.xlsx) eller CSV (.csv, semikolon- eller kommaseparerad).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="152"/>
        <source>Enterprises</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="153"/>
        <source>Partner organisations and their contacts</source>
        <translation>Partnerorganisationer och deras kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="154"/>
        <source>Contact persons of enterprises</source>
        <translation>Kontaktpersoner på företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="159"/>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="161"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="169"/>
        <source>What to import</source>
        <translation>Vad ska importeras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="170"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="176"/>
        <source>Import file</source>
        <translation>Importera fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="176"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylblad (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="190"/>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="197"/>
        <source>%1 rows and %2 columns.</source>
        <translation>%1 rader och %2 kolumner.</translation>
    </message>
</context>
<context>
    <name>FindPersonDialog</name>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="107"/>
        <source>Find person</source>
        <translation>Hitta person</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="109"/>
        <source>Name or personal identity number (e.g. 19701063-2391, 701063, 7010632391).</source>
        <translation>Namn eller personnummer (till exempel 19701063-2391, 701063, 7010632391).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="111"/>
        <source>Name or personal identity number…</source>
        <translation>Namn eller personnummer…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="112"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="112"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="112"/>
        <source>Personal ID no.</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="113"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/find_person.py" line="156"/>
        <source>No person matches “%1”.</source>
        <translation>Ingen person matchar ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/find_person.py" line="158"/>
        <source>%n person(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n person hittades. Enter öppnar den markerade.</numerusform>
            <numerusform>%n personer hittades. Enter öppnar den markerade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="32"/>
        <source>Follow-up due</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="33"/>
        <source>Jobseeker</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="34"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="35"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="73"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="211"/>
        <source>Follow-ups overdue: %n (Ctrl+U shows them)</source>
        <translation>
            <numerusform>Försenade uppföljningar: %n (Ctrl+U visar dem)</numerusform>
            <numerusform>Försenade uppföljningar: %n (Ctrl+U visar dem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsCommand</name>
    <message>
        <location filename="../../asfdesk/commands/follow_ups_cmd.py" line="51"/>
        <source>No consultant has this login.</source>
        <translation>Ingen konsulent har den inloggningen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/follow_ups_cmd.py" line="69"/>
        <source>Follow-ups due by %1: %2, of which %3 overdue.</source>
        <translation>Uppföljningar senast %1: %2, varav %3 försenade.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="141"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="142"/>
        <source>Municipality / social assistance</source>
        <translation>Kommunen / försörjningsstöd</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="143"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="144"/>
        <source>Samordningsförbund</source>
        <translation>Samordningsförbund</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="145"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>Gdpr</name>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="80"/>
        <source>Retention period</source>
        <translation>Gallringsfrist</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="81"/>
        <source>Register extract wording</source>
        <translation>Registerutdragets text</translation>
    </message>
</context>
<context>
    <name>GdprCommand</name>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="59"/>
        <source>The output file must end in .pdf or .json</source>
        <translation>Utdatafilen måste sluta på .pdf eller .json</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="100"/>
        <source>Jobseeker #{id} ({initials}) will be anonymised:</source>
        <translation>Arbetssökande #{id} ({initials}) avidentifieras:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="103"/>
        <source>- name, personnummer, contact details and notes are removed for good;</source>
        <translation>- namn, personnummer, kontaktuppgifter och anteckningar tas bort för gott;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="104"/>
        <source>- %n referral(s) are kept for statistics with birth year, municipality, kind, dates and outcome only;</source>
        <translation>
            <numerusform>- %n anvisning sparas för statistiken med bara födelseår, kommun, typ, datum och utfall;</numerusform>
            <numerusform>- %n anvisningar sparas för statistiken med bara födelseår, kommun, typ, datum och utfall;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="110"/>
        <source>- the text of %n follow-up note(s) is removed;</source>
        <translation>
            <numerusform>- texten i %n uppföljningsanteckning tas bort;</numerusform>
            <numerusform>- texten i %n uppföljningsanteckningar tas bort;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="111"/>
        <source>- the name is removed from search and from access-log details. This cannot be undone; backups keep the data until they age out.</source>
        <translation>- namnet tas bort ur sökningen och ur detaljerna i åtkomstloggen. Det går inte att ångra; säkerhetskopior behåller uppgifterna tills de gallras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="118"/>
        <source>Note: %n referral(s) are still open.</source>
        <translation>
            <numerusform>Obs! %n anvisning är fortfarande öppen.</numerusform>
            <numerusform>Obs! %n anvisningar är fortfarande öppna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="132"/>
        <source>Nothing was changed. Run again with --yes to confirm.</source>
        <translation>Ingenting ändrades. Kör igen med --yes för att bekräfta.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="134"/>
        <source>Type yes to anonymise: </source>
        <translation>Skriv ja för att avidentifiera: </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="136"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="141"/>
        <source>Jobseeker #{id} is anonymised.</source>
        <translation>Arbetssökande #{id} är avidentifierad.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="151"/>
        <source>The database file could not be rebuilt (VACUUM), e.g. for lack of disk space; free some space and run: asfdesk gdpr scrub</source>
        <translation>Databasfilen kunde inte byggas om (VACUUM), till exempel för att disken är full. Frigör utrymme och kör: asfdesk gdpr scrub</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="160"/>
        <source>Another program has the database open, so its write-ahead log could not be emptied now; close it and run the command again to remove the old data from the log.</source>
        <translation>Ett annat program har databasen öppen, så dess skrivlogg (WAL) kunde inte tömmas nu. Stäng det och kör kommandot igen för att ta bort de gamla uppgifterna ur loggen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="178"/>
        <source>Retention: {years} years (last activity before {cutoff}).</source>
        <translation>Gallringsfrist: {years} år (senaste aktivitet före {cutoff}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="182"/>
        <source>%n jobseeker(s) are due for anonymisation.</source>
        <translation>
            <numerusform>%n arbetssökande ska avidentifieras.</numerusform>
            <numerusform>%n arbetssökande ska avidentifieras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="184"/>
        <source>  last activity in {year}: {count}</source>
        <translation>  senaste aktivitet {year}: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="189"/>
        <source>%n backup(s) are older than the retention period.</source>
        <translation>
            <numerusform>%n säkerhetskopia är äldre än gallringsfristen.</numerusform>
            <numerusform>%n säkerhetskopior är äldre än gallringsfristen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="194"/>
        <source>Dry run: nothing was changed. Add --apply to carry it out.</source>
        <translation>Provkörning: ingenting ändrades. Lägg till --apply för att genomföra gallringen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="200"/>
        <source>%n jobseeker(s) anonymised.</source>
        <translation>
            <numerusform>%n arbetssökande avidentifierad.</numerusform>
            <numerusform>%n arbetssökande avidentifierade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="202"/>
        <source>%n backup(s) removed.</source>
        <translation>
            <numerusform>%n säkerhetskopia borttagen.</numerusform>
            <numerusform>%n säkerhetskopior borttagna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="212"/>
        <source>Retention period: {years} years.</source>
        <translation>Gallringsfrist: {years} år.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="223"/>
        <source>The extract's wording is stored.</source>
        <translation>Registerutdragets text är sparad.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="235"/>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="236"/>
        <source>Retention period (years): {years}</source>
        <translation>Gallringsfrist (år): {years}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="237"/>
        <source>Extract wording:</source>
        <translation>Registerutdragets text:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="244"/>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
</context>
<context>
    <name>GdprExtract</name>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="94"/>
        <source>viewed</source>
        <translation>visade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="95"/>
        <source>searched</source>
        <translation>sökte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="96"/>
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="97"/>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="98"/>
        <location filename="../../asfdesk/printing/extract.py" line="107"/>
        <source>created</source>
        <translation>skapade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="99"/>
        <location filename="../../asfdesk/printing/extract.py" line="108"/>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="100"/>
        <location filename="../../asfdesk/printing/extract.py" line="109"/>
        <source>deleted</source>
        <translation>raderade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="101"/>
        <source>register extract</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="102"/>
        <source>erased</source>
        <translation>raderade (avidentifierade)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="126"/>
        <source>Under Article 15 of the GDPR, for</source>
        <translation>Enligt artikel 15 i dataskyddsförordningen, för</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="134"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="135"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="136"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="137"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="139"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="140"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="140"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="142"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="143"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="144"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="146"/>
        <source>Postcode and city</source>
        <translation>Postnummer och ort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="149"/>
        <source>Responsible consultant</source>
        <translation>Ansvarig konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="150"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="152"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="156"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="161"/>
        <source>Identity and contact details</source>
        <translation>Identitet och kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="168"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="170"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="172"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="173"/>
        <source>Referred</source>
        <translation>Anvisad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="175"/>
        <source>Planned period</source>
        <translation>Planerad period</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="179"/>
        <source>Actual period</source>
        <translation>Faktisk period</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="182"/>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="183"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="184"/>
        <source>Wants to try</source>
        <translation>Vill prova</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="189"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="189"/>
        <source>Follow-up note</source>
        <translation>Uppföljningsanteckning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="189"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="204"/>
        <source>Referrals and follow-up notes</source>
        <translation>Anvisningar och uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="205"/>
        <source>No referrals are recorded.</source>
        <translation>Inga anvisningar är registrerade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="212"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="215"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="220"/>
        <source>No event participations are recorded.</source>
        <translation>Inga deltaganden i evenemang är registrerade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="237"/>
        <source>Change history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="239"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="239"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="239"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="239"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="242"/>
        <source>No changes are recorded.</source>
        <translation>Inga ändringar är registrerade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="253"/>
        <source>Who has viewed, exported or printed the data</source>
        <translation>Vem som har tagit del av, exporterat eller skrivit ut uppgifterna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="255"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="255"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="258"/>
        <source>No accesses are recorded.</source>
        <translation>Ingen åtkomst är registrerad.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/extract.py" line="263"/>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="61"/>
        <source>This is a register extract under Article 15 of the General Data Protection Regulation (GDPR). It shows everything the municipality's labour-market unit has recorded about you in its case system. The data is used to plan, carry out and follow up labour-market measures: referrals to work training, work trials, internships and jobs. Legal basis: a task carried out in the public interest and in the exercise of official authority (Article 6(1)(e) GDPR), the municipality's labour-market mission. You may ask for incorrect data to be corrected, for data to be erased or its use restricted, and you may complain to the Swedish Authority for Privacy Protection (IMY).</source>
        <translation>Detta är ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Det visar allt som kommunens arbetsmarknadsenhet har registrerat om dig i sitt verksamhetssystem. Uppgifterna används för att planera, genomföra och följa upp arbetsmarknadsinsatser: anvisningar till arbetsträning, arbetsprövning, praktik och arbete. Rättslig grund: uppgift av allmänt intresse och myndighetsutövning (artikel 6.1 e i dataskyddsförordningen), kommunens arbetsmarknadsuppdrag. Du kan begära att felaktiga uppgifter rättas, att uppgifter raderas eller att behandlingen begränsas, och du kan klaga hos Integritetsskyddsmyndigheten (IMY).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../asfdesk/services/history.py" line="35"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="36"/>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="37"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="38"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="39"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="40"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="41"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="42"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="43"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="44"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="45"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="46"/>
        <source>Independent of the public sector</source>
        <translation>Fristående från offentlig sektor</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="47"/>
        <source>Work integration is the purpose</source>
        <translation>Arbetsintegrering är syftet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="48"/>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="49"/>
        <source>Jobseeker</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="50"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="51"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="52"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="53"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="55"/>
        <source>Organiser (enterprise)</source>
        <translation>Arrangör (företag)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="56"/>
        <source>Organiser (partner)</source>
        <translation>Arrangör (partnerorganisation)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="57"/>
        <source>Participants take part in decisions</source>
        <translation>Deltagarna är delaktiga i besluten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="58"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="59"/>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="60"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="61"/>
        <source>Referral</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="62"/>
        <source>Profits are reinvested</source>
        <translation>Vinsten återinvesteras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="63"/>
        <source>Reserved contracts</source>
        <translation>Reserverade kontrakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="64"/>
        <source>Responsible consultant</source>
        <translation>Ansvarig konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="65"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="66"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="71"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="72"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="76"/>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="77"/>
        <location filename="../../asfdesk/services/history.py" line="80"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="78"/>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="81"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/history.py" line="82"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../../asfdesk/commands/history_cmd.py" line="47"/>
        <source>Unknown entity; choose one of: %1.</source>
        <translation>Okänd posttyp; välj en av: %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/history_cmd.py" line="54"/>
        <source>The ID must be a whole number.</source>
        <translation>Id:t måste vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/history_cmd.py" line="60"/>
        <source>No such record, and no history of one.</source>
        <translation>Posten finns inte och har ingen historik.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/history_cmd.py" line="64"/>
        <source>No changes recorded.</source>
        <translation>Inga ändringar har registrerats.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="40"/>
        <source>Importing: %1 of %2 rows</source>
        <translation>Importerar: %1 av %2 rader</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="69"/>
        <source>row %1: %2 is similar to the stored %3 (imported as new)</source>
        <translation>rad %1: %2 liknar %3 som redan finns (importeras som ny)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="78"/>
        <source>%1 rows: %2 valid, %3 with errors, %4 already stored</source>
        <translation>%1 rader: %2 giltiga, %3 med fel, %4 finns redan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="86"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="89"/>
        <source>Dry run: nothing was imported.</source>
        <translation>Provkörning: inget importerades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/import_cmd.py" line="100"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Avbrutet. Inget importerades.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="37"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="43"/>
        <source>Street address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="49"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="53"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="57"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="63"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="69"/>
        <source>Website</source>
        <translation>Webb</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="77"/>
        <location filename="../../asfdesk/io/mapping.py" line="233"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="84"/>
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="98"/>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="106"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="109"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="115"/>
        <source>Work-training places</source>
        <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="121"/>
        <source>Free work-training places</source>
        <translation>Lediga arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="125"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="128"/>
        <source>Participants in training</source>
        <translation>Deltagare i arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="135"/>
        <source>Reserved contracts</source>
        <translation>Reserverade kontrakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="140"/>
        <source>Integration purpose</source>
        <translation>Integrationssyfte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="142"/>
        <source>Participation</source>
        <translation>Delaktighet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="145"/>
        <source>Reinvested profits</source>
        <translation>Återinvesterad vinst</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="151"/>
        <source>Independent of public sector</source>
        <translation>Oberoende av offentlig sektor</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="157"/>
        <source>Responsible consultant</source>
        <translation>Ansvarig konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="166"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="172"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="180"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="186"/>
        <location filename="../../asfdesk/io/mapping.py" line="238"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="192"/>
        <source>Contact phone</source>
        <translation>Kontaktens telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="198"/>
        <location filename="../../asfdesk/io/mapping.py" line="242"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="204"/>
        <source>Contact e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="213"/>
        <source>Enterprise org. number</source>
        <translation>Företagets organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="227"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/mapping.py" line="249"/>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location filename="../../asfdesk/io/csv_text.py" line="59"/>
        <source>%1, line %2: the file is neither UTF-8 nor Windows-1252 text. Save it from Excel as “CSV UTF-8”.</source>
        <translation>%1, rad %2: filen är varken UTF-8- eller Windows-1252-text. Spara den från Excel som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/csv_text.py" line="73"/>
        <source>%1 is UTF-8 text, but line %2 is in another encoding, so some letters would be garbled. Save the whole file from Excel as “CSV UTF-8” and import it again.</source>
        <translation>%1 är UTF-8-text, men rad %2 har en annan teckenkodning, så en del bokstäver skulle bli förvanskade. Spara hela filen från Excel som ”CSV UTF-8” och importera den igen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="52"/>
        <source>%1: only .xlsx and .csv files can be imported. Save it from Excel as .xlsx or .csv.</source>
        <translation>%1: bara .xlsx- och .csv-filer kan importeras. Spara den från Excel som .xlsx eller .csv.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="56"/>
        <source>%1: only .xlsx and .csv files can be imported.</source>
        <translation>%1: bara .xlsx- och .csv-filer kan importeras.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="60"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="64"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 är större än %2 MB</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="72"/>
        <source>%1 is empty</source>
        <translation>%1 är tom</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="84"/>
        <source>%1, row %2: more than %3 columns</source>
        <translation>%1, rad %2: fler än %3 kolumner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="93"/>
        <source>%1 has more than %2 data rows; split it into smaller files</source>
        <translation>%1 har fler än %2 datarader; dela upp den i mindre filer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="117"/>
        <source>%1: the header %2 appears in column %3 and again in column %4; rename one of them</source>
        <translation>%1: rubriken %2 finns i kolumn %3 och igen i kolumn %4; byt namn på en av dem</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="130"/>
        <source>%1 is not a text (CSV) file</source>
        <translation>%1 är inte en textfil (CSV)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="133"/>
        <source>%1, line %2: contains a NUL character; the file is damaged</source>
        <translation>%1, rad %2: innehåller ett NUL-tecken; filen är skadad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="153"/>
        <source>%1, line %2: a quote (") is not closed, or text follows a closing quote</source>
        <translation>%1, rad %2: ett citattecken (") avslutas inte, eller så står det text efter ett avslutande citattecken</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="160"/>
        <source>%1, line %2: a quote (") is not closed; the row runs on to line %3</source>
        <translation>%1, rad %2: ett citattecken (") avslutas inte; raden fortsätter ända till rad %3</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="182"/>
        <source>%1: the sheet has %2 columns; at most %3 can be imported</source>
        <translation>%1: bladet har %2 kolumner; högst %3 kan importeras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/readers.py" line="211"/>
        <source>%1 is not a readable Excel file (damaged or not .xlsx: %2)</source>
        <translation>%1 är inte en läsbar Excel-fil (skadad eller inte .xlsx: %2)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/xlsx_guard.py" line="40"/>
        <source>%1 holds %2 parts; an Excel file has far fewer</source>
        <translation>%1 innehåller %2 delar; en Excel-fil har betydligt färre</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/xlsx_guard.py" line="48"/>
        <source>%1 would unpack to %2 MB in %3 (at most %4 MB is read). Is it a damaged or hostile file?</source>
        <translation>%1 skulle packas upp till %2 MB i %3 (högst %4 MB läses). Är filen skadad eller skadlig?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/xlsx_guard.py" line="56"/>
        <source>%1: %2 is compressed %3 times, far more than a real spreadsheet. Is it a damaged or hostile file?</source>
        <translation>%1: %2 är komprimerad %3 gånger, långt mer än ett verkligt kalkylblad. Är filen skadad eller skadlig?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/xlsx_guard.py" line="64"/>
        <source>%1 would unpack to %2 MB (at most %3 MB is read). Split it into smaller files.</source>
        <translation>%1 skulle packas upp till %2 MB (högst %3 MB läses). Dela upp den i mindre filer.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="380"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="384"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="404"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="432"/>
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>Importerat: %1 nya, %2 uppdaterade, %3 överhoppade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="443"/>
        <source>Cancelling… removing the rows stored so far.</source>
        <translation>Avbryter… tar bort de rader som redan sparats.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="448"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Avbrutet. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="452"/>
        <source>The import failed and nothing was stored.</source>
        <translation>Importen misslyckades och inget sparades.</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <location filename="../../asfdesk/io/errors.py" line="40"/>
        <source>row %1, %2: %3</source>
        <translation>rad %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="163"/>
        <source>The file has no column for the required field '%1'</source>
        <translation>Filen saknar en kolumn för det obligatoriska fältet '%1'</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="166"/>
        <source>The file needs a column with the enterprise's org. number or name</source>
        <translation>Filen behöver en kolumn med företagets organisationsnummer eller namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="171"/>
        <source>Two columns are mapped to '%1'; choose one</source>
        <translation>Två kolumner är kopplade till '%1'; välj en</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="200"/>
        <source>is required</source>
        <translation>måste anges</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="216"/>
        <source>duplicate of row %1 in this file</source>
        <translation>dubblett av rad %1 i filen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="245"/>
        <source>the cell has %1 characters; at most %2 are accepted</source>
        <translation>cellen har %1 tecken; högst %2 godtas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="254"/>
        <source>contains a formula; formulas are not imported, enter the value instead</source>
        <translation>innehåller en formel; formler importeras inte, skriv in värdet i stället</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="341"/>
        <source>unknown municipality %1</source>
        <translation>okänd kommun %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="350"/>
        <source>unknown consultant %1</source>
        <translation>okänd konsulent %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="364"/>
        <source>unknown service %1</source>
        <translation>okänd tjänst %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="404"/>
        <source>a contact needs a name</source>
        <translation>en kontakt måste ha ett namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="441"/>
        <source>no enterprise has org. number %1</source>
        <translation>inget företag har organisationsnummer %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="452"/>
        <source>no enterprise is called %1</source>
        <translation>inget företag heter %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="461"/>
        <source>the enterprise is missing</source>
        <translation>företaget saknas</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../asfdesk/io/import_journal.py" line="86"/>
        <source>Another import into this database is running; try again when it is done.</source>
        <translation>En annan import till den här databasen pågår; försök igen när den är klar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/store.py" line="56"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>%1 nya, %2 uppdaterade, %3 överhoppade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/store.py" line="62"/>
        <source>, %1 contacts</source>
        <translation>, %1 kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/store.py" line="71"/>
        <source>%1 rows have errors; nothing was imported</source>
        <translation>%1 rader har fel; inget importerades</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="475"/>
        <source>Import from Excel or CSV</source>
        <translation>Importera från Excel eller CSV</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="55"/>
        <source>Economic association</source>
        <translation>Ekonomisk förening</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="56"/>
        <source>Limited company</source>
        <translation>Aktiebolag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="57"/>
        <source>Limited company with restricted dividends</source>
        <translation>Aktiebolag med särskild vinstutdelningsbegränsning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="60"/>
        <source>Non-profit association</source>
        <translation>Ideell förening</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="61"/>
        <source>Foundation</source>
        <translation>Stiftelse</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="62"/>
        <source>Sole trader</source>
        <translation>Enskild firma</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="63"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="25"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="33"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="31"/>
        <location filename="../../asfdesk/entities/event.py" line="48"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="37"/>
        <location filename="../../asfdesk/entities/referral.py" line="44"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="36"/>
        <location filename="../../asfdesk/entities/enterprise.py" line="42"/>
        <location filename="../../asfdesk/entities/jobseeker.py" line="33"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="37"/>
        <location filename="../../asfdesk/entities/event.py" line="46"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="38"/>
        <location filename="../../asfdesk/entities/enterprise.py" line="66"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="47"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="39"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="40"/>
        <location filename="../../asfdesk/entities/enterprise.py" line="67"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="48"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/contact.py" line="42"/>
        <location filename="../../asfdesk/entities/enterprise.py" line="47"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="42"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="44"/>
        <source>Org. no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="51"/>
        <location filename="../../asfdesk/entities/jobseeker.py" line="48"/>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="46"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="53"/>
        <location filename="../../asfdesk/entities/referral.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="58"/>
        <location filename="../../asfdesk/entities/jobseeker.py" line="52"/>
        <location filename="../../asfdesk/entities/referral.py" line="63"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="63"/>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="52"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="54"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="58"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="63"/>
        <source>Registration by</source>
        <translation>Sista anmälan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="66"/>
        <source>Capacity</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/event.py" line="68"/>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="39"/>
        <location filename="../../asfdesk/entities/referral.py" line="32"/>
        <source>Personal ID no.</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="44"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="57"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/partner_organisation.py" line="50"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="25"/>
        <source>Jobseeker</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="39"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="51"/>
        <source>Referred</source>
        <translation>Anvisad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="54"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="57"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="59"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/referral.py" line="69"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../asfdesk/ui/live.py" line="63"/>
        <source>Offline – reconnecting…</source>
        <translation>Offline – återansluter…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/live.py" line="64"/>
        <source>The connection to the database was lost. asfdesk tries again by itself; what you type is kept, and the lists refresh when it is back.</source>
        <translation>Anslutningen till databasen bröts. asfdesk försöker igen av sig självt; det du skriver finns kvar, och listorna uppdateras när anslutningen är tillbaka.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="154"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="227"/>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="228"/>
        <source>What the shared database lets you do</source>
        <translation>Vad den gemensamma databasen låter dig göra</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="295"/>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="315"/>
        <source>Open local database</source>
        <translation>Öppna lokal databas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="317"/>
        <source>asfdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>asfdesk-databaser (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="337"/>
        <source>Back up database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="348"/>
        <source>Backup saved to %1</source>
        <translation>Säkerhetskopian sparades i %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="484"/>
        <source>Delete these records? This cannot be undone.

%1</source>
        <translation>Ta bort de här posterna? Det går inte att ångra.

%1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="486"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Ta bort ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="489"/>
        <location filename="../../asfdesk/ui/main_window.py" line="742"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="512"/>
        <source>%1 of %2 records were deleted before the error.</source>
        <translation>%1 av %2 poster togs bort innan felet inträffade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="535"/>
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="715"/>
        <location filename="../../asfdesk/ui/main_window.py" line="716"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="720"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="721"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="722"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="723"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="724"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="726"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="727"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="729"/>
        <source>Open local database…</source>
        <translation>Öppna lokal databas…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="730"/>
        <source>Connect to server…</source>
        <translation>Anslut till server…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="731"/>
        <source>Back up database…</source>
        <translation>Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="732"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="733"/>
        <source>Print preview…</source>
        <translation>Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="734"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="735"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="736"/>
        <source>Export contacts as vCard…</source>
        <translation>Exportera kontakter som vCard…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="737"/>
        <source>Export events to calendar…</source>
        <translation>Exportera evenemang till kalender…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="738"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="739"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="740"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="741"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="743"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="744"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="745"/>
        <location filename="../../asfdesk/ui/main_window.py" line="798"/>
        <source>About asfdesk</source>
        <translation>Om asfdesk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="746"/>
        <source>Find person…</source>
        <translation>Hitta person…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="747"/>
        <source>Consultants…</source>
        <translation>Konsulenter…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="748"/>
        <source>My follow-ups</source>
        <translation>Mina uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="749"/>
        <source>Outcomes…</source>
        <translation>Utfall…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="750"/>
        <source>Capacity…</source>
        <translation>Kapacitet…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="751"/>
        <source>Events…</source>
        <translation>Evenemang…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="752"/>
        <source>ASFs in the county…</source>
        <translation>ASF i länet…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="753"/>
        <source>Access log…</source>
        <translation>Åtkomstlogg…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="754"/>
        <source>Retention (gallring)…</source>
        <translation>Gallring…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="755"/>
        <source>Personal data settings…</source>
        <translation>Personuppgiftsinställningar…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="788"/>
        <source>For consultants working with work-integrating social enterprises.</source>
        <translation>För konsulenter som arbetar med arbetsintegrerande sociala företag.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="789"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="790"/>
        <source>Schema revision:</source>
        <translation>Schemaversion:</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="225"/>
        <source>Match the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="226"/>
        <source>The columns were matched by their headers. Check and change where needed.</source>
        <translation>Kolumnerna har kopplats efter sina rubriker. Kontrollera och ändra vid behov.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="248"/>
        <source>(do not import)</source>
        <translation>(importeras inte)</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message numerus="yes">
        <location filename="../../asfdesk/services/matching.py" line="67"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n ledig</numerusform>
            <numerusform>%n lediga</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/matching.py" line="69"/>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
</context>
<context>
    <name>MyFollowUps</name>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="163"/>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="164"/>
        <source>My follow-ups</source>
        <translation>Mina uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="167"/>
        <source>Nothing to follow up today.</source>
        <translation>Inget att följa upp i dag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="169"/>
        <source>Referrals to follow up: %n, the oldest first. Enter opens one.</source>
        <translation>
            <numerusform>Anvisningar att följa upp: %n, den äldsta först. Enter öppnar den markerade.</numerusform>
            <numerusform>Anvisningar att följa upp: %n, den äldsta först. Enter öppnar den markerade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="172"/>
        <source>Your login is not registered as a consultant, so everyone's follow-ups are shown.</source>
        <translation>Din inloggning är inte registrerad som konsulent, så allas uppföljningar visas.</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsWindow</name>
    <message>
        <location filename="../../asfdesk/ui/widgets/follow_ups.py" line="202"/>
        <source>My follow-ups</source>
        <translation>Mina uppföljningar</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../asfdesk/ui/operations.py" line="218"/>
        <source>This list holds personal data, and reading it cannot be written to the access log (the database may be read-only or unreachable), so it is not shown.</source>
        <translation>Listan innehåller personuppgifter, och läsningen kan inte skrivas i åtkomstloggen (databasen kan vara skrivskyddad eller onåbar), så den visas inte.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="183"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="184"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="185"/>
        <source>Other measure</source>
        <translation>Annan insats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="186"/>
        <source>Sick leave</source>
        <translation>Sjukskrivning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="187"/>
        <source>Dropped out</source>
        <translation>Avbrott</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="188"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="189"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="402"/>
        <source>The figures could not be read: %1</source>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="449"/>
        <source>Figures for the whole unit.</source>
        <translation>Siffror för hela enheten.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="451"/>
        <source>Your login is not registered as a consultant.</source>
        <translation>Din inloggning är inte registrerad som konsulent.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="453"/>
        <source>Your referrals (%1). Free places and events are the whole unit's.</source>
        <translation>Dina anvisningar (%1). Lediga platser och evenemang gäller hela enheten.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="459"/>
        <source>%1 active referrals</source>
        <translation>%1 aktiva anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="464"/>
        <location filename="../../asfdesk/ui/overview.py" line="482"/>
        <source>%1: show these referrals</source>
        <translation>%1: visa de här anvisningarna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="476"/>
        <source>%1 ended this year; %2 % to work or studies.</source>
        <translation>%1 avslutade i år; %2 % till arbete eller studier.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="478"/>
        <source>None ended this year.</source>
        <translation>Inga avslutade i år.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="486"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="486"/>
        <location filename="../../asfdesk/ui/overview.py" line="560"/>
        <location filename="../../asfdesk/ui/overview.py" line="561"/>
        <source>My follow-ups</source>
        <translation>Mina uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="496"/>
        <source>Due within two weeks, the oldest first; Enter opens one.</source>
        <translation>Att följa upp inom två veckor, äldst först. Enter öppnar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="498"/>
        <source>Overdue: %1.</source>
        <translation>Försenade: %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="500"/>
        <source>Nothing to follow up in the next two weeks.</source>
        <translation>Inget att följa upp de närmaste två veckorna.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="505"/>
        <source>%1 free work-training places</source>
        <translation>%1 lediga arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="515"/>
        <source>No municipality</source>
        <translation>Ingen kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="517"/>
        <source>Show these enterprises</source>
        <translation>Visa de här företagen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="528"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="546"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="547"/>
        <location filename="../../asfdesk/ui/overview.py" line="548"/>
        <source>Whole unit</source>
        <translation>Hela enheten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="549"/>
        <source>Show everyone's referrals and follow-ups, not only yours</source>
        <translation>Visa allas anvisningar och uppföljningar, inte bara dina</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="550"/>
        <location filename="../../asfdesk/ui/overview.py" line="551"/>
        <source>Active referrals</source>
        <translation>Aktiva anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="552"/>
        <source>Referred, started and ended</source>
        <translation>Anvisade, startade och avslutade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="553"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="554"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="555"/>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="555"/>
        <source>Referred</source>
        <translation>Anvisade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="555"/>
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="558"/>
        <location filename="../../asfdesk/ui/overview.py" line="559"/>
        <source>Outcomes of referrals ended this year</source>
        <translation>Utfall för anvisningar som avslutats i år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="562"/>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="563"/>
        <source>By municipality</source>
        <translation>Per kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="564"/>
        <source>By service</source>
        <translation>Per tjänst</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="565"/>
        <source>Show the enterprises</source>
        <translation>Visa företagen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="566"/>
        <location filename="../../asfdesk/ui/overview.py" line="571"/>
        <source>Upcoming events</source>
        <translation>Kommande evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="567"/>
        <source>All upcoming events</source>
        <translation>Alla kommande evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="569"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="569"/>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/overview.py" line="569"/>
        <source>When</source>
        <translation>När</translation>
    </message>
</context>
<context>
    <name>ParticipantStatus</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="241"/>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="242"/>
        <source>Registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="243"/>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="244"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="245"/>
        <source>Cancelled</source>
        <translation>Avanmäld</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="94"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="95"/>
        <source>Coompanion</source>
        <translation>Coompanion</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="96"/>
        <source>Municipal department</source>
        <translation>Kommunal förvaltning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="97"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="98"/>
        <source>Samordningsförbund</source>
        <translation>Samordningsförbund</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="99"/>
        <source>Government agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="100"/>
        <source>Business</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="101"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="58"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="59"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="60"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="61"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="62"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="84"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="86"/>
        <source>Already stored</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="88"/>
        <source>Similar name</source>
        <translation>Liknande namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="89"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="95"/>
        <source>Similar to the stored “%1”</source>
        <translation>Liknar ”%1” som redan finns</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="284"/>
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="285"/>
        <source>Rows with errors are not imported. Untick rows you do not want.</source>
        <translation>Rader med fel importeras inte. Bocka ur rader du inte vill ha.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="298"/>
        <source>Update the stored record</source>
        <translation>Uppdatera den sparade posten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="299"/>
        <source>Skip the row</source>
        <translation>Hoppa över raden</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="305"/>
        <source>When a row is already stored (same org. number or name):</source>
        <translation>När en rad redan finns (samma organisationsnummer eller namn):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="314"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="320"/>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="344"/>
        <source>%1 rows: %2 can be imported, %3 have errors, %4 are already stored, %5 have a similar name.</source>
        <translation>%1 rader: %2 kan importeras, %3 har fel, %4 finns redan, %5 har ett liknande namn.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/gdpr_cmd.py" line="89"/>
        <source>{output}: %n page(s)</source>
        <translation>
            <numerusform>{output}: %n sida</numerusform>
            <numerusform>{output}: %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/print_cmd.py" line="56"/>
        <source>The output file must end in .pdf</source>
        <translation>Utfilen måste sluta på .pdf</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/print_cmd.py" line="74"/>
        <source>There is no county {code}</source>
        <translation>Det finns inget län med koden {code}</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="78"/>
        <source>Lists with personal data are not printed</source>
        <translation>Listor med personuppgifter skrivs inte ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="79"/>
        <source>This list contains jobseekers' personal data and is not printed, because a printout cannot be traced or recalled. Use Export instead: it asks for confirmation and is recorded in the access log.</source>
        <translation>Listan innehåller arbetssökandes personuppgifter och skrivs inte ut, eftersom en utskrift inte kan spåras eller återkallas. Använd Exportera i stället: den ber om bekräftelse och registreras i åtkomstloggen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="92"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="133"/>
        <source>contact-sheet</source>
        <translation>kontaktblad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="154"/>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="155"/>
        <source>This list contains jobseekers' personal data. The export is recorded in the access log with your name, the time and the number of rows. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>Listan innehåller arbetssökandes personuppgifter. Exporten registreras i åtkomstloggen med ditt namn, tidpunkten och antalet rader. Förvara filen säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="162"/>
        <source>Export the list?</source>
        <translation>Exportera listan?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="170"/>
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="172"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV, semikolonseparerad (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="193"/>
        <location filename="../../asfdesk/ui/print_export.py" line="199"/>
        <source>Export contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="194"/>
        <source>Select the contacts to export.</source>
        <translation>Markera de kontakter som ska exporteras.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="200"/>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="201"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="219"/>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="220"/>
        <source>events</source>
        <translation>evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="221"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/print_export.py" line="240"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n rad till %1</numerusform>
            <numerusform>Exporterade %n rader till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="294"/>
        <source>Print all enterprises</source>
        <translation>Skriv ut alla företag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/print_export.py" line="296"/>
        <source>No rows are selected, so every active enterprise the list shows is printed. The list also shows %n dormant (paused or closed) enterprise(s).</source>
        <translation>
            <numerusform>Inga rader är markerade, så alla aktiva företag som listan visar skrivs ut. Listan visar också %n vilande (pausat eller avslutat) företag.</numerusform>
            <numerusform>Inga rader är markerade, så alla aktiva företag som listan visar skrivs ut. Listan visar också %n vilande (pausade eller avslutade) företag.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="303"/>
        <source>Include dormant enterprises</source>
        <translation>Ta med vilande företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="334"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="336"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/print_export.py" line="343"/>
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Sparade %1 (%n sida)</numerusform>
            <numerusform>Sparade %1 (%n sidor)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="71"/>
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="73"/>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="76"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="77"/>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="78"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="79"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="80"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="81"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="87"/>
        <source>{free} free of {total}</source>
        <translation>{free} lediga av {total}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="96"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="98"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="104"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="107"/>
        <source>Work-training places</source>
        <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="108"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="109"/>
        <source>Reserved contracts</source>
        <translation>Reserverade kontrakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="110"/>
        <source>Integration purpose</source>
        <translation>Integrationssyfte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="111"/>
        <source>Participation</source>
        <translation>Delaktighet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="112"/>
        <source>Reinvested profits</source>
        <translation>Återinvesterad vinst</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="114"/>
        <source>Independent of public sector</source>
        <translation>Oberoende av offentlig sektor</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="118"/>
        <source>ASF criteria met</source>
        <translation>Uppfyllda ASF-kriterier</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="119"/>
        <source>{criteria_met} of 4</source>
        <translation>{criteria_met} av 4</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="135"/>
        <source>None assigned</source>
        <translation>Ingen utsedd</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="138"/>
        <source>Enterprise details</source>
        <translation>Företagsuppgifter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="139"/>
        <source>Capacity and ASF criteria</source>
        <translation>Kapacitet och ASF-kriterier</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="140"/>
        <source>Responsible consultant</source>
        <translation>Ansvarig konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="146"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="147"/>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="157"/>
        <source>primary contact</source>
        <translation>huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="166"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="176"/>
        <source>Contact sheet</source>
        <translation>Kontaktblad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="214"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="215"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="217"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="233"/>
        <source>Search: {search}</source>
        <translation>Sökning: {search}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="236"/>
        <source>Partner contact list</source>
        <translation>Kontaktlista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="282"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="283"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="284"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="286"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="297"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="299"/>
        <source>Signature</source>
        <translation>Namnteckning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="311"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="317"/>
        <source>No registered participants.</source>
        <translation>Inga anmälda deltagare.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/builders.py" line="323"/>
        <source>Attendee list</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/jobs.py" line="46"/>
        <source>No enterprise has org. number {numbers}</source>
        <translation>Inget företag har organisationsnummer {numbers}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/jobs.py" line="96"/>
        <source>There is no event {event_id}</source>
        <translation>Det finns inget evenemang {event_id}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/render.py" line="141"/>
        <source>(continued)</source>
        <translation>(forts.)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/render.py" line="177"/>
        <source>Could not start printing</source>
        <translation>Kunde inte starta utskriften</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/render.py" line="208"/>
        <source>Printed {when} by {printed_by}</source>
        <translation>Utskrivet {when} av {printed_by}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/render.py" line="211"/>
        <source>page {number} of {total}</source>
        <translation>sida {number} av {total}</translation>
    </message>
</context>
<context>
    <name>ProfileDuties</name>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="103"/>
        <source>Register extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="105"/>
        <source>Everything stored about this person, as PDF or JSON (GDPR art. 15 and 20)</source>
        <translation>Allt som finns registrerat om personen, som PDF eller JSON (GDPR art. 15 och 20)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="107"/>
        <source>Erase / anonymise…</source>
        <translation>Radera / avidentifiera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="109"/>
        <source>Remove this person's identity; referrals stay for statistics (GDPR art. 17)</source>
        <translation>Ta bort personens identitet; anvisningarna finns kvar för statistiken (GDPR art. 17)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="126"/>
        <source>Save register extract</source>
        <translation>Spara registerutdrag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="128"/>
        <source>PDF (*.pdf);;JSON, machine-readable (*.json)</source>
        <translation>PDF (*.pdf);;JSON, maskinläsbar (*.json)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="151"/>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="152"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="173"/>
        <source>Erase / anonymise</source>
        <translation>Radera / avidentifiera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="173"/>
        <source>This person is already anonymised.</source>
        <translation>Personen är redan avidentifierad.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="103"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="329"/>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="237"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="104"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="330"/>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="106"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="331"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="107"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="332"/>
        <source>Close (Ctrl+W)</source>
        <translation>Stäng (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="109"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="333"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="111"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="292"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="334"/>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="139"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="112"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="335"/>
        <source>Read the record again, e.g. after someone else saved it</source>
        <translation>Läs in posten igen, t.ex. när någon annan har sparat den</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="132"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="337"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="134"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="338"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="272"/>
        <location filename="../../asfdesk/ui/profiles/base.py" line="274"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="293"/>
        <source>Reloading discards your unsaved changes to %1.</source>
        <translation>Om du läser in igen försvinner dina osparade ändringar i %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="359"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="453"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="454"/>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Ta bort %1? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="487"/>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="342"/>
        <source>This record was deleted elsewhere. Saving it is no longer possible.</source>
        <translation>Posten har tagits bort någon annanstans. Den går inte längre att spara.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="507"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="508"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 har osparade ändringar. Spara innan du stänger?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/base.py" line="509"/>
        <source>The new record</source>
        <translation>Den nya posten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="135"/>
        <source>Changed by %1 %2 —</source>
        <translation>Ändrad av %1 %2 —</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="137"/>
        <source>Changed by someone else —</source>
        <translation>Ändrad av någon annan —</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="140"/>
        <source>Show their version; your unsaved changes are dropped</source>
        <translation>Visa deras version; dina osparade ändringar försvinner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="141"/>
        <source>Keep mine</source>
        <translation>Behåll mina</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="143"/>
        <source>Go on editing; when you save, you choose field by field between theirs and yours</source>
        <translation>Fortsätt redigera; när du sparar väljer du fält för fält mellan deras värden och dina</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="161"/>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="21"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="161"/>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="20"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="201"/>
        <source>Someone else changed this record</source>
        <translation>Någon annan har ändrat posten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="206"/>
        <source>%1 saved this record while you were editing it. Choose, field by field, which value to keep.</source>
        <translation>%1 sparade posten medan du redigerade den. Välj för varje fält vilket värde som ska gälla.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="207"/>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="212"/>
        <location filename="../../asfdesk/ui/profiles/history.py" line="61"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="212"/>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="212"/>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/conflict.py" line="239"/>
        <source>Take all of theirs</source>
        <translation>Ta alla deras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="29"/>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="61"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="52"/>
        <location filename="../../asfdesk/ui/profiles/participants.py" line="26"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="38"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="32"/>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="62"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="64"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="33"/>
        <source>e.g. Supervisor</source>
        <translation>t.ex. Arbetsledare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="36"/>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="63"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="87"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="63"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="53"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="38"/>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="64"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="40"/>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="66"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="88"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="64"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="54"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="41"/>
        <source>Primary contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="42"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="138"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="70"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="45"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="85"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="44"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="176"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="65"/>
        <source>Primary</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="70"/>
        <source>No contact persons yet.</source>
        <translation>Inga kontaktpersoner ännu.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="75"/>
        <source>New contact…</source>
        <translation>Ny kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="76"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="77"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="103"/>
        <source>Remove contact person</source>
        <translation>Ta bort kontaktperson</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/contact.py" line="104"/>
        <source>Remove %1 from the contact persons?</source>
        <translation>Ta bort %1 från kontaktpersonerna?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="17"/>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="85"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="52"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="18"/>
        <source>Discard</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="19"/>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="46"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="53"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/dialogs.py" line="22"/>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="166"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="35"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="26"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="36"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="34"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="37"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="38"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="27"/>
        <source>Activity</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="55"/>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="61"/>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="65"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="159"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="87"/>
        <location filename="../../asfdesk/ui/profiles/participants.py" line="26"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="83"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="69"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="58"/>
        <source>Responsible consultant</source>
        <translation>Ansvarig konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="72"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="69"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="76"/>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="79"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="67"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="50"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="81"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="69"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="52"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="84"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="42"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="89"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="55"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="94"/>
        <source>Work-training places</source>
        <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="100"/>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="101"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="104"/>
        <source>Participants in training</source>
        <translation>Deltagare i arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="110"/>
        <source>Reserved contracts</source>
        <translation>Reserverade kontrakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="111"/>
        <source>Has reserved contracts</source>
        <translation>Har reserverade kontrakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="117"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="118"/>
        <source>Work integration is the purpose</source>
        <translation>Arbetsintegrering är syftet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="122"/>
        <source>Participation</source>
        <translation>Delaktighet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="123"/>
        <source>Participants take part in decisions</source>
        <translation>Deltagarna är delaktiga i besluten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="127"/>
        <source>Profits</source>
        <translation>Vinst</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="128"/>
        <source>Profits are reinvested</source>
        <translation>Vinsten återinvesteras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="132"/>
        <source>Independence</source>
        <translation>Oberoende</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="133"/>
        <source>Independent of the public sector</source>
        <translation>Fristående från offentlig sektor</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="137"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="143"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="85"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="67"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="144"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="61"/>
        <source>Address and contact</source>
        <translation>Adress och kontakt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="145"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="79"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="146"/>
        <source>ASF criteria</source>
        <translation>ASF-kriterier</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="147"/>
        <source>Services and notes</source>
        <translation>Tjänster och anteckningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="157"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="66"/>
        <source>Jobseeker</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="158"/>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="175"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="65"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="86"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="39"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="70"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="44"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="113"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="160"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="88"/>
        <source>Referred</source>
        <translation>Anvisad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="161"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="89"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="76"/>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="162"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="77"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="166"/>
        <source>No referrals to this enterprise yet.</source>
        <translation>Inga anvisningar till företaget ännu.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="170"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="98"/>
        <source>New referral…</source>
        <translation>Ny anvisning…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="173"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="66"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="174"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="84"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="177"/>
        <location filename="../../asfdesk/ui/profiles/participants.py" line="123"/>
        <source>Participant status</source>
        <translation>Deltagarstatus</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="181"/>
        <source>None of the contact persons has taken part in an event.</source>
        <translation>Ingen av kontaktpersonerna har deltagit i något evenemang.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="191"/>
        <source>Print contact sheet…</source>
        <translation>Skriv ut kontaktblad…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise.py" line="216"/>
        <source>Work-training places minus the referrals accepted or ongoing there: counted, not typed</source>
        <translation>Arbetsträningsplatser minus de anvisningar som är antagna eller pågår där: räknas fram, skrivs inte in</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise_match.py" line="58"/>
        <source>No free places</source>
        <translation>Inga lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise_match.py" line="59"/>
        <source>%1 has no free work-training places right now. Choose it anyway?</source>
        <translation>%1 har inga lediga arbetsträningsplatser just nu. Vill du välja det ändå?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise_match.py" line="64"/>
        <source>Choose anyway</source>
        <translation>Välj ändå</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/enterprise_match.py" line="65"/>
        <source>Pick another</source>
        <translation>Välj ett annat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="51"/>
        <location filename="../../asfdesk/ui/profiles/event.py" line="112"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="67"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="68"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="72"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="74"/>
        <source>Online link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="77"/>
        <source>Registration deadline</source>
        <translation>Sista anmälningsdag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="85"/>
        <source>Place and registration</source>
        <translation>Plats och anmälan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="96"/>
        <source>Add a participant: type a name or organisation…</source>
        <translation>Lägg till deltagare: skriv ett namn eller en organisation…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="97"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="113"/>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="177"/>
        <source>Event in the past</source>
        <translation>Evenemanget har redan varit</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="178"/>
        <source>The event starts %1, which is in the past. Save it anyway?</source>
        <translation>Evenemanget börjar %1, och den tiden har redan passerat. Vill du spara ändå?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="238"/>
        <source>%1 of %2 registered</source>
        <translation>%1 av %2 anmälda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="240"/>
        <source>%1 registered (no limit)</source>
        <translation>%1 anmälda (inget tak)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="243"/>
        <source>Registration deadline %1</source>
        <translation>Sista anmälningsdag %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="247"/>
        <source>More participants are registered than there are places.</source>
        <translation>Fler deltagare är anmälda än det finns platser.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/event.py" line="249"/>
        <source>The registration deadline has passed.</source>
        <translation>Sista anmälningsdag har passerat.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="236"/>
        <source>“%1” is not in the list. Choose one of the suggestions.</source>
        <translation>”%1” finns inte i listan. Välj ett av förslagen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="267"/>
        <source>Enter a date.</source>
        <translation>Ange ett datum.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="350"/>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="365"/>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="389"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="351"/>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="390"/>
        <source>Show the full personnummer</source>
        <translation>Visa hela personnumret</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="365"/>
        <location filename="../../asfdesk/ui/profiles/fields.py" line="389"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="65"/>
        <source>Add follow-up</source>
        <translation>Lägg till uppföljning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="75"/>
        <source>e.g. +14 or +2v</source>
        <translation>t.ex. +14 eller +2v</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="81"/>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="116"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="44"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="82"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="83"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="44"/>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="114"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="84"/>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="116"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="80"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="106"/>
        <source>%1 (not registered as a consultant)</source>
        <translation>%1 (inte registrerad som konsulent)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="120"/>
        <source>Enter the date of the follow-up.</source>
        <translation>Ange datum för uppföljningen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="153"/>
        <source>End referral</source>
        <translation>Avsluta anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="154"/>
        <source>When did the referral end?</source>
        <translation>När avslutades anvisningen?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="161"/>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="90"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="79"/>
        <source>Actual end</source>
        <translation>Faktiskt slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="172"/>
        <source>Enter the date the referral ended.</source>
        <translation>Ange datum då anvisningen avslutades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/follow_up.py" line="189"/>
        <source>Add follow-up…</source>
        <translation>Lägg till uppföljning…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="61"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="61"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="61"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="61"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="87"/>
        <source>The history starts when the record is saved.</source>
        <translation>Historiken börjar när posten har sparats.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="107"/>
        <source>The history could not be read.</source>
        <translation>Historiken gick inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="111"/>
        <source>This record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/history.py" line="113"/>
        <source>No changes have been recorded for this record.</source>
        <translation>Inga ändringar har registrerats för posten.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="44"/>
        <source>Protected personal data (skyddade personuppgifter)</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="47"/>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="44"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="48"/>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="45"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="50"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="52"/>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="46"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="54"/>
        <location filename="../../asfdesk/ui/profiles/reason_dialog.py" line="22"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="65"/>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="48"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="75"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="76"/>
        <source>Contact details and notes</source>
        <translation>Kontaktuppgifter och anteckningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="94"/>
        <source>This jobseeker has no referrals yet.</source>
        <translation>Den arbetssökande har inga anvisningar ännu.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="154"/>
        <source>Protected personal data: this person's address must not be shown or passed on. Handle the record according to your unit's routine for protected identities.</source>
        <translation>Skyddade personuppgifter: personens adress får inte visas eller lämnas ut. Hantera uppgifterna enligt enhetens rutin för skyddad identitet.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="35"/>
        <source>New jobseeker…</source>
        <translation>Ny arbetssökande…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="37"/>
        <source>New jobseeker</source>
        <translation>Ny arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="41"/>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="47"/>
        <source>Personnummer (optional)</source>
        <translation>Personnummer (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="61"/>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="167"/>
        <source>Create jobseeker</source>
        <translation>Skapa arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="116"/>
        <source>Possible duplicates — check before creating:</source>
        <translation>Möjliga dubbletter – kontrollera innan du skapar:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="119"/>
        <source>Create anyway</source>
        <translation>Skapa ändå</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/participants.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/participants.py" line="47"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="68"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/partner.py" line="60"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/pickers.py" line="32"/>
        <source>No match for “%1”</source>
        <translation>Ingen träff för ”%1”</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/pickers.py" line="54"/>
        <source>Type to search…</source>
        <translation>Skriv för att söka…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/pickers.py" line="227"/>
        <source>“%1” is not chosen. Pick one of the suggestions.</source>
        <translation>”%1” är inte vald. Välj ett av förslagen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/reason_dialog.py" line="25"/>
        <source>This person has a protected identity (skyddade personuppgifter). Say why you open their profile. The reason is written to the access log.</source>
        <translation>Personen har skyddad identitet (skyddade personuppgifter). Ange varför du öppnar profilen. Skälet skrivs i åtkomstloggen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/reason_dialog.py" line="31"/>
        <source>e.g. follow-up meeting on 2026-12-01</source>
        <translation>t.ex. uppföljningsmöte 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/reason_dialog.py" line="34"/>
        <source>Open profile</source>
        <translation>Öppna profilen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="69"/>
        <source>Referred on</source>
        <translation>Anvisningsdatum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="71"/>
        <source>Wants to try</source>
        <translation>Vill prova</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="72"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="73"/>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="78"/>
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="84"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="90"/>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="173"/>
        <source>Referral</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="91"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/referral.py" line="116"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/related.py" line="297"/>
        <source>The list could not be read.</source>
        <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="33"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="115"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="122"/>
        <source>No notes yet. Use “Add note” to record a meeting, call or visit.</source>
        <translation>Inga anteckningar ännu. Använd ”Lägg till anteckning” för att notera ett möte, samtal eller besök.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/profiles/timeline.py" line="126"/>
        <source>Add note…</source>
        <translation>Lägg till anteckning…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="351"/>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="445"/>
        <source>Retention (gallring)</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="354"/>
        <source>Jobseekers whose last referral ended more than the retention period ago, and who have no open referral, are anonymised as an erasure does. Jobseekers never referred are due when their record was last changed before then. Nothing changes until you apply.</source>
        <translation>Arbetssökande vars senaste anvisning avslutades för längre sedan än gallringsfristen, och som inte har någon öppen anvisning, avidentifieras på samma sätt som vid radering. Arbetssökande som aldrig har anvisats gallras när deras uppgifter senast ändrades före dess. Ingenting ändras förrän du genomför gallringen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="359"/>
        <source>Retention period (years):</source>
        <translation>Gallringsfrist (år):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="360"/>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="361"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="362"/>
        <source>Jobseekers</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="362"/>
        <source>Year of last activity</source>
        <translation>År för senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="363"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="363"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="363"/>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="364"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="364"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="365"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="411"/>
        <source>No retention period is set. Choose the number of years and press Preview.</source>
        <translation>Ingen gallringsfrist är angiven. Välj antal år och tryck på Förhandsgranska.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="416"/>
        <source>Anonymise…</source>
        <translation>Avidentifiera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="421"/>
        <source>%n jobseeker(s) are due: last activity before %1.</source>
        <translation>
            <numerusform>%n arbetssökande ska gallras: senaste aktivitet före %1.</numerusform>
            <numerusform>%n arbetssökande ska gallras: senaste aktivitet före %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="428"/>
        <source>Backups of a shared server are kept by its administrator.</source>
        <translation>Säkerhetskopior av en delad server sköts av dess administratör.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="432"/>
        <source>%n backup(s) made by the app are older than the retention period:</source>
        <translation>
            <numerusform>%n säkerhetskopia som appen har gjort är äldre än gallringsfristen:</numerusform>
            <numerusform>%n säkerhetskopior som appen har gjort är äldre än gallringsfristen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="436"/>
        <source>Anonymise %n jobseeker(s)…</source>
        <translation>
            <numerusform>Avidentifiera %n arbetssökande…</numerusform>
            <numerusform>Avidentifiera %n arbetssökande…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="447"/>
        <source>Anonymise %n jobseeker(s) and remove the old backups listed? This cannot be undone.</source>
        <translation>
            <numerusform>Avidentifiera %n arbetssökande och ta bort de gamla säkerhetskopiorna i listan? Det går inte att ångra.</numerusform>
            <numerusform>Avidentifiera %n arbetssökande och ta bort de gamla säkerhetskopiorna i listan? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="478"/>
        <source>%n jobseeker(s) anonymised.</source>
        <translation>
            <numerusform>%n arbetssökande avidentifierad.</numerusform>
            <numerusform>%n arbetssökande avidentifierade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="480"/>
        <source>%n backup(s) removed.</source>
        <translation>
            <numerusform>%n säkerhetskopia borttagen.</numerusform>
            <numerusform>%n säkerhetskopior borttagna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../asfdesk/services/records.py" line="141"/>
        <source>The record was deleted by someone else.</source>
        <translation>Posten har tagits bort av någon annan.</translation>
    </message>
</context>
<context>
    <name>ReferralKind</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="119"/>
        <source>Work training</source>
        <translation>Arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="120"/>
        <source>Work trial</source>
        <translation>Arbetsprövning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="121"/>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="122"/>
        <source>Wage-subsidy job</source>
        <translation>Lönebidragsanställning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="123"/>
        <source>New-start job</source>
        <translation>Nystartsjobb</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="124"/>
        <source>Introduction job</source>
        <translation>Introduktionsjobb</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="125"/>
        <source>Extra job</source>
        <translation>Extratjänst</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="126"/>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="127"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="161"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="162"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="163"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="164"/>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="165"/>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="166"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/enums.py" line="167"/>
        <source>Cancelled</source>
        <translation>Återkallad</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="68"/>
        <source>ASFs in the county</source>
        <translation>ASF i länet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="69"/>
        <source>&amp;County:</source>
        <translation>&amp;Län:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="72"/>
        <source>One A4 page: the active ASFs, their employees, the people in work training and the free places per municipality of the county, with totals and a bar chart. No personal data.</source>
        <translation>En A4-sida: de aktiva ASF:erna, deras anställda, personerna i arbetsträning och de lediga platserna per kommun i länet, med summor och ett stapeldiagram. Inga personuppgifter.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="76"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="77"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/region_dialog.py" line="78"/>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>RegionSummary</name>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="45"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="46"/>
        <source>Active ASFs</source>
        <translation>Aktiva ASF</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="47"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="48"/>
        <source>In work training</source>
        <translation>I arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="49"/>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="83"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="216"/>
        <source>ASFs in the county</source>
        <translation>ASF i länet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="219"/>
        <source>As of {day}</source>
        <translation>Uppgifter per {day}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="220"/>
        <source>County code {code}</source>
        <translation>Länskod {code}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="222"/>
        <source>Active work-integrating social enterprises (ASF) per municipality. Employees and people in work training as each enterprise reports them; free places derived from the referrals that hold a place today.</source>
        <translation>Aktiva arbetsintegrerande sociala företag (ASF) per kommun. Anställda och personer i arbetsträning enligt företagens egna uppgifter; lediga platser räknade från de anvisningar som har en plats i dag.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="231"/>
        <source>Per municipality</source>
        <translation>Per kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/printing/region_summary.py" line="247"/>
        <source>asfs-in-the-county</source>
        <translation>asf-i-lanet</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../asfdesk/commands/report_cmd.py" line="81"/>
        <source>a date is required</source>
        <translation>ett datum krävs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../asfdesk/commands/report_cmd.py" line="124"/>
        <source>{output}: %n page(s)</source>
        <translation>
            <numerusform>{output}: %n sida</numerusform>
            <numerusform>{output}: %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/report_cmd.py" line="128"/>
        <source>Report written to {output}</source>
        <translation>Rapporten sparad i {output}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/report_cmd.py" line="156"/>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../asfdesk/commands/report_cmd.py" line="87"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/report_files.py" line="40"/>
        <source>Cannot save a report as %1: choose .xlsx, .csv or .pdf</source>
        <translation>En rapport kan inte sparas som %1: välj .xlsx, .csv eller .pdf</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/report_files.py" line="42"/>
        <source>Cannot save a report to a file without suffix: choose .xlsx, .csv or .pdf</source>
        <translation>En rapport kan inte sparas i en fil utan filändelse: välj .xlsx, .csv eller .pdf</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/report_files.py" line="56"/>
        <source>Cannot save a report as %1 here</source>
        <translation>En rapport kan inte sparas som %1 här</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="31"/>
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="32"/>
        <location filename="../../asfdesk/services/reports.py" line="285"/>
        <source>Enterprise</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="33"/>
        <source>Kind of referral</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="34"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="35"/>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="36"/>
        <location filename="../../asfdesk/services/reports.py" line="286"/>
        <location filename="../../asfdesk/services/reports.py" line="294"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="39"/>
        <source>Funding not stated</source>
        <translation>Finansiering ej angiven</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="40"/>
        <source>No consultant</source>
        <translation>Ingen konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="41"/>
        <source>Municipality not stated</source>
        <translation>Kommun ej angiven</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="42"/>
        <location filename="../../asfdesk/services/reports.py" line="43"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="46"/>
        <source>Referred</source>
        <translation>Anvisade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="47"/>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="48"/>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="49"/>
        <source>To work</source>
        <translation>Till arbete</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="50"/>
        <source>To studies</source>
        <translation>Till studier</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="51"/>
        <source>Share to work or studies (%)</source>
        <translation>Andel till arbete eller studier (%)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="52"/>
        <source>Median length (days)</source>
        <translation>Mediantid (dagar)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="53"/>
        <source>Ongoing at end of period</source>
        <translation>Pågående vid periodens slut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="188"/>
        <source>Outcomes of referrals</source>
        <translation>Utfall av anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="195"/>
        <source>Ended referrals and their outcomes</source>
        <translation>Avslutade anvisningar och deras utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="204"/>
        <source>Ended: referrals ended in the period. Share: ended to work or studies as a percentage of all ended. Median length: days from actual start to actual end of those ended.</source>
        <translation>Avslutade: anvisningar som avslutats under perioden. Andel: avslutade till arbete eller studier i procent av alla avslutade. Mediantid: dagar från faktisk start till faktiskt slut för de avslutade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="213"/>
        <source>&lt;3: 1 or 2 people, not shown to protect them. ..: hidden so that a &lt;3 cannot be worked out from the total. –: no figure.</source>
        <translation>&lt;3: 1 eller 2 personer, visas inte för att skydda dem. ..: dold så att ett &lt;3 inte kan räknas fram ur summan. –: uppgift saknas.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="222"/>
        <source>NOT SUPPRESSED: small numbers are shown. For internal use only; do not publish.</source>
        <translation>EJ SKYDDAD: små tal visas. Endast för internt bruk; får inte publiceras.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="237"/>
        <source>A county is given by its two-digit code, e.g. 20.</source>
        <translation>Ett län anges med sin tvåsiffriga länskod, t.ex. 20.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="239"/>
        <source>A municipality is given by its four-digit code, e.g. 2080.</source>
        <translation>En kommun anges med sin fyrsiffriga kommunkod, t.ex. 2080.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="241"/>
        <source>The municipality is not in that county.</source>
        <translation>Kommunen ligger inte i det länet.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="253"/>
        <source>County {code}</source>
        <translation>Län {code}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="255"/>
        <source>Municipality {code}</source>
        <translation>Kommun {code}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="274"/>
        <source>by {grouping}</source>
        <translation>per {grouping}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="287"/>
        <location filename="../../asfdesk/services/reports.py" line="296"/>
        <source>Work-training places</source>
        <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="288"/>
        <location filename="../../asfdesk/services/reports.py" line="297"/>
        <source>Taken by referrals</source>
        <translation>Upptagna av anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="289"/>
        <location filename="../../asfdesk/services/reports.py" line="298"/>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="290"/>
        <location filename="../../asfdesk/services/reports.py" line="299"/>
        <source>Employees</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="291"/>
        <location filename="../../asfdesk/services/reports.py" line="300"/>
        <source>In work training</source>
        <translation>I arbetsträning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="295"/>
        <source>Enterprises</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="324"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="341"/>
        <source>Per municipality</source>
        <translation>Per kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="346"/>
        <source>Places and free places per municipality</source>
        <translation>Platser och lediga platser per kommun</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="348"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="353"/>
        <source>As of {day}</source>
        <translation>Per {day}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="360"/>
        <source>Capacity of the enterprises</source>
        <translation>Företagens kapacitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="367"/>
        <source>{enterprises} enterprises, {employees} employees, {in_training} people in work training, {free} free places.</source>
        <translation>{enterprises} företag, {employees} anställda, {in_training} personer i arbetsträning, {free} lediga platser.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="373"/>
        <source>Taken by referrals: referrals for work training, work trial or internship that are accepted or ongoing now. Free places = places − taken (never below 0). In work training: as stated on the enterprise's profile (also people placed by others).</source>
        <translation>Upptagna av anvisningar: anvisningar till arbetsträning, arbetsprövning eller praktik som är accepterade eller pågår nu. Lediga platser = platser − upptagna (aldrig under 0). I arbetsträning: enligt företagets uppgifter (även personer som andra har anvisat).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="382"/>
        <source>Places and free places per enterprise</source>
        <translation>Platser och lediga platser per företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="393"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="394"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="395"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="396"/>
        <location filename="../../asfdesk/services/reports.py" line="402"/>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="397"/>
        <location filename="../../asfdesk/services/reports.py" line="403"/>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="398"/>
        <location filename="../../asfdesk/services/reports.py" line="404"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="401"/>
        <source>Organisation type</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="405"/>
        <source>Attendance (%)</source>
        <translation>Närvaro (%)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="411"/>
        <source>Enterprise (ASF)</source>
        <translation>Företag (ASF)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="413"/>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="437"/>
        <source>{count} events</source>
        <translation>{count} evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="452"/>
        <source>Attendance by organisation type</source>
        <translation>Närvaro per typ av organisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="459"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="462"/>
        <source>Period {start} – {end}</source>
        <translation>Period {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="466"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="473"/>
        <source>Registered: signed up and not cancelled (registered, attended or no-show).</source>
        <translation>Anmälda: anmälda som inte har avanmält sig (anmäld, deltog eller uteblev).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/reports.py" line="480"/>
        <source>Registered, attended and no-show per event</source>
        <translation>Anmälda, deltagande och uteblivna per evenemang</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="49"/>
        <source>Outcomes of referrals</source>
        <translation>Utfall av anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="50"/>
        <source>Capacity of the enterprises</source>
        <translation>Företagens kapacitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="51"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="54"/>
        <source>outcomes</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="55"/>
        <source>capacity</source>
        <translation>kapacitet</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="56"/>
        <source>events</source>
        <translation>evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="278"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="279"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="280"/>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppera per</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="281"/>
        <source>&amp;Suppress small numbers (fewer than 3 people)</source>
        <translation>&amp;Skydda små tal (färre än 3 personer)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="283"/>
        <source>Turn off only for internal use: the report then shows counts of 1 or 2 people, and that is logged.</source>
        <translation>Stäng av bara för internt bruk: rapporten visar då antal på 1 eller 2 personer, och det loggas.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="288"/>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="289"/>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="290"/>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="291"/>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="295"/>
        <source>Nothing (the total only)</source>
        <translation>Ingenting (bara totalen)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="323"/>
        <source>Type the first and the last day of the period.</source>
        <translation>Skriv periodens första och sista dag.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="326"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="346"/>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="417"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="417"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="417"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="420"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/reports_dialog.py" line="452"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../asfdesk/db/migrations/versions/0004_roles.py" line="180"/>
        <source>The roles asfdesk_admin, asfdesk_consultant and asfdesk_reader do not exist, and this login may not create them. Run “asfdesk db upgrade” as a login with CREATEROLE, or ask the server's administrator to create the three roles (NOLOGIN) first.</source>
        <translation>Rollerna asfdesk_admin, asfdesk_consultant och asfdesk_reader finns inte, och den här inloggningen får inte skapa dem. Kör ”asfdesk db upgrade” som en inloggning med CREATEROLE, eller be serverns administratör att skapa de tre rollerna (NOLOGIN) först.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="107"/>
        <source>The server refused: only a superuser or a login with CREATEROLE may manage users.</source>
        <translation>Servern sa nej: bara en superanvändare eller en inloggning med CREATEROLE får hantera användare.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="114"/>
        <source>The groups asfdesk_admin, asfdesk_consultant and asfdesk_reader are missing: run “asfdesk db upgrade” first.</source>
        <translation>Grupperna asfdesk_admin, asfdesk_consultant och asfdesk_reader saknas: kör ”asfdesk db upgrade” först.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="120"/>
        <source>The server refused to change the user.</source>
        <translation>Servern vägrade att ändra användaren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="207"/>
        <source>The server has no login with this name.</source>
        <translation>Servern har ingen inloggning med det namnet.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="223"/>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="224"/>
        <source>consultant</source>
        <translation>konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="225"/>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/roles.py" line="227"/>
        <source>no role</source>
        <translation>ingen roll</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="98"/>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="100"/>
        <source>a name in pg_service.conf (optional)</source>
        <translation>ett namn i pg_service.conf (valfritt)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="111"/>
        <source>default (prefer)</source>
        <translation>standard (prefer)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="114"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="118"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="119"/>
        <source>empty: from .pgpass, or not needed</source>
        <translation>tomt: från .pgpass, eller behövs inte</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="120"/>
        <source>Remember the password in the system keyring</source>
        <translation>Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="130"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="131"/>
        <source>Host:</source>
        <translation>Värd:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="132"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="133"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="134"/>
        <source>User:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="135"/>
        <source>SSL mode:</source>
        <translation>SSL-läge:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="136"/>
        <source>Server address:</source>
        <translation>Serveradress:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="137"/>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="221"/>
        <source>Enter a PostgreSQL address, like postgresql://user@server/asfdesk</source>
        <translation>Ange en PostgreSQL-adress, t.ex. postgresql://användare@server/asfdesk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="224"/>
        <source>Enter the database's name, or a service from pg_service.conf.</source>
        <translation>Ange databasens namn eller en tjänst från pg_service.conf.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="531"/>
        <source>Personal data settings</source>
        <translation>Personuppgiftsinställningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="532"/>
        <source>Retention period (years):</source>
        <translation>Gallringsfrist (år):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="533"/>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="534"/>
        <source>Register extract: purpose and legal basis:</source>
        <translation>Registerutdrag: ändamål och rättslig grund:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="535"/>
        <source>Use the default text</source>
        <translation>Använd standardtexten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/gdpr_dialogs.py" line="538"/>
        <source>Stored in the database: every user of a shared database follows the same rule. The extract is printed in Swedish.</source>
        <translation>Sparas i databasen: alla användare av en delad databas följer samma regel. Registerutdraget skrivs ut på svenska.</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="256"/>
        <source>asfdesk can't open the database %1.</source>
        <translation>asfdesk kan inte öppna databasen %1.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="258"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="260"/>
        <source>Open another database…</source>
        <translation>Öppna en annan databas…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="262"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="284"/>
        <source>Open local database</source>
        <translation>Öppna lokal databas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="286"/>
        <source>asfdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>asfdesk-databaser (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>UsePersonButtons</name>
    <message>
        <location filename="../../asfdesk/ui/profiles/use_person.py" line="32"/>
        <source>Use this person: %1</source>
        <translation>Använd den här personen: %1</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="83"/>
        <source>No password on standard input.</source>
        <translation>Inget lösenord på standard in.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="108"/>
        <source>A new consultant needs --name "Full Name".</source>
        <translation>En ny konsulent behöver --name "Förnamn Efternamn".</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="113"/>
        <source>Added %1 (%2).</source>
        <translation>Lade till %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="116"/>
        <source>Renamed %1 to %2.</source>
        <translation>Bytte namn på %1 till %2.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="119"/>
        <source>Disabled %1 (%2): no longer offered in lists.</source>
        <translation>Inaktiverade %1 (%2): visas inte längre i listorna.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="122"/>
        <source>Enabled %1 (%2).</source>
        <translation>Aktiverade %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="128"/>
        <source>%1 (%2) is now: %3.</source>
        <translation>%1 (%2) är nu: %3.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="132"/>
        <source>Server login %1 has the role: %2.</source>
        <translation>Serverinloggningen %1 har rollen: %2.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="146"/>
        <source>Note: a local database file has no roles; --role was ignored.</source>
        <translation>Obs! En lokal databasfil har inga roller; --role ignorerades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="153"/>
        <source>No consultants yet. Add one with: asfdesk user add LOGIN --name "Full Name"</source>
        <translation>Inga konsulenter ännu. Lägg till en med: asfdesk user add INLOGGNING --name "För- och efternamn"</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="156"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="156"/>
        <source>disabled</source>
        <translation>inaktiverad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="172"/>
        <source>(no server login)</source>
        <translation>(ingen serverinloggning)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/commands/user_cmd.py" line="175"/>
        <source>(login disabled)</source>
        <translation>(inloggningen avstängd)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="76"/>
        <source>contains a character that cannot be stored (NUL)</source>
        <translation>innehåller ett tecken som inte kan sparas (NUL)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="81"/>
        <location filename="../../asfdesk/db/models/_fields.py" line="135"/>
        <location filename="../../asfdesk/db/models/_fields.py" line="147"/>
        <location filename="../../asfdesk/services/gdpr.py" line="189"/>
        <source>is longer than {max_length} characters</source>
        <translation>är längre än {max_length} tecken</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="86"/>
        <location filename="../../asfdesk/db/models/referrals.py" line="108"/>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="89"/>
        <source>must be at most {maximum}</source>
        <translation>får vara högst {maximum}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="93"/>
        <source>must be at least {minimum}</source>
        <translation>måste vara minst {minimum}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="131"/>
        <location filename="../../asfdesk/db/models/_fields.py" line="173"/>
        <location filename="../../asfdesk/db/models/events.py" line="100"/>
        <source>is required</source>
        <translation>måste anges</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="157"/>
        <location filename="../../asfdesk/db/models/_fields.py" line="161"/>
        <location filename="../../asfdesk/services/gdpr.py" line="157"/>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="163"/>
        <source>cannot be negative</source>
        <translation>kan inte vara negativt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/_fields.py" line="178"/>
        <source>{text!r} is not a known value</source>
        <translation>{text!r} är inte ett giltigt värde</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/events.py" line="88"/>
        <source>needs a time zone (Europe/Stockholm)</source>
        <translation>behöver en tidszon (Europe/Stockholm)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/events.py" line="102"/>
        <source>is before the start</source>
        <translation>är före starttiden</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/events.py" line="104"/>
        <source>is after the event starts</source>
        <translation>är efter att evenemanget börjar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/events.py" line="106"/>
        <source>choose one organiser</source>
        <translation>välj en arrangör</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/events.py" line="150"/>
        <source>is either a contact person or a consultant</source>
        <translation>är antingen en kontaktperson eller en konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/organisations.py" line="162"/>
        <source>{free} free places is more than the {total} in total</source>
        <translation>{free} lediga platser är fler än totalt {total}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/organisations.py" line="251"/>
        <source>a contact belongs to exactly one enterprise or one partner organisation</source>
        <translation>en kontakt hör till exakt ett företag eller en partnerorganisation</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/referrals.py" line="110"/>
        <source>must be between 0 and 60</source>
        <translation>måste vara mellan 0 och 60</translation>
    </message>
    <message>
        <location filename="../../asfdesk/db/models/referrals.py" line="203"/>
        <source>a note belongs to exactly one referral, enterprise or partner organisation</source>
        <translation>en anteckning hör till exakt en anvisning, ett företag eller en partner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/contact_info.py" line="23"/>
        <source>{text!r} is not a valid phone number</source>
        <translation>{text!r} är inte ett giltigt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/contact_info.py" line="41"/>
        <source>{text!r} is not a valid e-mail address</source>
        <translation>{text!r} är inte en giltig e-postadress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/contact_info.py" line="57"/>
        <source>{text!r} is not a Swedish postcode (five digits, like 821 43)</source>
        <translation>{text!r} är inte ett svenskt postnummer (fem siffror, t.ex. 821 43)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/contact_info.py" line="71"/>
        <source>{text!r} is not a web address</source>
        <translation>{text!r} är inte en webbadress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="25"/>
        <location filename="../../asfdesk/domain/identifiers.py" line="50"/>
        <source>is empty</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="27"/>
        <source>must be ten digits, like 556016-0680</source>
        <translation>ska vara tio siffror, t.ex. 556016-0680</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="33"/>
        <source>{value} is not a valid organisation number (check digit or format)</source>
        <translation>{value} är inte ett giltigt organisationsnummer (kontrollsiffra eller format)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="54"/>
        <source>must be written like YYYYMMDD-NNNN or YYMMDD-NNNN</source>
        <translation>ska skrivas som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="62"/>
        <source>is not a valid personnummer or samordningsnummer</source>
        <translation>är inte ett giltigt person- eller samordningsnummer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/identifiers.py" line="66"/>
        <source>lies in the future</source>
        <translation>ligger i framtiden</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/referral_rules.py" line="38"/>
        <source>cannot change from {current} to {new}</source>
        <translation>kan inte ändras från {current} till {new}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/referral_rules.py" line="47"/>
        <source>is required when a referral ends</source>
        <translation>måste anges när en anvisning avslutas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/referral_rules.py" line="50"/>
        <source>can only be set on an ended referral</source>
        <translation>kan bara anges för en avslutad anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/domain/referral_rules.py" line="58"/>
        <source>{end} is before the start {start}</source>
        <translation>{end} är före start {start}</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/enterprise.py" line="143"/>
        <source>{name} has {count} referrals and cannot be deleted. Close it instead (set its status to Closed).</source>
        <translation>{name} har {count} anvisningar och kan inte tas bort. Avsluta företaget i stället (sätt status till Avslutad).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/entities/jobseeker.py" line="92"/>
        <source>This jobseeker has {count} referrals and cannot be deleted while they exist. Delete or keep the referrals; the jobseeker stays in the register.</source>
        <translation>Den arbetssökande har {count} anvisningar och kan inte tas bort så länge de finns. Ta bort eller behåll anvisningarna; den arbetssökande ligger kvar i registret.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/io/importer.py" line="296"/>
        <source>{text} is not yes or no</source>
        <translation>{text} är inte ja eller nej</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="111"/>
        <source>Only an administrator (asfdesk_admin) may carry out this duty.</source>
        <translation>Bara en administratör (asfdesk_admin) får utföra detta.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="161"/>
        <source>must be between 1 and {maximum} years</source>
        <translation>måste vara mellan 1 och {maximum} år</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="211"/>
        <source>No jobseeker has that personnummer.</source>
        <translation>Ingen arbetssökande har det personnumret.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="218"/>
        <source>The jobseeker no longer exists.</source>
        <translation>Den arbetssökande finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/gdpr.py" line="687"/>
        <source>No retention period is set. Set it once for everyone with 'asfdesk gdpr set-retention YEARS' (or Admin → Personal data settings…), or give --years N for this run.</source>
        <translation>Ingen gallringsfrist är angiven. Ange den en gång för alla med 'asfdesk gdpr set-retention ÅR' (eller Administration → Personuppgiftsinställningar…), eller ge --years N för just den här körningen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/records.py" line="46"/>
        <source>must be chosen</source>
        <translation>måste väljas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/services/records.py" line="75"/>
        <source>This person has a protected identity: give a reason to open their profile.</source>
        <translation>Personen har skyddad identitet: ange ett skäl för att öppna profilen.</translation>
    </message>
    <message>
        <source>must be written like 19900101-0017 or 900101-0017</source>
        <translation>ska skrivas som 19900101-0017 eller 900101-0017</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="50"/>
        <source>Welcome to asfdesk</source>
        <translation>Välkommen till asfdesk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="53"/>
        <source>The database is empty. Try the app with demo data (enterprises in Bollnäs and Hedemora, partners, events and fictional referrals), bring in your Excel lists, or start with an empty register.</source>
        <translation>Databasen är tom. Prova appen med demodata (företag i Bollnäs och Hedemora, partner, evenemang och påhittade anvisningar), hämta in dina Excellistor eller börja med ett tomt register.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="60"/>
        <source>Load demo data</source>
        <translation>Läs in demodata</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="61"/>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="62"/>
        <source>Start empty</source>
        <translation>Börja tomt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="67"/>
        <source>Loading demo data…</source>
        <translation>Läser in demodata…</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="314"/>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="315"/>
        <source>Your login “%1” is not a registered consultant.</source>
        <translation>Din inloggning ”%1” är inte registrerad som konsulent.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="318"/>
        <source>On a shared server you are the login you connected with. Register your name, or ask your administrator to add you (asfdesk user add).</source>
        <translation>På en gemensam server är du den inloggning du anslöt med. Registrera ditt namn, eller be administratören lägga till dig (asfdesk user add).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="322"/>
        <source>Choose yourself in the list, or register as a new consultant.</source>
        <translation>Välj dig själv i listan eller registrera dig som ny konsulent.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="324"/>
        <source>Register yourself as the first consultant.</source>
        <translation>Registrera dig som den första konsulenten.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="326"/>
        <source>&amp;This is me</source>
        <translation>&amp;Det här är jag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="327"/>
        <source>New consultant</source>
        <translation>Ny konsulent</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="328"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggning:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="329"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="330"/>
        <source>&amp;Register me</source>
        <translation>&amp;Registrera mig</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/consultants_dialog.py" line="346"/>
        <source>Enter your name.</source>
        <translation>Skriv ditt namn.</translation>
    </message>
</context>
</TS>
