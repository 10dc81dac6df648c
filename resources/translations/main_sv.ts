<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="192" />
        <source>New enterprise</source>
        <translation>Nytt företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="193" />
        <source>No enterprises yet. Press Ctrl+N to add one.</source>
        <translation>Inga företag ännu. Tryck Ctrl+N för att lägga till ett.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="194" />
        <source>No enterprises match “%1”.</source>
        <translation>Inga företag matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="195" />
        <source>No enterprises match the filters.</source>
        <translation>Inga företag matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="199" />
        <source>New referral</source>
        <translation>Ny anvisning</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="200" />
        <source>No referrals yet. Press Ctrl+N to add one.</source>
        <translation>Inga anvisningar ännu. Tryck Ctrl+N för att lägga till en.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="201" />
        <source>No referrals match “%1”.</source>
        <translation>Inga anvisningar matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="202" />
        <source>No referrals match the filters.</source>
        <translation>Inga anvisningar matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="206" />
        <source>New partner</source>
        <translation>Ny partner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="207" />
        <source>No partner contacts yet. Press Ctrl+N to add a partner organisation.</source>
        <translation>Inga partnerkontakter ännu. Tryck Ctrl+N för att lägga till en partnerorganisation.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="208" />
        <source>No partner contacts match “%1”.</source>
        <translation>Inga partnerkontakter matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="209" />
        <source>No partner contacts match the filters.</source>
        <translation>Inga partnerkontakter matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="212" />
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="213" />
        <source>No events yet. Press Ctrl+N to add one.</source>
        <translation>Inga evenemang ännu. Tryck Ctrl+N för att lägga till ett.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="214" />
        <source>No events match “%1”.</source>
        <translation>Inga evenemang matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="215" />
        <source>No events match the filters.</source>
        <translation>Inga evenemang matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="220" />
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="221" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="222" />
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="223" />
        <source>Row count</source>
        <translation>Antal rader</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="225" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="226" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="227" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="228" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/tab.py" line="298" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="65" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="65" />
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="66" />
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="66" />
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="67" />
        <source>Consultant:</source>
        <translation>Konsulent:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="67" />
        <source>All consultants</source>
        <translation>Alla konsulenter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="68" />
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="68" />
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="69" />
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="69" />
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="70" />
        <source>Enterprise:</source>
        <translation>Företag:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="70" />
        <source>All enterprises</source>
        <translation>Alla företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="71" />
        <source>Funding:</source>
        <translation>Finansiering:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="71" />
        <source>All funding</source>
        <translation>All finansiering</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="72" />
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="72" />
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="73" />
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="73" />
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/table/filters.py" line="74" />
        <source>Upcoming only</source>
        <translation>Endast kommande</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="194" />
        <source>Open local database</source>
        <translation>Öppna lokal databas</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="196" />
        <source>asfdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>asfdesk-databaser (*.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="217" />
        <source>Back up database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="230" />
        <source>Backup saved to %1</source>
        <translation>Säkerhetskopian sparades i %1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="319" />
        <source>Delete these records? This cannot be undone.

%1</source>
        <translation>Ta bort de här posterna? Det går inte att ångra.

%1</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="321" />
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Ta bort ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="324" />
        <location filename="../../asfdesk/ui/main_window.py" line="519" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="344" />
        <location filename="../../asfdesk/ui/main_window.py" line="351" />
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="352" />
        <source>Close enterprise</source>
        <translation>Avsluta företaget</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="489" />
        <source>Enterprises</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="490" />
        <source>Referrals</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="491" />
        <source>Partner contacts</source>
        <translation>Partnerkontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="492" />
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="500" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="501" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="502" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="503" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="504" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="506" />
        <source>Open local database…</source>
        <translation>Öppna lokal databas…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="507" />
        <source>Connect to server…</source>
        <translation>Anslut till server…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="508" />
        <source>Back up database…</source>
        <translation>Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="509" />
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="510" />
        <source>Print preview…</source>
        <translation>Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="511" />
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="512" />
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="513" />
        <source>Export contacts as vCard…</source>
        <translation>Exportera kontakter som vCard…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="514" />
        <source>Export events to calendar…</source>
        <translation>Exportera evenemang till kalender…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="515" />
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="516" />
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="517" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="518" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="520" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="521" />
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="522" />
        <location filename="../../asfdesk/ui/main_window.py" line="551" />
        <source>About asfdesk</source>
        <translation>Om asfdesk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="544" />
        <source>For consultants working with work-integrating social enterprises.</source>
        <translation>För konsulenter som arbetar med arbetsintegrerande sociala företag.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="545" />
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/main_window.py" line="546" />
        <source>Schema revision:</source>
        <translation>Schemaversion:</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <location filename="../../asfdesk/ui/output_actions.py" line="23" />
        <source>Printing and export are not available yet.</source>
        <translation>Utskrift och export finns inte än.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/output_actions.py" line="78" />
        <source>Import is not available yet.</source>
        <translation>Import finns inte än.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="45" />
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="49" />
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="53" />
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="54" />
        <source>Remember the password in the system keyring</source>
        <translation>Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="64" />
        <source>Server address:</source>
        <translation>Serveradress:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="65" />
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/database_dialogs.py" line="97" />
        <source>Enter a PostgreSQL address, like postgresql://user@server/asfdesk</source>
        <translation>Ange en PostgreSQL-adress, t.ex. postgresql://användare@server/asfdesk</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="51" />
        <source>Welcome to asfdesk</source>
        <translation>Välkommen till asfdesk</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="54" />
        <source>The database is empty. Try the app with demo data (enterprises in Bollnäs and Hedemora, partners, events and fictional referrals), bring in your Excel lists, or start with an empty register.</source>
        <translation>Databasen är tom. Prova appen med demodata (företag i Bollnäs och Hedemora, partner, evenemang och påhittade anvisningar), hämta in dina Excellistor eller börja med ett tomt register.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="61" />
        <source>Load demo data</source>
        <translation>Läs in demodata</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="62" />
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="63" />
        <source>Start empty</source>
        <translation>Börja tomt</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/welcome.py" line="68" />
        <source>Loading demo data…</source>
        <translation>Läser in demodata…</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../asfdesk/ui/error_dialogs.py" line="28" />
        <source>Details are in the log file: %1</source>
        <translation>Detaljer finns i loggfilen: %1</translation>
    </message>
</context>
</TS>