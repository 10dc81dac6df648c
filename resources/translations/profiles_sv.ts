<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
  <context>
    <name>Profiles</name>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="71" />
      <source>&amp;Save</source>
      <translation>&amp;Spara</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="72" />
      <source>Save (Ctrl+S)</source>
      <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="74" />
      <source>Close</source>
      <translation>Stäng</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="75" />
      <source>Close (Ctrl+W)</source>
      <translation>Stäng (Ctrl+W)</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="77" />
      <source>Delete…</source>
      <translation>Ta bort…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="79" />
      <location filename="../../asfdesk/ui/profiles/base.py" line="168" />
      <source>Reload</source>
      <translation>Läs in igen</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="80" />
      <source>Read the record again, e.g. after someone else saved it</source>
      <translation>Läs in posten igen, t.ex. när någon annan har sparat den</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="97" />
      <source>Details</source>
      <translation>Uppgifter</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="169" />
      <source>Reloading discards your unsaved changes to %1.</source>
      <translation>Om du läser in igen försvinner dina osparade ändringar i %1.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="206" />
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="262" />
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="263" />
      <source>Delete %1? This cannot be undone.</source>
      <translation>Ta bort %1? Det går inte att ångra.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="286" />
      <source>Unsaved changes</source>
      <translation>Osparade ändringar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="287" />
      <source>%1 has unsaved changes. Save them before closing?</source>
      <translation>%1 har osparade ändringar. Spara innan du stänger?</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/base.py" line="288" />
      <source>The new record</source>
      <translation>Den nya posten</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="28" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="51" />
      <location filename="../../asfdesk/ui/profiles/participants.py" line="26" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="30" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="29" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="51" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="29" />
      <source>e.g. Supervisor</source>
      <translation>t.ex. Arbetsledare</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="30" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="63" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="49" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="39" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="31" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <source>Mobile</source>
      <translation>Mobil</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="32" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="64" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="50" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="40" />
      <source>E-mail</source>
      <translation>E-post</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="33" />
      <source>Primary contact</source>
      <translation>Huvudkontakt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="34" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="92" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="54" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="33" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="57" />
      <source>Notes</source>
      <translation>Anteckningar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="36" />
      <location filename="../../asfdesk/ui/profiles/contact.py" line="39" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="124" />
      <source>Contact person</source>
      <translation>Kontaktperson</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="52" />
      <source>Primary</source>
      <translation>Huvudkontakt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="53" />
      <source>No contact persons yet.</source>
      <translation>Inga kontaktpersoner ännu.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="55" />
      <source>New contact…</source>
      <translation>Ny kontaktperson…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="56" />
      <source>Edit…</source>
      <translation>Redigera…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="57" />
      <source>Remove…</source>
      <translation>Ta bort…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="89" />
      <source>Remove contact person</source>
      <translation>Ta bort kontaktperson</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/contact.py" line="90" />
      <source>Remove %1 from the contact persons?</source>
      <translation>Ta bort %1 från kontaktpersonerna?</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="17" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="48" />
      <source>Save</source>
      <translation>Spara</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="18" />
      <source>Discard</source>
      <translation>Spara inte</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="19" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="49" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="20" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="21" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/dialogs.py" line="22" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="52" />
      <source>Organisation number</source>
      <translation>Organisationsnummer</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="53" />
      <source>Legal form</source>
      <translation>Juridisk form</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="54" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="113" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="68" />
      <location filename="../../asfdesk/ui/profiles/participants.py" line="26" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="55" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="64" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="55" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="44" />
      <source>Responsible consultant</source>
      <translation>Ansvarig konsulent</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="56" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="56" />
      <source>Description</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="59" />
      <source>Visiting address</source>
      <translation>Besöksadress</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="60" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="37" />
      <source>Postcode</source>
      <translation>Postnummer</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="61" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="53" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="38" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="62" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="32" />
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="65" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="41" />
      <source>Website</source>
      <translation>Webbplats</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="68" />
      <source>Work-training places</source>
      <translation>Arbetsträningsplatser</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="69" />
      <source>Free places</source>
      <translation>Lediga platser</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="70" />
      <source>Employees</source>
      <translation>Anställda</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="71" />
      <source>Participants in training</source>
      <translation>Deltagare i arbetsträning</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="73" />
      <source>Reserved contracts</source>
      <translation>Reserverade kontrakt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="73" />
      <source>Has reserved contracts</source>
      <translation>Har reserverade kontrakt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="78" />
      <source>Integration</source>
      <translation>Integration</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="78" />
      <source>Work integration is the purpose</source>
      <translation>Arbetsintegrering är syftet</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="81" />
      <source>Participation</source>
      <translation>Delaktighet</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="81" />
      <source>Participants take part in decisions</source>
      <translation>Deltagarna är delaktiga i besluten</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="83" />
      <source>Profits</source>
      <translation>Vinst</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="83" />
      <source>Profits are reinvested</source>
      <translation>Vinsten återinvesteras</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="86" />
      <source>Independence</source>
      <translation>Oberoende</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="87" />
      <source>Independent of the public sector</source>
      <translation>Fristående från offentlig sektor</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="91" />
      <source>Services</source>
      <translation>Tjänster</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="97" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="163" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="66" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="40" />
      <source>Enterprise</source>
      <translation>Företag</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="98" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="45" />
      <source>Address and contact</source>
      <translation>Adress och kontakt</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="99" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="62" />
      <source>Capacity</source>
      <translation>Kapacitet</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="100" />
      <source>ASF criteria</source>
      <translation>ASF-kriterier</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="101" />
      <source>Services and notes</source>
      <translation>Tjänster och anteckningar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="111" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="105" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="39" />
      <source>Jobseeker</source>
      <translation>Arbetssökande</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="112" />
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="124" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="52" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="67" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="31" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="43" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="40" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="88" />
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="114" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="69" />
      <source>Referred</source>
      <translation>Anvisad</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="115" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="70" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="48" />
      <source>Planned start</source>
      <translation>Planerad start</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="116" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="49" />
      <source>Planned end</source>
      <translation>Planerat slut</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="119" />
      <source>No referrals to this enterprise yet.</source>
      <translation>Inga anvisningar till företaget ännu.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="122" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="77" />
      <source>New referral…</source>
      <translation>Ny anvisning…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="124" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="53" />
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="124" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="65" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="141" />
      <source>Event</source>
      <translation>Evenemang</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="124" />
      <location filename="../../asfdesk/ui/profiles/participants.py" line="123" />
      <source>Participant status</source>
      <translation>Deltagarstatus</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="127" />
      <source>None of the contact persons has taken part in an event.</source>
      <translation>Ingen av kontaktpersonerna har deltagit i något evenemang.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="132" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="52" />
      <source>Contacts</source>
      <translation>Kontaktpersoner</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="133" />
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="81" />
      <source>Referrals</source>
      <translation>Anvisningar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="134" />
      <source>Events</source>
      <translation>Evenemang</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="135" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="53" />
      <source>Activity</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/enterprise.py" line="139" />
      <source>Print contact sheet…</source>
      <translation>Skriv ut kontaktblad…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="54" />
      <source>Ends</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="55" />
      <source>Organiser</source>
      <translation>Arrangör</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="59" />
      <source>Location</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="60" />
      <source>Online link</source>
      <translation>Länk</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="61" />
      <source>Registration deadline</source>
      <translation>Sista anmälningsdag</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="65" />
      <source>Place and registration</source>
      <translation>Plats och anmälan</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="75" />
      <source>Add a participant: type a name or organisation…</source>
      <translation>Lägg till deltagare: skriv ett namn eller en organisation…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="76" />
      <source>Add participant</source>
      <translation>Lägg till deltagare</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="91" />
      <location filename="../../asfdesk/ui/profiles/event.py" line="109" />
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="92" />
      <source>Remove participant</source>
      <translation>Ta bort deltagare</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="170" />
      <source>%1 of %2 registered</source>
      <translation>%1 av %2 anmälda</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="172" />
      <source>%1 registered (no limit)</source>
      <translation>%1 anmälda (inget tak)</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="175" />
      <source>Registration deadline %1</source>
      <translation>Sista anmälningsdag %1</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="179" />
      <source>More participants are registered than there are places.</source>
      <translation>Fler deltagare är anmälda än det finns platser.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/event.py" line="181" />
      <source>The registration deadline has passed.</source>
      <translation>Sista anmälningsdag har passerat.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/fields.py" line="216" />
      <source>“%1” is not in the list. Choose one of the suggestions.</source>
      <translation>”%1” finns inte i listan. Välj ett av förslagen.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/fields.py" line="334" />
      <location filename="../../asfdesk/ui/profiles/fields.py" line="349" />
      <source>Show</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/fields.py" line="335" />
      <source>Show the full personnummer</source>
      <translation>Visa hela personnumret</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/fields.py" line="349" />
      <source>Hide</source>
      <translation>Dölj</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="35" />
      <source>Protected personal data (skyddade personuppgifter)</source>
      <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="37" />
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="36" />
      <source>First name</source>
      <translation>Förnamn</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="38" />
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="37" />
      <source>Last name</source>
      <translation>Efternamn</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="39" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="40" />
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="38" />
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="41" />
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="51" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="36" />
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="58" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="58" />
      <source>Contact details and notes</source>
      <translation>Kontaktuppgifter och anteckningar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="71" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="51" />
      <source>Actual end</source>
      <translation>Faktiskt slut</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="74" />
      <source>This jobseeker has no referrals yet.</source>
      <translation>Den arbetssökande har inga anvisningar ännu.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/jobseeker.py" line="96" />
      <source>Protected personal data: this person's address must not be shown or passed on. Handle the record according to your unit's routine for protected identities.</source>
      <translation>Skyddade personuppgifter: personens adress får inte visas eller lämnas ut. Hantera uppgifterna enligt enhetens rutin för skyddad identitet.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="27" />
      <source>New jobseeker…</source>
      <translation>Ny arbetssökande…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="29" />
      <source>New jobseeker</source>
      <translation>Ny arbetssökande</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="33" />
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="39" />
      <source>Personnummer (optional)</source>
      <translation>Personnummer (frivilligt)</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="53" />
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="108" />
      <source>Create jobseeker</source>
      <translation>Skapa arbetssökande</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="84" />
      <source>Possible duplicates — check before creating:</source>
      <translation>Möjliga dubbletter – kontrollera innan du skapar:</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/new_jobseeker.py" line="86" />
      <source>Create anyway</source>
      <translation>Skapa ändå</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/participants.py" line="26" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/participants.py" line="47" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="41" />
      <source>Consultant</source>
      <translation>Konsulent</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/partner.py" line="45" />
      <location filename="../../asfdesk/ui/profiles/partner.py" line="69" />
      <source>Partner organisation</source>
      <translation>Partnerorganisation</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/pickers.py" line="28" />
      <source>Type to search…</source>
      <translation>Skriv för att söka…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/pickers.py" line="90" />
      <source>“%1” is not chosen. Pick one of the suggestions.</source>
      <translation>”%1” är inte vald. Välj ett av förslagen.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="42" />
      <source>Referred on</source>
      <translation>Anvisningsdatum</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="44" />
      <source>Funding</source>
      <translation>Finansiering</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="45" />
      <source>Hours per week</source>
      <translation>Timmar per vecka</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="50" />
      <source>Actual start</source>
      <translation>Faktisk start</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="52" />
      <source>Next follow-up</source>
      <translation>Nästa uppföljning</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="56" />
      <source>Outcome</source>
      <translation>Utfall</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="62" />
      <location filename="../../asfdesk/ui/profiles/referral.py" line="108" />
      <source>Referral</source>
      <translation>Anvisning</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="63" />
      <source>Dates</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="75" />
      <source>Add follow-up…</source>
      <translation>Lägg till uppföljning…</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/referral.py" line="76" />
      <source>Follow-ups</source>
      <translation>Uppföljningar</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/related.py" line="247" />
      <source>The list could not be read.</source>
      <translation>Listan kunde inte läsas in.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="29" />
      <source>Add note</source>
      <translation>Lägg till anteckning</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="40" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="88" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="40" />
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="88" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="88" />
      <source>Author</source>
      <translation>Skribent</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="90" />
      <source>No notes yet. Use “Add note” to record a meeting, call or visit.</source>
      <translation>Inga anteckningar ännu. Använd ”Lägg till anteckning” för att notera ett möte, samtal eller besök.</translation>
    </message>
    <message>
      <location filename="../../asfdesk/ui/profiles/timeline.py" line="93" />
      <source>Add note…</source>
      <translation>Lägg till anteckning…</translation>
    </message>
  </context>
</TS>