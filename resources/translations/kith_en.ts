<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityIdeas</name>
    <message>
        <source>Climbing session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouldering session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board game night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook dinner together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hike together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jazz evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bike ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon in the garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chess afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yoga class together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swim together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pottery class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book swap over coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baking afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birdwatching morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a football match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badminton game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karaoke night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camping weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea and a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knitting circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poetry reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailing trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surf morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go dancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stargazing night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening at the theatre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festival day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tennis match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishing trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossword and coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Export Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON archives (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Upcoming Meetups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Meetups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Meetups with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Upcoming Meetups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>What to do with this possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleDelegate</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleMenu</name>
    <message>
        <source>Move to &amp;Circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingChoiceDialog</name>
    <message>
        <source>Closing Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith can remind you only while it runs. This desktop has no tray to keep it in, so choose what closing the window does. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reminding in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith runs on without a window. Start Kith again, or choose Open on a reminder, to bring the window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith quits now; reminders start again when you next log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith quits now; reminders stop until you start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsSection</name>
    <message>
        <source>Use this instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” for %2 instead of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseName</name>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryNote</name>
    <message>
        <source>Reminders appear only here in the window: no notification service answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you both like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an in-person meeting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“%1” should look like close=21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run needs --from and --to, like --from &apos;2026-11-22 00:00&apos; --to &apos;2026-11-29 00:00&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest “%1…” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes contain bytes that are not valid text (not UTF-8); retype them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meetup needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm of %1 days is outside %2–%3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown circle “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as “YYYY-MM-DD HH:MM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, or MM-DD without a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetup must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meetup cannot last more than 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm can be set from 0 minutes to 4 weeks before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not valid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds half a character (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a value Kith knows here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a moment like 2026-11-22T18:30:00+00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment needs its UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kith archive: it is not JSON (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive gives “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is JSON, but not a Kith archive (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no format_version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is format version %1, made by a newer Kith; this one reads up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive format version %1 is not one Kith knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Kith reads contacts files up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data), so it holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it holds no Kith data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Kith reads Kith data files up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data), so it holds no Kith data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Western European (Windows-1252) text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut off: no END:VCARD before the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut off: the file ends before END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name (no FN, N or ORG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date “%1” is not a date; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday %1 is not a date that exists; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday “%1” is not a date; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday is not a date that exists; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anniversary %1 is not a date that exists; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anniversary “%1” is not a date; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anniversary is not a date that exists; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD, so it holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no complete card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to show notifications is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification could be shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it failed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications are not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify-send could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify-send could not show it (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify-send is not installed and dbus-python is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session to reach a notification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a new positive id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card UID %1 is also given to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meetup is at a time or all day, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meetup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has %1 people; an archive is imported only into an empty database, so nothing is mixed up or lost. Choose a new database file (kith --db NEW.sqlite3 import-json FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has data; an archive is imported only into an empty database, so nothing is mixed up or lost. Choose a new database file (kith --db NEW.sqlite3 import-json FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no day yet, so it cannot go into a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meetups to export in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meetups to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same card UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name and the e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name and the phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 resembles nobody, so it cannot be merged into anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 cannot be merged into card %2: that card is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as card %1 (%2), by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo was left out: Kith keeps no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photos were left out: Kith keeps no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard %1 is not one Kith writes; use 3.0 or 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo makes between %1 and %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo covers between %1 and %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has %1 people; the demo fills only an empty one (choose another with --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interaction needs at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interaction cannot be logged in the future; plan a meetup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long ago to log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interaction #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the live calendar %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches %2 people: %3 and %4 more. Use the full name or #ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches %2 people: %3. Use the full name or #ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2 or %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2 or %3 or %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone Kith knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meetup is either at a time or all day, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day meetup lasts whole days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned meetup needs a day; without one it stays an idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meetup is done; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meetup is done already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not marked done any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was cancelled; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has nobody in it to log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meetup cannot be completed in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meetup #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snooze must end today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day like 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the span must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate at most a year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-app banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tray message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system tray cannot show messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kith database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kith database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database in use; choose a backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the database itself; choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left to write the backup %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); Kith has left it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith repaired %1: it removed what it had not made, or put back what was missing (%2), and kept the file as it was at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left to write %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Kith&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no single schema revision; it is not a usable Kith database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kith (schema %2); update Kith to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Kith database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a view “%2” where Kith&apos;s table should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing Kith&apos;s table “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the column “%3” of the table “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the column “%3” of the table “%2” is not the one Kith made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the table “%2” has a column “%3” that Kith did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the links from the table “%2” to other tables are not the ones Kith made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the index “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, the index “%2” is not the one Kith made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an index “%2” that Kith did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a trigger “%2” that Kith did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a view “%2” that Kith did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the trigger “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the view “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kith database, or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (Kith waited %2 s); close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write %1: disk I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step on %1 ran for more than %2 seconds and was stopped, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith could not use %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, so Kith cannot save to it; make it writable, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot write beside %1: its folder is read-only, and Kith keeps a journal next to the file; make the folder writable, or move the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of days or “default”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not sorted into a circle yet have no rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm needs a circle: add --circle with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since the merge, so it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the meetup is with: --with NAME or --group NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in the group “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens only once in %2: it needs no --first or --second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a vCard property (“%2”); left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) has an empty parameter; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) has a parameter that is not one (“%3”); it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) is not valid %3 data; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) names the character set “%3”, which Kith does not know; it was read as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2) is %3 characters long; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card of someone else inside it (AGENT, line %1) was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name, so it is listed under its e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some characters (in %1) could not be read and are shown as “�”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a character set Kith can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards with characters that could not be read, shown as “�”: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which character set it is in, and it is not UTF-8; it was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as %1, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no notification service on D-Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same two people are tied at %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another group has the name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone cannot be tied to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of tie “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tie&apos;s note contains bytes that are not valid text (not UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tie&apos;s note is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name contains bytes that are not valid text (not UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kith sync log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Kith (sync log format %2; this Kith reads up to format %3). Update Kith on this computer to sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is inside %2; a sync tool would copy it mid-write. Choose a folder that does not hold the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is chosen yet (kith sync --folder PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 is not there (is it mounted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value of %1 is no longer one changed on two devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1; kith sync --status lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith helps you keep the people who matter close — by seeing them in person.

Add the people in your life, say how often you&apos;d like to see each of them, and Kith will quietly remind you when it has been a while. Calls and messages count as talking; meeting face to face is what resets the rhythm.

Everything stays in one file on this computer. Nothing is ever sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate window with made-up people; your own data stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring people in from a vCard (.vcf) file from your phone or address book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to remember next time you see %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the new job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Plan with This Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group or change who is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupNameDialog</name>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, climbing crew, book club…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups; F2 renames, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. A group is a few people you see together: family, a crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan with This Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members; Delete takes one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person out of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add someone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n member</numerusform>
            <numerusform>%1 · %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the group %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the group %1? Kith keeps its %n member(s).</source>
        <translation>
            <numerusform>Remove the group %1? Kith keeps its %n member.</numerusform>
            <numerusform>Remove the group %1? Kith keeps its %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed who is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoiceModel</name>
    <message>
        <source>Merge into %1 (card %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card describes an organisation, not a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (card %2 of this file): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of %1, already in Kith: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportContactsDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vCard (.vcf) file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards that say they describe a business or an organisation rather than a person are not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already there as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 new people will be added from %2</source>
        <translation>
            <numerusform>%n of the %1 new people will be added from %2</numerusform>
            <numerusform>%n of the %1 new people will be added from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n merged into people already in Kith.</source>
        <translation>
            <numerusform>, and %n merged into someone already in Kith.</numerusform>
            <numerusform>, and %n merged into people already in Kith.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people will be added from %1.</source>
        <translation>
            <numerusform>%n new person will be added from %1.</numerusform>
            <numerusform>%n new people will be added from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new to add from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>To add (%n)</numerusform>
            <numerusform>To add (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already there (%n)</source>
        <translation>
            <numerusform>Already there (%n)</numerusform>
            <numerusform>Already there (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Skipped (%n)</numerusform>
            <numerusform>Skipped (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is ticked: tick the people to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 new people will be added from %2.</source>
        <translation>
            <numerusform>%n of the %1 new people will be added from %2.</numerusform>
            <numerusform>%n of the %1 new people will be added from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations left out.</source>
        <translation>
            <numerusform>%n organisation left out.</numerusform>
            <numerusform>%n organisations left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n was already there.</numerusform>
            <numerusform>%n were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them possible duplicates.</source>
        <translation>
            <numerusform>%n of them a possible duplicate.</numerusform>
            <numerusform>%n of them possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into people already in Kith.</source>
        <translation>
            <numerusform>%n merged into someone already in Kith.</numerusform>
            <numerusform>%n merged into people already in Kith.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates left out.</source>
        <translation>
            <numerusform>%n possible duplicate left out.</numerusform>
            <numerusform>%n possible duplicates left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged into %2: added %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept their own %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort them now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names look wrong? Choose the character set the file was written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to add; Space ticks or unticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts already in Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message>
        <source>Add a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding anniversary, name day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, anything to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KithTray</name>
    <message>
        <source>Open Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log that you saw someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to see right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people to see</source>
        <translation>
            <numerusform>%n person to see</numerusform>
            <numerusform>%n people to see</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in Kith…</source>
        <translation>
            <numerusform>%n more in Kith…</numerusform>
            <numerusform>%n more in Kith…</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saw %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownToday</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCalendarSettings</name>
    <message>
        <source>&lt;b&gt;Live calendar file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith can keep one calendar file of all your upcoming meetups up to date in a folder you choose, such as a synced folder. Calendar apps can subscribe to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no live calendar file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: kept up to date at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Live Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kith — sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interests and the rhythm of each circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; These people are made up, and this window&apos;s changes are thrown away when you close it. Your own Kith is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeDialog</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interests are what you share with people: Kith highlights them and suggests meeting friends who like the same things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My interests, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbing, board games, jazz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to see each circle in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;interests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetupDialog</name>
    <message>
        <source>Edit meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee, a walk, dinner at yours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from shared interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from the interests you share: click one to use it as the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day yet (keep it as an idea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times here are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you will meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember or bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and %1 like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the idea “%1” as the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your interests are shared by the people chosen so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own interests on your profile to get ideas here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people to see ideas from the interests you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice that night: the clocks go back. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not happen that day in %2: the clocks skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time such as 7:45 or 1930</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a Meetup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Everything (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set R&amp;hythm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge Two People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;oups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Upcoming Meetups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lean on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the circle&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n interaction(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n meetup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n follow-up(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n date(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n interest(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n phone(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n e-mail(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 become one person. Where they differ, choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both, %1&apos;s first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have the same name and details; nothing to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merged person will have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be gone from People, the map and Today. Edit → Undo brings both back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged person will have %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n tie(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n group(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoMatchNotice</name>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>%1 is archived, so nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already logged as seen today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived, so they were not snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is snoozed until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meetup was deleted, so nothing was marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was cancelled, so it was not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not planned any more, so it was not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meetup is no longer in Plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived, so no meetup was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person was deleted, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerHint</name>
    <message>
        <source>Add %1 too — %2&apos;s partner, also due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wider circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search names, nicknames and interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tending filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth seeing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Rhythm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort people not sorted yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people are called “%1”; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one called “%1” is in Kith.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is snoozed until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them off the due list until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n person(s).</source>
        <translation>
            <numerusform>Archived %n person.</numerusform>
            <numerusform>Archived %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n person(s).</source>
        <translation>
            <numerusform>Restored %n person.</numerusform>
            <numerusform>Restored %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n people to %1.</source>
        <translation>
            <numerusform>Moved %n person to %1.</numerusform>
            <numerusform>Moved %n people to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now follow their circle&apos;s rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rhythm for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people for good?</source>
        <translation>
            <numerusform>Delete %n person for good?</numerusform>
            <numerusform>Delete %n people for good?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their follow-ups, dates and the interactions only they were part of go too. Archiving keeps everything and hides them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the entry of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work, or what they belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle&apos;s rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you&apos;d like to see them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbing, board games, jazz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to them, what&apos;s going on lately…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I can &amp;lean on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Choose someone in People (Ctrl+2) to see their page here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups; tick one when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both devices changed these; Kith kept the later change everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (their own rhythm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone you can lean on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last talked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interests noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: interests you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remember. “Add follow-up” notes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an idea, no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. When you meet, “Log interaction” keeps it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Ideas without a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>New meetup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it as met in person with everyone in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this meetup as an .ics file that any calendar can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export upcoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every upcoming meetup as one .ics file for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show past and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list meetups that are done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetups by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet.
Plan a meetup with someone you would like to see in person,
or keep an idea here until you find a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logs that you met %1 in person on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done: logged as met in person with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in your plans as cancelled; you can reopen it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is back in your plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions already logged from it stay. To keep it listed, cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log that you saw someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did you see in person today? Choose one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space chooses a person; Enter logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in person today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachList</name>
    <message>
        <source>Nothing noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <source>Relationship map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight who shares an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to look around · drag someone onto another ring to move them · Ctrl+wheel to zoom · click someone to open them · arrow keys pick someone, Ctrl+↑ or Ctrl+↓ moves them a circle in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wider circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight who shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people on four rings around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet: people you add appear on the ring of their circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met in person yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen in person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person shares it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the ties of your inner and close circles. Solid lines: family (wider: partners) · dashed: friends · dotted: colleagues · dash-dot: know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ties of your inner and close circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDelivery</name>
    <message>
        <source>Reminders appear only here in the window: no notification service answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder has been shown since Kith started: send a test to see how they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders arrive as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 person to see in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n people to see in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: %1; and %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yearly date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (turns %n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%n years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today with %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 with %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Kith was closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What Kith holds now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Kith makes one each day it opens, and File → Back Up Now makes one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup made %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything noted since then is replaced. What Kith holds now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmDialog</name>
    <message>
        <source>Set rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle&apos;s rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedNote</name>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message numerus="yes">
        <source>Saved %n meetups to %1.</source>
        <translation>
            <numerusform>Saved %n meetup to %1.</numerusform>
            <numerusform>Saved %n meetups to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar entries to %1.</source>
        <translation>
            <numerusform>Saved %n calendar entry to %1.</numerusform>
            <numerusform>Saved %n calendar entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n people to %1.</source>
        <translation>
            <numerusform>Saved %n person to %1.</numerusform>
            <numerusform>Saved %n people to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved everything, %n people, to %1.</source>
        <translation>
            <numerusform>Saved everything, %n person, to %1.</numerusform>
            <numerusform>Saved everything, %n people, to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Kith Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray, without the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reminding in the background when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reminder a day names who to see. Nothing comes in quiet hours except the alarm of a meetup you planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith speaks the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how a reminder from Kith looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder could be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s name and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s actions as a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search field: open the one match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortingDialog</name>
    <message>
        <source>Sort people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not someone to tend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: kept, and can be restored any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1: not someone to tend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: not someone to tend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is everyone for now. Those you skipped stay not sorted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is sorted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changed on Two Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were changed on two devices before they saw each other&apos;s change. Kith kept the later one everywhere; here are the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on two devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept “%2”; on %3 (%4): “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I can lean on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>&lt;b&gt;Sync&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share your people with your other computers through a folder your file-sync tool (Syncthing, Nextcloud, Dropbox…) keeps the same on each. Kith writes only its own changes there and reads the others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Sync Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Two Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database itself looks to be in a synced folder (%1); a sync tool can copy it mid-write. Keep it elsewhere and sync through a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Off: this computer syncs with no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing through %1; no other computer heard from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n minute(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TendingState</name>
    <message>
        <source>In rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met in person yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>Tie of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at university, neighbours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To %1 they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone from the list: type a few letters of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the one they are tied to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ties</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiesSection</name>
    <message>
        <source>Ties; Enter opens the person, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups; Delete takes them out of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ties yet: who are they close to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n other(s))</source>
        <translation>
            <numerusform>%1 (with %n other)</numerusform>
            <numerusform>%1 (with %n others)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the tie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: choose one or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, climbing crew, book club…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup with this group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth seeing in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen today ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting to be seen. Enjoy the quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %n other(s)</source>
        <translation type="unfinished">%1 and %n other</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 both like %2 and would be good to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 all like %2 and would be good to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more in Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetups planned for the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays or anniversaries in the next three weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people from your contacts are not sorted yet — Sort them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person from your contacts is not sorted yet — Sort them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meetup with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are partners and both would be good to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 know each other and both like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 know each other and all like %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Kith is still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith keeps running in the tray so it can remind you. Choose Quit in its menu to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith has quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders stop until Kith starts again. Start Kith to have them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. What it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kith %1&lt;/b&gt;&lt;p&gt;Tend the relationships that matter, offline.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>%1 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved whole or not at all. The details were written to the terminal, for a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kith cannot open its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met in person yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen in person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wider circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week and a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month and a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and a half weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and a half months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met in person yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone you can lean on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
