<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActivityIdeas</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/activity_ideas.py" line="+13"/>
        <source>Climbing session</source>
        <translation>Sesi panjat tebing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouldering session</source>
        <translation>Sesi bouldering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board game night</source>
        <translation>Malam permainan papan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook dinner together</source>
        <translation>Masak makan malam bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hike together</source>
        <translation>Mendaki bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jazz evening</source>
        <translation>Malam musik jazz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run together</source>
        <translation>Lari bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bike ride</source>
        <translation>Bersepeda bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo walk</source>
        <translation>Jalan-jalan memotret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon in the garden</source>
        <translation>Sore di kebun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chess afternoon</source>
        <translation>Sore bermain catur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yoga class together</source>
        <translation>Kelas yoga bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swim together</source>
        <translation>Berenang bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pottery class</source>
        <translation>Kelas membuat tembikar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book swap over coffee</source>
        <translation>Tukar buku sambil ngopi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Film night</source>
        <translation>Malam nonton film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baking afternoon</source>
        <translation>Sore membuat kue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birdwatching morning</source>
        <translation>Pagi mengamati burung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch a football match</source>
        <translation>Nonton pertandingan sepak bola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badminton game</source>
        <translation>Main bulu tangkis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karaoke night</source>
        <translation>Malam karaoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camping weekend</source>
        <translation>Akhir pekan berkemah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coffee</source>
        <translation>Ngopi bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea and a chat</source>
        <translation>Minum teh sambil mengobrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knitting circle</source>
        <translation>Kumpul merajut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Painting afternoon</source>
        <translation>Sore melukis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poetry reading</source>
        <translation>Pembacaan puisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer together</source>
        <translation>Menjadi relawan bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sailing trip</source>
        <translation>Berlayar bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surf morning</source>
        <translation>Pagi berselancar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go dancing</source>
        <translation>Pergi berdansa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language exchange</source>
        <translation>Bertukar bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Museum visit</source>
        <translation>Mengunjungi museum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stargazing night</source>
        <translation>Malam melihat bintang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop afternoon</source>
        <translation>Sore di bengkel kayu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening at the theatre</source>
        <translation>Malam di teater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival day</source>
        <translation>Sehari di festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meditation session</source>
        <translation>Sesi meditasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tennis match</source>
        <translation>Main tenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fishing trip</source>
        <translation>Pergi memancing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossword and coffee</source>
        <translation>Teka-teki silang sambil ngopi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concert</source>
        <translation>Nonton konser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long walk</source>
        <translation>Jalan kaki santai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something with %1</source>
        <translation>Sesuatu yang berkaitan dengan %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desktop/kith/ui/calendar_export.py" line="+44"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Berkas iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <source>Export Meetup</source>
        <translation>Ekspor pertemuan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Upcoming Meetups</source>
        <translation>Ekspor pertemuan mendatang</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Meetups</source>
        <translation>Ekspor pertemuan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Meetups with {name}</source>
        <translation>Ekspor pertemuan dengan {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Upcoming Meetups…</source>
        <translation>Ekspor pertemuan mendatang…</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <location filename="../../desktop/kith/ui/tray.py" line="+239"/>
        <source>Kith is still here</source>
        <translation>Kith masih ada di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith keeps running in the tray so it can remind you. Choose Quit in its menu to close it.</source>
        <translation>Kith tetap berjalan di baki sistem agar bisa mengingatkan Anda. Pilih Keluar di menunya untuk menutupnya.</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <location filename="../../desktop/kith/ui/contacts_export.py" line="+20"/>
        <source>Export Contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vCard files (*.vcf)</source>
        <translation>Berkas vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %n people to %1.</source>
        <translation>%n orang disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <location filename="../../desktop/kith/ui/today/due_row.py" line="+53"/>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>you both like %1</source>
        <translation>sama-sama suka %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saw %1 today</source>
        <translation>Bertemu %1 hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an in-person meeting today</source>
        <translation>Catat pertemuan langsung hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan…</source>
        <translation>Rencanakan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a meetup with %1</source>
        <translation>Rencanakan pertemuan dengan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a meetup</source>
        <translation>Rencanakan pertemuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze %1</source>
        <translation>Tunda %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a day</source>
        <translation>Selama sehari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a week</source>
        <translation>Selama seminggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until a date…</source>
        <translation>Sampai tanggal…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/kith/ui/error_text.py" line="+24"/>
        <source>The notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An interest cannot be empty.</source>
        <translation>Minat tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is too long.</source>
        <translation>%1 terlalu panjang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” tampaknya bukan alamat email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” bukan tanggal; tulis sebagai TTTT-BB-HH.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date; write YYYY-MM-DD, or MM-DD without a year.</source>
        <translation>“%1” bukan tanggal; tulis TTTT-BB-HH, atau BB-HH tanpa tahun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a time; write it as “YYYY-MM-DD HH:MM”.</source>
        <translation>“%1” bukan waktu; tulis sebagai “TTTT-BB-HH JJ:MM”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a time of day like 09:00.</source>
        <translation>“%1” bukan jam seperti 09:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a time of day.</source>
        <translation>“%1” bukan jam yang sah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a time zone Kith knows.</source>
        <translation>“%1” bukan zona waktu yang dikenal Kith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date that exists.</source>
        <translation>Tanggal %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too long ago to log.</source>
        <translation>%1 sudah terlalu lama untuk dicatat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The year %1 is out of range.</source>
        <translation>Tahun %1 di luar jangkauan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rhythm of %1 days is outside %2–%3 days.</source>
        <translation>Ritme %1 hari berada di luar %2–%3 hari.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rhythm must be a whole number of days.</source>
        <translation>Ritme harus berupa jumlah hari yang bulat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interest “%1…” is longer than %2 characters.</source>
        <translation>Minat “%1…” lebih panjang dari %2 karakter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meetup needs a title.</source>
        <translation>Pertemuan perlu judul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meetup must end after it starts.</source>
        <translation>Pertemuan harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meetup cannot last more than 14 days.</source>
        <translation>Pertemuan tidak bisa berlangsung lebih dari 14 hari.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meetup is either at a time or all day, not both.</source>
        <translation>Pertemuan diadakan pada jam tertentu atau sepanjang hari, tidak keduanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An all-day meetup lasts whole days.</source>
        <translation>Pertemuan sepanjang hari berlangsung dalam hari penuh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A planned meetup needs a day; without one it stays an idea.</source>
        <translation>Pertemuan yang direncanakan perlu hari; tanpa itu ia tetap berupa ide.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The phone</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>%1 panjangnya %2 karakter; batasnya %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>%1 berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not exist in %2: the clocks skip it.</source>
        <translation>%1 tidak ada di %2: jam melompati waktu itu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A meetup cannot be completed in the future.</source>
        <translation>Pertemuan tidak bisa ditandai selesai sebelum terjadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An alarm can be set from 0 minutes to 4 weeks before.</source>
        <translation>Alarm bisa diatur dari 0 menit sampai 4 minggu sebelumnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meetup is done; it can no longer change.</source>
        <translation>Pertemuan ini sudah selesai; tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meetup is done already.</source>
        <translation>Pertemuan ini sudah selesai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is already done.</source>
        <translation>“%1” sudah selesai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was cancelled; reopen it first.</source>
        <translation>“%1” sudah dibatalkan; buka kembali terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has nobody in it to log.</source>
        <translation>“%1” tidak punya peserta untuk dicatat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no day yet, so it cannot go into a calendar.</source>
        <translation>“%1” belum punya hari, jadi belum bisa masuk ke kalender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interaction needs at least one person.</source>
        <translation>Interaksi perlu setidaknya satu orang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interaction cannot be logged in the future; plan a meetup instead.</source>
        <translation>Interaksi tidak bisa dicatat untuk masa depan; rencanakan pertemuan saja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A follow-up needs some words.</source>
        <translation>Tindak lanjut perlu beberapa kata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A snooze must end today or later.</source>
        <translation>Penundaan harus berakhir hari ini atau sesudahnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no person %1.</source>
        <translation>Tidak ada orang %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no meetup #%1.</source>
        <translation>Pertemuan #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no interaction #%1.</source>
        <translation>Interaksi #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no follow-up #%1.</source>
        <translation>Tindak lanjut #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no date #%1.</source>
        <translation>Tanggal #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no meetups to export</source>
        <translation>Tidak ada pertemuan untuk diekspor.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no file %1.</source>
        <translation>Tidak ada berkas %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2.</source>
        <translation>Tidak bisa membaca %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a vCard file.</source>
        <translation>%1 adalah folder, bukan berkas vCard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the live calendar %1: %2.</source>
        <translation>Tidak bisa menulis kalender langsung %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nobody to export.</source>
        <translation>Tidak ada orang untuk diekspor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 sedang dipakai program lain; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no name (no FN, N or ORG)</source>
        <translation>kartu ini tidak punya nama (tidak ada FN, N, atau ORG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an e-mail address; left out</source>
        <translation>“%1” bukan alamat email; dilewati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday %1 is not a date that exists; left out</source>
        <translation>ulang tahun %1 bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the anniversary %1 is not a date that exists; left out</source>
        <translation>hari jadi %1 bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birthday “%1” is not a date; left out</source>
        <translation>ulang tahun “%1” bukan tanggal; dilewati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anniversary “%1” is not a date; left out</source>
        <translation>hari jadi “%1” bukan tanggal; dilewati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cut off: no END:VCARD before the next card</source>
        <translation>kartu terpotong: tidak ada END:VCARD sebelum kartu berikutnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cut off: the file ends before END:VCARD</source>
        <translation>kartu terpotong: berkas berakhir sebelum END:VCARD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 is not a vCard property: “%2”</source>
        <translation>baris %1 bukan properti vCard: “%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 (%2) is %3 characters long</source>
        <translation>baris %1 (%2) panjangnya %3 karakter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 (%2) is not valid %3 data</source>
        <translation>baris %1 (%2) bukan data %3 yang sah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no system tray</source>
        <translation>tidak ada baki sistem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system tray cannot show messages</source>
        <translation>baki sistem tidak bisa menampilkan pesan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window is closed</source>
        <translation>jendelanya sudah ditutup</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/kith/ui/first_run.py" line="+28"/>
        <source>Welcome to Kith</source>
        <translation>Selamat datang di Kith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kith helps you keep the people who matter close — by seeing them in person.

Add the people in your life, say how often you&apos;d like to see each of them, and Kith will quietly remind you when it has been a while. Calls and messages count as talking; meeting face to face is what resets the rhythm.

Everything stays in one file on this computer. Nothing is ever sent anywhere.</source>
        <translation>Kith membantu Anda tetap dekat dengan orang-orang yang berarti — dengan bertemu mereka secara langsung.

Tambahkan orang-orang dalam hidup Anda, tentukan seberapa sering Anda ingin bertemu masing-masing, dan Kith akan mengingatkan dengan tenang bila sudah cukup lama. Telepon dan pesan terhitung berbincang; hanya pertemuan tatap muka yang memulai ulang ritme.

Semuanya tersimpan dalam satu berkas di komputer ini. Tidak ada yang pernah dikirim ke mana pun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try it with sample data</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a separate window with made-up people; your own data stays untouched.</source>
        <translation>Membuka jendela terpisah berisi orang-orang rekaan; data Anda sendiri tidak tersentuh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import contacts…</source>
        <translation>Impor kontak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring people in from a vCard (.vcf) file from your phone or address book.</source>
        <translation>Masukkan orang dari berkas vCard (.vcf) dari ponsel atau buku alamat Anda.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/follow_up.py" line="+27"/>
        <source>Add a follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something to remember next time you see %1:</source>
        <translation>Sesuatu untuk diingat saat bertemu %1 lagi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask about the new job</source>
        <translation>Tanyakan soal pekerjaan barunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>ImportContactsDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/import_contacts.py" line="+54"/>
        <location line="+84"/>
        <source>Import Contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Choose a vCard (.vcf) file to import.</source>
        <translation>Pilih berkas vCard (.vcf) untuk diimpor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To add</source>
        <translation>Akan ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already there</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inner</source>
        <translation>Terdalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wider</source>
        <translation>Lebih luas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add them to the circle:</source>
        <translation>Tambahkan mereka ke lingkaran:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose File…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Berkas vCard (*.vcf *.vcard);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>same e-mail %1</source>
        <translation>email %1 sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number %1</source>
        <translation>nomor telepon %1 sama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same card UID</source>
        <translation>UID kartu sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card %1 (%2): %3</source>
        <translation>Kartu %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card %1: %2</source>
        <translation>Kartu %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} phone</source>
        <translation>{count} telepon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} phones</source>
        <translation>{count} telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} e-mail</source>
        <translation>{count} email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} e-mails</source>
        <translation>{count} email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday</source>
        <translation>ulang tahun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{card} — already there as {person} ({reason})</source>
        <translation>{card} — sudah ada sebagai {person} ({reason})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>To add (%n)</source>
        <translation>
            <numerusform>Akan ditambahkan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Already there (%n)</source>
        <translation>
            <numerusform>Sudah ada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Dilewati (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n new people will be added from {name}.</source>
        <translation>
            <numerusform>%n orang baru akan ditambahkan dari {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody new to add from {name}.</source>
        <translation>Tidak ada orang baru untuk ditambahkan dari {name}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding people…</source>
        <translation>Menambahkan orang…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added {count} person.</source>
        <translation>{count} orang ditambahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {count} people.</source>
        <translation>{count} orang ditambahkan.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled. Nothing was added.</source>
        <translation>Dibatalkan. Tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import: {error}</source>
        <translation>Tidak bisa mengimpor: {error}</translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/important_date.py" line="+32"/>
        <source>Add a date</source>
        <translation>Tambah tanggal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of date</source>
        <translation>Jenis tanggal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it is</source>
        <translation>Tanggal apa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wedding anniversary, name day…</source>
        <translation>Ulang tahun pernikahan, hari peringatan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year unknown</source>
        <translation>tahun tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What</source>
        <translation>&amp;Apa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hen</source>
        <translation>&amp;Kapan</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/interaction.py" line="+51"/>
        <source>Log an interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit interaction</source>
        <translation>Sunting interaksi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How you met</source>
        <translation>Cara bertemu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you talked about</source>
        <translation>Apa yang dibicarakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you talked about, anything to remember</source>
        <translation>Apa yang dibicarakan, hal yang perlu diingat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who</source>
        <translation>&amp;Siapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;n</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;re</source>
        <translation>&amp;Di mana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is nobody called “%1”.</source>
        <translation>Tidak ada orang bernama “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose who was there.</source>
        <translation>Pilih siapa yang ada di sana.</translation>
    </message>
</context>
<context>
    <name>KithTray</name>
    <message>
        <location filename="../../desktop/kith/ui/tray.py" line="-171"/>
        <source>Open Kith</source>
        <translation>Buka Kith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is due</source>
        <translation>Siapa yang sudah waktunya ditemui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log that you saw someone…</source>
        <translation>Catat bahwa Anda bertemu seseorang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders for today</source>
        <translation>Jeda pengingat untuk hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Kith</source>
        <translation>Keluar dari Kith</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No one to see right now</source>
        <translation>Tidak ada yang perlu ditemui saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person to see</source>
        <translation>1 orang untuk ditemui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people to see</source>
        <translation>
            <numerusform>%n orang untuk ditemui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n more in Kith…</source>
        <translation>
            <numerusform>%n lagi di Kith…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one is due</source>
        <translation>Belum ada yang waktunya ditemui</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You saw %1 today.</source>
        <translation>Anda bertemu %1 hari ini.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/kith/smoke.py" line="+141"/>
        <location filename="../../desktop/kith/ui/i18n.py" line="+59"/>
        <source>Same as the system</source>
        <translation>Ikuti bahasa sistem</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/kith/ui/map/legend.py" line="+17"/>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>LiveCalendarSettings</name>
    <message>
        <location filename="../../desktop/kith/ui/calendar_export.py" line="+18"/>
        <source>&lt;b&gt;Live calendar file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkas kalender langsung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kith can keep one calendar file of all your upcoming meetups up to date in a folder you choose, such as a synced folder. Calendar apps can subscribe to it.</source>
        <translation>Kith dapat menjaga satu berkas kalender berisi semua pertemuan mendatang tetap mutakhir di folder pilihan Anda, misalnya folder yang disinkronkan. Aplikasi kalender dapat berlangganan berkas itu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Choose Folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Turn Off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Off: no live calendar file is kept.</source>
        <translation>Mati: tidak ada berkas kalender langsung yang dijaga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On: kept up to date at {path}</source>
        <translation>Aktif: dijaga tetap mutakhir di {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Folder…</source>
        <translation>Ganti folder…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the Live Calendar File</source>
        <translation>Folder untuk berkas kalender langsung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/kith/ui/main_window.py" line="+65"/>
        <location line="+373"/>
        <source>Kith — sample data</source>
        <translation>Kith — data contoh</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+373"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Places</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+238"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+238"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+249"/>
        <source>Person</source>
        <translation>Rincian orang</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+237"/>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+237"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your interests and the rhythm of each circle</source>
        <translation>Minat Anda dan ritme setiap lingkaran</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; These people are made up, and this window&apos;s changes are thrown away when you close it. Your own Kith is untouched.</source>
        <translation>&lt;b&gt;Data contoh.&lt;/b&gt; Orang-orang ini rekaan, dan perubahan di jendela ini dibuang saat jendela ditutup. Kith milik Anda sendiri tidak tersentuh.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Someone…</source>
        <translation>&amp;Tambah orang…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Catat interaksi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan a Meetup…</source>
        <translation>&amp;Rencanakan pertemuan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Impor kontak…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;Contacts…</source>
        <translation>E&amp;kspor kontak…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find People</source>
        <translation>Ca&amp;ri orang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Me…</source>
        <translation>&amp;Saya…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;erson</source>
        <translation>R&amp;incian orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lans</source>
        <translation>R&amp;encana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;About Kith</source>
        <translation>&amp;Tentang Kith</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Undone.</source>
        <translation>Diurungkan.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>About Kith</source>
        <translation>Tentang Kith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kith %1&lt;/b&gt;&lt;p&gt;Tend the relationships that matter, offline.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kith %1&lt;/b&gt;&lt;p&gt;Rawat hubungan yang berarti, tanpa internet.&lt;/p&gt;&lt;p&gt;Data Anda tersimpan dalam satu berkas di komputer ini.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/me.py" line="+29"/>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your interests are what you share with people: Kith highlights them and suggests meeting friends who like the same things.</source>
        <translation>Minat Anda adalah hal yang bisa Anda bagi dengan orang lain: Kith menyorotnya dan menyarankan bertemu teman yang menyukai hal yang sama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My interests, separated by commas</source>
        <translation>Minat saya, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>climbing, board games, jazz</source>
        <translation>panjat tebing, permainan papan, jazz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often to see each circle in person</source>
        <translation>Seberapa sering bertemu langsung dengan tiap lingkaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rhythm of %1</source>
        <translation>Ritme %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My &amp;interests</source>
        <translation>&amp;Minat saya</translation>
    </message>
</context>
<context>
    <name>MeetupDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/meetup.py" line="+103"/>
        <source>Edit meetup</source>
        <translation>Sunting pertemuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a meetup</source>
        <translation>Rencanakan pertemuan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coffee, a walk, dinner at yours…</source>
        <translation>Ngopi, jalan-jalan, makan malam di rumahmu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ideas from shared interests</source>
        <translation>Ide dari minat bersama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ideas from the interests you share: click one to use it as the title</source>
        <translation>Ide dari minat yang sama-sama Anda sukai: klik salah satu untuk menjadikannya judul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a day</source>
        <translation>Pada hari tertentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day yet (keep it as an idea)</source>
        <translation>Belum ada hari (simpan sebagai ide)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are in %1.</source>
        <translation>Waktu dalam zona %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you will meet</source>
        <translation>Tempat kalian akan bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything to remember or bring</source>
        <translation>Hal yang perlu diingat atau dibawa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;With:</source>
        <translation>&amp;Dengan:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ideas:</source>
        <translation>Ide:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When:</source>
        <translation>Kapan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Pengingat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Meetup (done)</source>
        <translation>Pertemuan (selesai)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Open-ended</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reminder</source>
        <translation>Tanpa pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it starts</source>
        <translation>Saat dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes before</source>
        <translation>15 menit sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>1 jam sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>1 hari sebelumnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days before</source>
        <translation>%1 hari sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 before</source>
        <translation>%1 sebelumnya</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You and %1 like %2</source>
        <translation>Anda dan %1 suka %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the idea “%1” as the title</source>
        <translation>Jadikan ide “%1” sebagai judul</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of your interests are shared by the people chosen so far.</source>
        <translation>Belum ada minat Anda yang sama dengan orang-orang yang dipilih.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add your own interests on your profile to get ideas here.</source>
        <translation>Tambahkan minat Anda sendiri di profil untuk mendapatkan ide di sini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add people to see ideas from the interests you share.</source>
        <translation>Tambahkan orang untuk melihat ide dari minat yang sama.</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/meetup_people.py" line="+71"/>
        <source>inner circle</source>
        <translation>lingkaran terdalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close</source>
        <translation>dekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>teman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wider circle</source>
        <translation>lingkaran lebih luas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/kith/ui/people/page.py" line="+72"/>
        <source>Search names, nicknames and interests</source>
        <translation>Cari nama, nama panggilan, dan minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circle filter</source>
        <translation>Saring lingkaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All circles</source>
        <translation>Semua lingkaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tending filter</source>
        <translation>Saring keadaan hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tending</source>
        <translation>Semua keadaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worth seeing soon</source>
        <translation>Layak ditemui segera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show archived</source>
        <translation>Tampilkan yang diarsipkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+232"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+31"/>
        <location line="+201"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>How many people are shown</source>
        <translation>Jumlah orang yang ditampilkan</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+190"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 shown</source>
        <translation>%1 dari %2 ditampilkan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/meetup_people.py" line="+34"/>
        <source>Type a name to add someone…</source>
        <translation>Ketik nama untuk menambahkan seseorang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/kith/ui/dialogs/people_picker.py" line="+48"/>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Several people are called “%1”; pick one from the list.</source>
        <translation>Ada beberapa orang bernama “%1”; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one called “%1” is in Kith.</source>
        <translation>Tidak ada orang bernama “%1” di Kith.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove %1 from this meetup</source>
        <translation>Keluarkan %1 dari pertemuan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Keluarkan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/people_picker.py" line="-1"/>
        <source>Type a name and press Enter</source>
        <translation>Ketik nama lalu tekan Enter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People in this interaction</source>
        <translation>Orang dalam interaksi ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person</source>
        <translation>Keluarkan orang yang dipilih</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../desktop/kith/ui/people/model.py" line="+283"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tending</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen in person</source>
        <translation>Terakhir bertemu langsung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last talked</source>
        <translation>Terakhir berbincang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You share: %1</source>
        <translation>Minat bersama: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — archived</source>
        <translation>%1 — diarsipkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../desktop/kith/ui/person_actions.py" line="+57"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Logged: in person with %1 today.</source>
        <translation>Tercatat: bertemu langsung dengan %1 hari ini.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete interaction</source>
        <translation>Hapus interaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry of %1?</source>
        <translation>Hapus catatan tanggal %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+118"/>
        <location line="+11"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Removed %1 of %2.</source>
        <translation>%1 milik %2 dihapus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is snoozed until %2.</source>
        <translation>%1 ditunda sampai %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze until this day</source>
        <translation>Tunda sampai tanggal ini</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep them off the due list until:</source>
        <translation>Jangan tampilkan di daftar yang perlu ditemui sampai:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Archived %n person(s).</source>
        <translation>
            <numerusform>%n orang diarsipkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete %1 for good?</source>
        <translation>Hapus %1 untuk selamanya?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n people for good?</source>
        <translation>
            <numerusform>Hapus %n orang untuk selamanya?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their follow-ups, dates and the interactions only they were part of go too. Archiving keeps everything and hides them instead.</source>
        <translation>Tindak lanjut, tanggal, dan interaksi yang hanya melibatkan mereka juga ikut terhapus. Mengarsipkan menyimpan semuanya dan hanya menyembunyikan mereka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive instead</source>
        <translation>Arsipkan saja</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/dialogs/person.py" line="+40"/>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Sunting orang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The circle&apos;s rhythm</source>
        <translation>Ikuti ritme lingkaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rhythm in days</source>
        <translation>Ritme dalam hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often you&apos;d like to see them in person.</source>
        <translation>Seberapa sering Anda ingin bertemu langsung dengannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>climbing, board games, jazz</source>
        <translation>panjat tebing, permainan papan, jazz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests, separated by commas</source>
        <translation>Minat, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone I can lean on</source>
        <translation>Seseorang yang bisa saya andalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday known</source>
        <translation>Ulang tahun diketahui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday: day</source>
        <translation>Ulang tahun: hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday: month</source>
        <translation>Ulang tahun: bulan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year unknown</source>
        <translation>tahun tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday: year</source>
        <translation>Ulang tahun: tahun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What matters to them, what&apos;s going on lately…</source>
        <translation>Apa yang penting baginya, apa yang sedang terjadi akhir-akhir ini…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nic&amp;kname</source>
        <translation>Nama pan&amp;ggilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circle</source>
        <translation>&amp;Lingkaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interests</source>
        <translation>&amp;Minat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Birthday</source>
        <translation>&amp;Ulang tahun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desktop/kith/ui/person_page.py" line="+61"/>
        <source>Choose someone in People (Ctrl+2) to see their page here.</source>
        <translation>Pilih seseorang di Orang (Ctrl+2) untuk melihat halamannya di sini.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tending</source>
        <translation>Merawat hubungan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add follow-up…</source>
        <translation>Tambah tindak lanjut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+382"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open follow-ups; tick one when done</source>
        <translation>Tindak lanjut yang masih terbuka; centang bila sudah</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Important dates</source>
        <translation>Tanggal penting</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Add date…</source>
        <translation>Tambah tanggal…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Timeline of interactions</source>
        <translation>Linimasa interaksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to reach them</source>
        <translation>Cara menghubunginya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 (their own rhythm)</source>
        <translation>%1 (ritme khusus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone you can lean on</source>
        <translation>seseorang yang bisa Anda andalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last talked %1</source>
        <translation>terakhir berbincang %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>snoozed until %1</source>
        <translation>ditunda sampai %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No notes yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No interests noted yet.</source>
        <translation>Belum ada minat yang dicatat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Highlighted: interests you share.</source>
        <translation>Yang disorot: minat yang sama dengan Anda.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to remember. “Add follow-up” notes one.</source>
        <translation>Tidak ada yang perlu diingat. “Tambah tindak lanjut” untuk mencatatnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an idea, no date yet</source>
        <translation>masih ide, belum ada tanggal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>turns %1</source>
        <translation>genap %1 tahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click to remove</source>
        <translation>Klik kanan untuk menghapus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No dates noted yet.</source>
        <translation>Belum ada tanggal yang dicatat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove this date</source>
        <translation>Hapus tanggal ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing noted yet.</source>
        <translation>Belum ada yang dicatat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet. When you meet, “Log interaction” keeps it here.</source>
        <translation>Belum ada yang dicatat. Saat kalian bertemu, “Catat interaksi” menyimpannya di sini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest %1 of %2.</source>
        <translation>%1 terbaru dari %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>with %1</source>
        <translation>dengan %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/person_picker.py" line="+31"/>
        <source>Log that you saw someone</source>
        <translation>Catat bahwa Anda bertemu seseorang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a name</source>
        <translation>Ketik nama</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in person today</source>
        <translation>Catat bertemu langsung hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you see in person today?</source>
        <translation>Siapa yang Anda temui langsung hari ini?</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../desktop/kith/ui/plans/model.py" line="+104"/>
        <source>Ideas without a day</source>
        <translation>Ide tanpa hari</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This week</source>
        <translation>Pekan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Pekan depan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week</source>
        <translation>Pekan lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of %1</source>
        <translation>Pekan mulai %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Meetup</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No day yet</source>
        <translation>Belum ada hari</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – %2 · all day</source>
        <translation>%1 – %2 · sepanjang hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · all day</source>
        <translation>%1 · sepanjang hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not marked done yet</source>
        <translation>Belum ditandai selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1</source>
        <translation>Dengan %1</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/kith/ui/plans/page.py" line="+88"/>
        <source>New meetup…</source>
        <translation>Pertemuan baru…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a meetup in person</source>
        <translation>Rencanakan pertemuan langsung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+273"/>
        <location line="+5"/>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Log it as met in person with everyone in it</source>
        <translation>Catat sebagai bertemu langsung dengan semua pesertanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <location line="+3"/>
        <source>Cancel meetup</source>
        <translation>Batalkan pertemuan</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+328"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Export to calendar…</source>
        <translation>Ekspor ke kalender…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this meetup as an .ics file that any calendar can open</source>
        <translation>Simpan pertemuan ini sebagai berkas .ics yang bisa dibuka kalender apa pun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export upcoming…</source>
        <translation>Ekspor yang akan datang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every upcoming meetup as one .ics file for your calendar</source>
        <translation>Simpan semua pertemuan mendatang dalam satu berkas .ics untuk kalender Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show past and cancelled</source>
        <translation>Tampilkan yang lalu dan dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list meetups that are done or cancelled</source>
        <translation>Tampilkan juga pertemuan yang sudah selesai atau dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetups by week</source>
        <translation>Pertemuan per pekan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not marked done yet</source>
        <translation>Belum ditandai selesai</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plans yet.
Plan a meetup with someone you would like to see in person,
or keep an idea here until you find a day.</source>
        <translation>Belum ada rencana.
Rencanakan pertemuan dengan seseorang yang ingin Anda temui langsung,
atau simpan ide di sini sampai menemukan harinya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Mark “%1” done?</source>
        <translation>Tandai “%1” selesai?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This logs that you met %1 in person on %2.</source>
        <translation>Ini mencatat bahwa Anda bertemu langsung dengan %1 pada %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is done: logged as met in person with %2.</source>
        <translation>“%1” selesai: tercatat bertemu langsung dengan %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel “%1”?</source>
        <translation>Batalkan “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It stays in your plans as cancelled; you can reopen it later.</source>
        <translation>Pertemuan tetap ada di rencana Anda sebagai dibatalkan; Anda bisa membukanya kembali nanti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is cancelled.</source>
        <translation>“%1” dibatalkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is back in your plans.</source>
        <translation>“%1” kembali ada di rencana Anda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete meetup</source>
        <translation>Hapus pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” for good?</source>
        <translation>Hapus “%1” untuk selamanya?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions already logged from it stay. To keep it listed, cancel it instead.</source>
        <translation>Interaksi yang sudah tercatat darinya tetap ada. Agar tetap terdaftar, batalkan saja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is deleted.</source>
        <translation>“%1” dihapus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not possible</source>
        <translation>Tidak bisa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/kith/ui/qt_words.py" line="+35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <location filename="../../desktop/kith/ui/map/view.py" line="+67"/>
        <source>Relationship map</source>
        <translation>Peta hubungan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Highlight who shares:</source>
        <translation>&amp;Sorot yang berminat pada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight who shares an interest</source>
        <translation>Sorot orang yang punya minat yang sama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show everyone</source>
        <translation>Tampilkan semua orang</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Inner circle</source>
        <translation>Lingkaran terdalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wider circle</source>
        <translation>Lingkaran lebih luas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 people on four rings around you</source>
        <translation>%1 orang di empat cincin di sekitar Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to move · Ctrl+wheel to zoom · click someone to open them</source>
        <translation>Seret untuk menggeser · Ctrl+roda untuk memperbesar · klik seseorang untuk membukanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody here yet: people you add appear on the ring of their circle.</source>
        <translation>Belum ada siapa pun: orang yang Anda tambahkan muncul di cincin lingkarannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not met in person yet</source>
        <translation>Belum bertemu langsung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last seen in person %1</source>
        <translation>Terakhir bertemu langsung %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 person shares it</source>
        <translation>1 orang berminat sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 people share it</source>
        <translation>%1 orang berminat sama</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../desktop/kith/ui/reminder_banner.py" line="+36"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this reminder</source>
        <translation>Sembunyikan pengingat ini</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/kith/ui/reminder_wording.py" line="+26"/>
        <source>1 person to see in person</source>
        <translation>1 orang untuk ditemui langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n people to see in person</source>
        <translation>%n orang untuk ditemui langsung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to see %1.</source>
        <translation>Sudah waktunya bertemu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 and %n more</source>
        <translation>%1 dan %n lainnya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming up this week</source>
        <translation>Akan datang pekan ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <location line="+6"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Coming up: %1; and %n more.</source>
        <translation>Akan datang: %1; dan %n lainnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coming up: %1.</source>
        <translation>Akan datang: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s birthday</source>
        <translation>Ulang tahun %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s anniversary</source>
        <translation>Hari jadi %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a yearly date</source>
        <translation>tanggal tahunan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (turns %n)</source>
        <translation> (genap %n tahun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%n years)</source>
        <translation> (%n tahun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n important dates</source>
        <translation>%n tanggal penting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>And %n more.</source>
        <translation>Dan %n lainnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today with %1 at %2.</source>
        <translation>Hari ini dengan %1 di %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today with %1.</source>
        <translation>Hari ini dengan %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today at %1.</source>
        <translation>Hari ini di %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today.</source>
        <translation>Hari ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1 with %2 at %3.</source>
        <translation>Pukul %1 dengan %2 di %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1 with %2.</source>
        <translation>Pukul %1 dengan %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1 at %2.</source>
        <translation>Pukul %1 di %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1.</source>
        <translation>Pukul %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember: %1.</source>
        <translation>Ingat: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While Kith was closed: %1.</source>
        <translation>Selama Kith ditutup: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you were away</source>
        <translation>Selama Anda pergi</translation>
    </message>
    <message>
        <location filename="../../desktop/kith/ui/reminders_wiring.py" line="+107"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/kith/ui/settings_dialog.py" line="+56"/>
        <source>Kith Settings</source>
        <translation>Pengaturan Kith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start Kith when I log in</source>
        <translation>Jalankan Kith saat saya masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without the window</source>
        <translation>Mulai di baki sistem, tanpa jendela</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Send a test reminder</source>
        <translation>Kirim pengingat uji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily reminder at</source>
        <translation>Pengingat harian pukul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours from</source>
        <translation>Jam tenang dari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One reminder a day names who to see. Nothing comes in quiet hours except the alarm of a meetup you planned.</source>
        <translation>Satu pengingat sehari menyebutkan siapa yang perlu ditemui. Tidak ada yang datang di jam tenang kecuali alarm pertemuan yang Anda rencanakan.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not change starting at login: %1</source>
        <translation>Tidak bisa mengubah pengaturan mulai saat masuk: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kith speaks the new language from its next start.</source>
        <translation>Kith memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kith is working</source>
        <translation>Kith berjalan dengan baik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This is how a reminder from Kith looks.</source>
        <translation>Beginilah tampilan pengingat dari Kith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reminder could be shown: %1</source>
        <translation>Pengingat tidak bisa ditampilkan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a desktop notification</source>
        <translation>notifikasi desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message from the tray icon</source>
        <translation>pesan dari ikon baki sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the banner in the Kith window</source>
        <translation>spanduk di jendela Kith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as %1.</source>
        <translation>Dikirim sebagai %1.</translation>
    </message>
</context>
<context>
    <name>TendingState</name>
    <message>
        <location filename="../../desktop/kith/ui/map/tending_colours.py" line="+38"/>
        <source>In rhythm</source>
        <translation>Sesuai ritme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soon</source>
        <translation>Sebentar lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Sudah waktunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Lewat waktunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetup planned</source>
        <translation>Pertemuan direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met in person yet</source>
        <translation>Belum bertemu langsung</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/kith/ui/today/page.py" line="+95"/>
        <location line="+135"/>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Worth seeing in person</source>
        <translation>Layak ditemui langsung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Together</source>
        <translation>Bersama-sama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coming up</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Important dates</source>
        <translation>Tanggal penting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you meet</source>
        <translation>Sebelum bertemu</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Gathering today…</source>
        <translation>Menyiapkan hari ini…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today could not be read: %1</source>
        <translation>Hari ini tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>and %1 more…</source>
        <translation>dan %1 lainnya…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is waiting to be seen. Enjoy the quiet.</source>
        <translation>Tidak ada yang sedang menunggu ditemui. Nikmati ketenangannya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan together…</source>
        <translation>Rencanakan bersama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a meetup around %1</source>
        <translation>Rencanakan pertemuan seputar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 both like %2 and would be good to see.</source>
        <translation>%1 sama-sama suka %2 dan layak ditemui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 all like %2 and would be good to see.</source>
        <translation>%1 semuanya suka %2 dan layak ditemui.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…and %1 more in Plans</source>
        <translation>…dan %1 lainnya di Rencana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meetups planned for the next two weeks.</source>
        <translation>Belum ada pertemuan yang direncanakan untuk dua minggu ke depan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>turns %1</source>
        <translation>genap %1 tahun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No birthdays or anniversaries in the next three weeks.</source>
        <translation>Tidak ada ulang tahun atau hari jadi dalam tiga minggu ke depan.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/kith/ui/app.py" line="+141"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Terjadi sesuatu yang tidak terduga: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data is safe: every change is saved whole or not at all. The details were written to the terminal, for a bug report.</source>
        <translation>Data Anda aman: setiap perubahan disimpan utuh atau tidak sama sekali. Rinciannya ditulis ke terminal, untuk laporan bug.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Kith cannot open its data.</source>
        <translation>Kith tidak bisa membuka datanya.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../desktop/kith/ui/formatting.py" line="+63"/>
        <source>%n day(s)</source>
        <translation>%n hari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n week(s)</source>
        <translation>%n minggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n month(s)</source>
        <translation>%n bulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>%n tahun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ago</source>
        <translation>%1 yang lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>%1 lagi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not met in person yet</source>
        <translation>belum pernah bertemu langsung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen in person %1</source>
        <translation>terakhir bertemu langsung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meeting %1</source>
        <translation>bertemu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due since %1</source>
        <translation>sudah waktunya sejak %1 lalu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due today</source>
        <translation>sudah waktunya hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>waktunya %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Lewat waktunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Sudah waktunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met yet</source>
        <translation>Belum bertemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soon</source>
        <translation>Sebentar lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inner circle</source>
        <translation>Lingkaran terdalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wider circle</source>
        <translation>Lingkaran lebih luas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In person</source>
        <translation>Bertemu langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Hari jadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every week</source>
        <translation>setiap minggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every %n week(s)</source>
        <translation>setiap %n minggu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every %n day(s)</source>
        <translation>setiap %n hari</translation>
    </message>
</context>
</TS>
