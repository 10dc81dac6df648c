<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="157" />
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="158" />
        <source>Excel (.xlsx) or CSV (.csv, semicolon or comma separated).</source>
        <translation>Excel (.xlsx) eller CSV (.csv, semikolon- eller kommaseparerad).</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="161" />
        <source>Enterprises</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="162" />
        <source>Partner organisations and their contacts</source>
        <translation>Partnerorganisationer och deras kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="163" />
        <source>Contact persons of enterprises</source>
        <translation>Kontaktpersoner på företag</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="168" />
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="170" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="178" />
        <source>What to import</source>
        <translation>Vad ska importeras</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="179" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="185" />
        <source>Import file</source>
        <translation>Importera fil</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="185" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylblad (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="199" />
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="206" />
        <source>%1 rows and %2 columns.</source>
        <translation>%1 rader och %2 kolumner.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="388" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="392" />
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="412" />
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="437" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>Importerat: %1 nya, %2 uppdaterade, %3 överhoppade.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="448" />
        <source>Cancelled. Nothing was imported.</source>
        <translation>Avbrutet. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="450" />
        <source>The import failed and nothing was stored.</source>
        <translation>Importen misslyckades och inget sparades.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="472" />
        <source>Import from Excel or CSV</source>
        <translation>Importera från Excel eller CSV</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="234" />
        <source>Match the columns</source>
        <translation>Koppla kolumnerna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="235" />
        <source>The columns were matched by their headers. Check and change where needed.</source>
        <translation>Kolumnerna har kopplats efter sina rubriker. Kontrollera och ändra vid behov.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="257" />
        <source>(do not import)</source>
        <translation>(importeras inte)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="67" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="68" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="69" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="70" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="71" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="93" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="95" />
        <source>Already stored</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="97" />
        <source>Similar name</source>
        <translation>Liknande namn</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="98" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="104" />
        <source>Similar to the stored “%1”</source>
        <translation>Liknar ”%1” som redan finns</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="293" />
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="294" />
        <source>Rows with errors are not imported. Untick rows you do not want.</source>
        <translation>Rader med fel importeras inte. Bocka ur rader du inte vill ha.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="307" />
        <source>Update the stored record</source>
        <translation>Uppdatera den sparade posten</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="308" />
        <source>Skip the row</source>
        <translation>Hoppa över raden</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="314" />
        <source>When a row is already stored (same org. number or name):</source>
        <translation>När en rad redan finns (samma organisationsnummer eller namn):</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="323" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="329" />
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/import_wizard.py" line="352" />
        <source>%1 rows: %2 can be imported, %3 have errors, %4 are already stored, %5 have a similar name.</source>
        <translation>%1 rader: %2 kan importeras, %3 har fel, %4 finns redan, %5 har ett liknande namn.</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="81" />
        <source>Print attendee list</source>
        <translation>Skriv ut närvarolista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="82" />
        <source>Select the event whose attendee list you want to print.</source>
        <translation>Markera evenemanget vars närvarolista du vill skriva ut.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="97" />
        <source>Referrals are not printed</source>
        <translation>Anvisningar skrivs inte ut</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="98" />
        <source>Referral lists contain jobseekers' personal data and are not printed, because a printout cannot be traced or recalled. Use Export instead: it asks for confirmation and is recorded in the access log.</source>
        <translation>Anvisningslistor innehåller arbetssökandes personuppgifter och skrivs inte ut, eftersom en utskrift inte kan spåras eller återkallas. Använd Exportera i stället: den ber om bekräftelse och registreras i åtkomstloggen.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="140" />
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="142" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="200" />
        <source>Export referrals</source>
        <translation>Exportera anvisningar</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="201" />
        <source>The referral list contains jobseekers' personal data. The export is recorded in the access log with your name, the time and the number of rows. Keep the file safe and delete it when it is no longer needed.

Export the referrals?</source>
        <translation>Anvisningslistan innehåller arbetssökandes personuppgifter. Exporten registreras i åtkomstloggen med ditt namn, tidpunkten och antalet rader. Förvara filen säkert och radera den när den inte längre behövs.

Exportera anvisningarna?</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="214" />
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="216" />
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV, semikolonseparerad (*.csv)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="246" />
        <location filename="../../asfdesk/ui/print_export.py" line="252" />
        <source>Export contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="247" />
        <source>Select the contacts to export.</source>
        <translation>Markera de kontakter som ska exporteras.</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="254" />
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="276" />
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <location filename="../../asfdesk/ui/print_export.py" line="278" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
</context>
</TS>