<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActivityIdeas</name>
    <message>
        <source>Climbing session</source>
        <translation>Sesi panjat tebing</translation>
    </message>
    <message>
        <source>Bouldering session</source>
        <translation>Sesi bouldering</translation>
    </message>
    <message>
        <source>Board game night</source>
        <translation>Malam permainan papan</translation>
    </message>
    <message>
        <source>Cook dinner together</source>
        <translation>Masak makan malam bersama</translation>
    </message>
    <message>
        <source>Hike together</source>
        <translation>Mendaki bersama</translation>
    </message>
    <message>
        <source>Jazz evening</source>
        <translation>Malam musik jazz</translation>
    </message>
    <message>
        <source>Run together</source>
        <translation>Lari bersama</translation>
    </message>
    <message>
        <source>Bike ride</source>
        <translation>Bersepeda bersama</translation>
    </message>
    <message>
        <source>Photo walk</source>
        <translation>Jalan-jalan memotret</translation>
    </message>
    <message>
        <source>Afternoon in the garden</source>
        <translation>Sore di kebun</translation>
    </message>
    <message>
        <source>Chess afternoon</source>
        <translation>Sore bermain catur</translation>
    </message>
    <message>
        <source>Yoga class together</source>
        <translation>Kelas yoga bersama</translation>
    </message>
    <message>
        <source>Swim together</source>
        <translation>Berenang bersama</translation>
    </message>
    <message>
        <source>Pottery class</source>
        <translation>Kelas membuat tembikar</translation>
    </message>
    <message>
        <source>Book swap over coffee</source>
        <translation>Tukar buku sambil ngopi</translation>
    </message>
    <message>
        <source>Film night</source>
        <translation>Malam nonton film</translation>
    </message>
    <message>
        <source>Baking afternoon</source>
        <translation>Sore membuat kue</translation>
    </message>
    <message>
        <source>Birdwatching morning</source>
        <translation>Pagi mengamati burung</translation>
    </message>
    <message>
        <source>Watch a football match</source>
        <translation>Nonton pertandingan sepak bola</translation>
    </message>
    <message>
        <source>Badminton game</source>
        <translation>Main bulu tangkis</translation>
    </message>
    <message>
        <source>Karaoke night</source>
        <translation>Malam karaoke</translation>
    </message>
    <message>
        <source>Camping weekend</source>
        <translation>Akhir pekan berkemah</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Ngopi bersama</translation>
    </message>
    <message>
        <source>Tea and a chat</source>
        <translation>Minum teh sambil mengobrol</translation>
    </message>
    <message>
        <source>Knitting circle</source>
        <translation>Kumpul merajut</translation>
    </message>
    <message>
        <source>Painting afternoon</source>
        <translation>Sore melukis</translation>
    </message>
    <message>
        <source>Poetry reading</source>
        <translation>Pembacaan puisi</translation>
    </message>
    <message>
        <source>Volunteer together</source>
        <translation>Menjadi relawan bersama</translation>
    </message>
    <message>
        <source>Sailing trip</source>
        <translation>Berlayar bersama</translation>
    </message>
    <message>
        <source>Surf morning</source>
        <translation>Pagi berselancar</translation>
    </message>
    <message>
        <source>Go dancing</source>
        <translation>Pergi berdansa</translation>
    </message>
    <message>
        <source>Language exchange</source>
        <translation>Bertukar bahasa</translation>
    </message>
    <message>
        <source>Museum visit</source>
        <translation>Mengunjungi museum</translation>
    </message>
    <message>
        <source>Stargazing night</source>
        <translation>Malam melihat bintang</translation>
    </message>
    <message>
        <source>Workshop afternoon</source>
        <translation>Sore di bengkel kayu</translation>
    </message>
    <message>
        <source>Evening at the theatre</source>
        <translation>Malam di teater</translation>
    </message>
    <message>
        <source>Festival day</source>
        <translation>Sehari di festival</translation>
    </message>
    <message>
        <source>Meditation session</source>
        <translation>Sesi meditasi</translation>
    </message>
    <message>
        <source>Tennis match</source>
        <translation>Main tenis</translation>
    </message>
    <message>
        <source>Fishing trip</source>
        <translation>Pergi memancing</translation>
    </message>
    <message>
        <source>Crossword and coffee</source>
        <translation>Teka-teki silang sambil ngopi</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Nonton konser</translation>
    </message>
    <message>
        <source>Long walk</source>
        <translation>Jalan kaki santai</translation>
    </message>
    <message>
        <source>Something with %1</source>
        <translation>Sesuatu yang berkaitan dengan %1</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Export Everything</source>
        <translation>Ekspor semua</translation>
    </message>
    <message>
        <source>JSON archives (*.json)</source>
        <translation>Arsip JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Berkas iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Meetup</source>
        <translation>Ekspor pertemuan</translation>
    </message>
    <message>
        <source>Export Upcoming Meetups</source>
        <translation>Ekspor pertemuan mendatang</translation>
    </message>
    <message>
        <source>Export Meetups</source>
        <translation>Ekspor pertemuan</translation>
    </message>
    <message>
        <source>Export Meetups with %1</source>
        <translation>Ekspor pertemuan dengan %1</translation>
    </message>
    <message>
        <source>Export Upcoming Meetups…</source>
        <translation>Ekspor pertemuan mendatang…</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>What to do with this possible duplicate</source>
        <translation>Apa yang dilakukan dengan kemungkinan duplikat ini</translation>
    </message>
</context>
<context>
    <name>CircleDelegate</name>
    <message>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
</context>
<context>
    <name>CircleMenu</name>
    <message>
        <source>Move to &amp;Circle</source>
        <translation>&amp;Pindahkan ke lingkaran</translation>
    </message>
</context>
<context>
    <name>ClosingChoiceDialog</name>
    <message>
        <source>Closing Kith</source>
        <translation>Menutup Kith</translation>
    </message>
    <message>
        <source>Kith can remind you only while it runs. This desktop has no tray to keep it in, so choose what closing the window does. You can change this later in Settings.</source>
        <translation>Kith hanya bisa mengingatkan Anda selama berjalan. Desktop ini tidak punya baki sistem untuk menyimpannya, jadi pilih apa yang terjadi saat jendela ditutup. Anda bisa mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Keep reminding in the background</source>
        <translation>Tetap mengingatkan di latar belakang</translation>
    </message>
    <message>
        <source>Kith runs on without a window. Start Kith again, or choose Open on a reminder, to bring the window back.</source>
        <translation>Kith tetap berjalan tanpa jendela. Jalankan Kith lagi, atau pilih Buka pada pengingat, untuk memunculkan jendelanya kembali.</translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation>Jalankan Kith saat saya masuk</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Tutup jendela</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed.</source>
        <translation>Pengingat tetap datang selama jendela tertutup.</translation>
    </message>
    <message>
        <source>Quit Kith</source>
        <translation>Keluar dari Kith</translation>
    </message>
    <message>
        <source>Kith quits now; reminders start again when you next log in.</source>
        <translation>Kith keluar sekarang; pengingat mulai lagi saat Anda masuk berikutnya.</translation>
    </message>
    <message>
        <source>Kith quits now; reminders stop until you start it again.</source>
        <translation>Kith keluar sekarang; pengingat berhenti sampai Anda menjalankannya lagi.</translation>
    </message>
</context>
<context>
    <name>ConflictsSection</name>
    <message>
        <source>Use this instead</source>
        <translation>Pakai yang ini saja</translation>
    </message>
    <message>
        <source>Use “%1” for %2 instead of “%3”</source>
        <translation>Pakai “%1” untuk %2, bukan “%3”</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <source>no label</source>
        <translation>tanpa label</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>seluler</translation>
    </message>
    <message>
        <source>home</source>
        <translation>rumah</translation>
    </message>
    <message>
        <source>work</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Label telepon</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Label email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Hapus telepon ini</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Hapus email ini</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Tambah telepon</translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation>Tambah email</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export Contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Berkas vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>DatabaseName</name>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <source>Kith — %1</source>
        <translation>Kith — %1</translation>
    </message>
</context>
<context>
    <name>DeliveryNote</name>
    <message>
        <source>Reminders appear only here in the window: no notification service answered.</source>
        <translation>Pengingat hanya muncul di sini, di jendela: tidak ada layanan notifikasi yang menjawab.</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>you both like %1</source>
        <translation>sama-sama suka %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo for %1</source>
        <translation>Urungkan untuk %1</translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation>Bertemu %1 hari ini</translation>
    </message>
    <message>
        <source>Log an in-person meeting today</source>
        <translation>Catat pertemuan langsung hari ini</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Rencanakan…</translation>
    </message>
    <message>
        <source>Plan a meetup with %1</source>
        <translation>Rencanakan pertemuan dengan %1</translation>
    </message>
    <message>
        <source>Plan a meetup</source>
        <translation>Rencanakan pertemuan</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Tunda %1</translation>
    </message>
    <message>
        <source>For a day</source>
        <translation>Selama sehari</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Selama seminggu</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Sampai tanggal…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“%1” should look like close=21.</source>
        <translation>“%1” seharusnya berbentuk seperti close=21.</translation>
    </message>
    <message>
        <source>A dry run needs --from and --to, like --from &apos;2026-11-22 00:00&apos; --to &apos;2026-11-29 00:00&apos;.</source>
        <translation>Uji coba perlu --from dan --to, misalnya --from &apos;2026-11-22 00:00&apos; --to &apos;2026-11-29 00:00&apos;.</translation>
    </message>
    <message>
        <source>Name is %1 characters long; the limit is %2.</source>
        <translation>Nama panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>Name contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Nama berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>Nickname is %1 characters long; the limit is %2.</source>
        <translation>Nama panggilan panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>Nickname contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Nama panggilan berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The organisation is %1 characters long; the limit is %2.</source>
        <translation>Organisasi panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The organisation contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Organisasi berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; the limit is %2.</source>
        <translation>Judul panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The title contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Judul berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The interest “%1…” is longer than %2 characters.</source>
        <translation>Minat “%1…” lebih panjang dari %2 karakter.</translation>
    </message>
    <message>
        <source>The interest contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Minat berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; the limit is %2.</source>
        <translation>Catatan panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The notes contain bytes that are not valid text (not UTF-8); retype them.</source>
        <translation>Catatan berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The note is %1 characters long; the limit is %2.</source>
        <translation>Catatan panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The note contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Catatan berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The place is %1 characters long; the limit is %2.</source>
        <translation>Tempat panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The place contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Tempat berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The address is %1 characters long; the limit is %2.</source>
        <translation>Alamat panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The address contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Alamat berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The label is %1 characters long; the limit is %2.</source>
        <translation>Label panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The label contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Label berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>The follow-up is %1 characters long; the limit is %2.</source>
        <translation>Tindak lanjut panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The follow-up contains bytes that are not valid text (not UTF-8); retype it.</source>
        <translation>Tindak lanjut berisi bita yang bukan teks yang sah (bukan UTF-8); silakan ketik ulang.</translation>
    </message>
    <message>
        <source>Name cannot be empty.</source>
        <translation>Nama tidak boleh kosong.</translation>
    </message>
    <message>
        <source>A meetup needs a title.</source>
        <translation>Pertemuan perlu judul.</translation>
    </message>
    <message>
        <source>An interest cannot be empty.</source>
        <translation>Minat tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The rhythm must be a whole number of days.</source>
        <translation>Ritme harus berupa jumlah hari yang bulat.</translation>
    </message>
    <message>
        <source>A rhythm of %1 days is outside %2–%3 days.</source>
        <translation>Ritme %1 hari berada di luar %2–%3 hari.</translation>
    </message>
    <message>
        <source>Unknown circle “%1”; use one of %2.</source>
        <translation>Lingkaran “%1” tidak dikenal; gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>Unknown mode “%1”; use one of %2.</source>
        <translation>Cara “%1” tidak dikenal; gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” bukan tanggal; tulis sebagai TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as “YYYY-MM-DD HH:MM”.</source>
        <translation>“%1” bukan waktu; tulis sebagai “TTTT-BB-HH JJ:MM”.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>“%1” bukan jam yang sah.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Tidak ada bulan %1.</translation>
    </message>
    <message>
        <source>The year %1 is out of range.</source>
        <translation>Tahun %1 di luar jangkauan.</translation>
    </message>
    <message>
        <source>%1 is not a date that exists.</source>
        <translation>Tanggal %1 tidak ada.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, or MM-DD without a year.</source>
        <translation>“%1” bukan tanggal; tulis TTTT-BB-HH, atau BB-HH tanpa tahun.</translation>
    </message>
    <message>
        <source>The meetup must end after it starts.</source>
        <translation>Pertemuan harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>A meetup cannot last more than 14 days.</source>
        <translation>Pertemuan tidak bisa berlangsung lebih dari 14 hari.</translation>
    </message>
    <message>
        <source>An alarm can be set from 0 minutes to 4 weeks before.</source>
        <translation>Alarm bisa diatur dari 0 menit sampai 4 minggu sebelumnya.</translation>
    </message>
    <message>
        <source>The archive is not valid at %1: %2</source>
        <translation>Arsip tidak sah di %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>seharusnya sebuah objek</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>seharusnya bilangan bulat</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>seharusnya %1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 di luar jangkauan</translation>
    </message>
    <message>
        <source>it holds half a character (a lone surrogate)</source>
        <translation>isinya setengah karakter (surrogate tunggal)</translation>
    </message>
    <message>
        <source>“%1” is not a value Kith knows here</source>
        <translation>“%1” bukan nilai yang dikenal Kith di sini</translation>
    </message>
    <message>
        <source>“%1” is not a moment like 2026-11-22T18:30:00+00:00</source>
        <translation>“%1” bukan waktu seperti 2026-11-22T18:30:00+00:00</translation>
    </message>
    <message>
        <source>a moment needs its UTC offset</source>
        <translation>waktu perlu selisih UTC-nya</translation>
    </message>
    <message>
        <source>“%1” is not a time zone</source>
        <translation>“%1” bukan zona waktu</translation>
    </message>
    <message>
        <source>This is not a Kith archive: it is not JSON (line %1).</source>
        <translation>Ini bukan arsip Kith: isinya bukan JSON (baris %1).</translation>
    </message>
    <message>
        <source>The archive gives “%1” twice.</source>
        <translation>Arsip memuat “%1” dua kali.</translation>
    </message>
    <message>
        <source>This is JSON, but not a Kith archive (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Ini JSON, tetapi bukan arsip Kith (tidak ada &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The archive has no format_version.</source>
        <translation>Arsip tidak punya format_version.</translation>
    </message>
    <message>
        <source>The archive is format version %1, made by a newer Kith; this one reads up to version %2.</source>
        <translation>Arsip ini berformat versi %1, dibuat oleh Kith yang lebih baru; Kith ini membaca sampai versi %2.</translation>
    </message>
    <message>
        <source>The archive format version %1 is not one Kith knows.</source>
        <translation>Format arsip versi %1 tidak dikenal Kith.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tidak ada berkas %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Tidak bisa membaca %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty; it holds no contacts.</source>
        <translation>Berkas ini kosong; tidak ada kontak di dalamnya.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Kith reads contacts files up to %2 MB.</source>
        <translation>Berkas ini berukuran %1 MB; Kith membaca berkas kontak sampai %2 MB.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data), so it holds no contacts.</source>
        <translation>Ini bukan berkas teks (isinya data biner), jadi tidak ada kontak di dalamnya.</translation>
    </message>
    <message>
        <source>The file is empty; it holds no Kith data.</source>
        <translation>Berkas ini kosong; tidak ada data Kith di dalamnya.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Kith reads Kith data files up to %2 MB.</source>
        <translation>Berkas ini berukuran %1 MB; Kith membaca berkas data Kith sampai %2 MB.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data), so it holds no Kith data.</source>
        <translation>Ini bukan berkas teks (isinya data biner), jadi tidak ada data Kith di dalamnya.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not.</source>
        <translation>Berkas ini mengaku teks UTF-16, tetapi ternyata bukan.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Western European (Windows-1252) text.</source>
        <translation>Berkas ini bukan UTF-8; berkas dibaca sebagai teks Eropa Barat (Windows-1252).</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” bukan tanggal</translation>
    </message>
    <message>
        <source>it is cut off: no END:VCARD before the next card</source>
        <translation>kartu terpotong: tidak ada END:VCARD sebelum kartu berikutnya</translation>
    </message>
    <message>
        <source>it is cut off: the file ends before END:VCARD</source>
        <translation>kartu terpotong: berkas berakhir sebelum END:VCARD</translation>
    </message>
    <message>
        <source>it has no name (no FN, N or ORG)</source>
        <translation>kartu ini tidak punya nama (tidak ada FN, N, atau ORG)</translation>
    </message>
    <message>
        <source>the name is refused: %1</source>
        <translation>namanya ditolak: %1</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; left out</source>
        <translation>“%1” bukan alamat email; dilewati</translation>
    </message>
    <message>
        <source>the date “%1” is not a date; left out</source>
        <translation>tanggal “%1” bukan tanggal; dilewati</translation>
    </message>
    <message>
        <source>the birthday %1 is not a date that exists; left out</source>
        <translation>ulang tahun %1 bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <source>the birthday “%1” is not a date; left out</source>
        <translation>ulang tahun “%1” bukan tanggal; dilewati</translation>
    </message>
    <message>
        <source>the birthday is not a date that exists; left out</source>
        <translation>ulang tahunnya bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <source>the anniversary %1 is not a date that exists; left out</source>
        <translation>hari jadi %1 bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <source>the anniversary “%1” is not a date; left out</source>
        <translation>hari jadi “%1” bukan tanggal; dilewati</translation>
    </message>
    <message>
        <source>the anniversary is not a date that exists; left out</source>
        <translation>hari jadinya bukan tanggal yang ada; dilewati</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD, so it holds no contacts.</source>
        <translation>Ini bukan berkas vCard: tidak ada BEGIN:VCARD, jadi tidak ada kontak di dalamnya.</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no complete card.</source>
        <translation>Ini bukan berkas vCard: tidak ada satu kartu pun yang lengkap.</translation>
    </message>
    <message>
        <source>No way to show notifications is set up.</source>
        <translation>Belum ada cara untuk menampilkan notifikasi.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No notification could be shown (%1).</source>
        <translation>Tidak ada notifikasi yang bisa ditampilkan (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: it failed unexpectedly</source>
        <translation>%1: gagal tanpa diduga</translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation>notifikasi desktop</translation>
    </message>
    <message>
        <source>notifications are not available on this system</source>
        <translation>notifikasi tidak tersedia di sistem ini</translation>
    </message>
    <message>
        <source>the notification service failed</source>
        <translation>layanan notifikasi gagal</translation>
    </message>
    <message>
        <source>notify-send could not run</source>
        <translation>notify-send tidak bisa dijalankan</translation>
    </message>
    <message>
        <source>notify-send could not show it (exit status %1)</source>
        <translation>notify-send tidak bisa menampilkannya (status keluar %1)</translation>
    </message>
    <message>
        <source>notify-send is not installed and dbus-python is missing</source>
        <translation>notify-send belum terpasang dan dbus-python tidak ada</translation>
    </message>
    <message>
        <source>there is no D-Bus session to reach a notification service</source>
        <translation>tidak ada sesi D-Bus untuk menjangkau layanan notifikasi</translation>
    </message>
    <message>
        <source>%1 is not a new positive id</source>
        <translation>%1 bukan id positif yang baru</translation>
    </message>
    <message>
        <source>needs at least one person</source>
        <translation>perlu setidaknya satu orang</translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation>tidak ada orang %1</translation>
    </message>
    <message>
        <source>a person is listed twice</source>
        <translation>ada orang yang tercantum dua kali</translation>
    </message>
    <message>
        <source>the card UID %1 is also given to %2</source>
        <translation>UID kartu %1 juga diberikan kepada %2</translation>
    </message>
    <message>
        <source>empty or used twice</source>
        <translation>kosong atau dipakai dua kali</translation>
    </message>
    <message>
        <source>a meetup is at a time or all day, not both</source>
        <translation>pertemuan diadakan pada jam tertentu atau sepanjang hari, tidak keduanya</translation>
    </message>
    <message>
        <source>there is no meetup %1</source>
        <translation>tidak ada pertemuan %1</translation>
    </message>
    <message>
        <source>This database already has %1 people; an archive is imported only into an empty database, so nothing is mixed up or lost. Choose a new database file (kith --db NEW.sqlite3 import-json FILE).</source>
        <translation>Basis data ini sudah berisi %1 orang; arsip hanya diimpor ke basis data yang kosong, agar tidak ada yang tercampur atau hilang. Pilih berkas basis data baru (kith --db BARU.sqlite3 import-json BERKAS).</translation>
    </message>
    <message>
        <source>This database already has data; an archive is imported only into an empty database, so nothing is mixed up or lost. Choose a new database file (kith --db NEW.sqlite3 import-json FILE).</source>
        <translation>Basis data ini sudah berisi data; arsip hanya diimpor ke basis data yang kosong, agar tidak ada yang tercampur atau hilang. Pilih berkas basis data baru (kith --db BARU.sqlite3 import-json BERKAS).</translation>
    </message>
    <message>
        <source>“%1” has no day yet, so it cannot go into a calendar.</source>
        <translation>“%1” belum punya hari, jadi belum bisa masuk ke kalender.</translation>
    </message>
    <message>
        <source>There are no meetups to export in that range.</source>
        <translation>Tidak ada pertemuan untuk diekspor dalam rentang itu.</translation>
    </message>
    <message>
        <source>There are no meetups to export.</source>
        <translation>Tidak ada pertemuan untuk diekspor.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Impor dibatalkan; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>the same card UID</source>
        <translation>UID kartu yang sama</translation>
    </message>
    <message>
        <source>the same details</source>
        <translation>rincian yang sama</translation>
    </message>
    <message>
        <source>the same name and the e-mail %1</source>
        <translation>nama yang sama dan email %1</translation>
    </message>
    <message>
        <source>the same name and the phone number %1</source>
        <translation>nama yang sama dan nomor telepon %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>telepon yang sama %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>nama dan telepon yang sama %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>email yang sama %1</translation>
    </message>
    <message>
        <source>same name and e-mail %1</source>
        <translation>nama dan email yang sama %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <source>Card %1 resembles nobody, so it cannot be merged into anyone.</source>
        <translation>Kartu %1 tidak mirip dengan siapa pun, jadi tidak dapat digabungkan ke siapa pun.</translation>
    </message>
    <message>
        <source>Card %1 cannot be merged into card %2: that card is left out.</source>
        <translation>Kartu %1 tidak dapat digabungkan ke kartu %2: kartu itu dilewati.</translation>
    </message>
    <message>
        <source>the same person as card %1 (%2), by %3</source>
        <translation>orang yang sama dengan kartu %1 (%2), menurut %3</translation>
    </message>
    <message>
        <source>1 photo was left out: Kith keeps no pictures.</source>
        <translation>1 foto dilewati: Kith tidak menyimpan gambar.</translation>
    </message>
    <message>
        <source>%1 photos were left out: Kith keeps no pictures.</source>
        <translation>%1 foto dilewati: Kith tidak menyimpan gambar.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vCard file.</source>
        <translation>%1 adalah folder, bukan berkas vCard.</translation>
    </message>
    <message>
        <source>vCard %1 is not one Kith writes; use 3.0 or 4.0.</source>
        <translation>Kith tidak menulis vCard %1; gunakan 3.0 atau 4.0.</translation>
    </message>
    <message>
        <source>There is nobody to export.</source>
        <translation>Tidak ada orang untuk diekspor.</translation>
    </message>
    <message>
        <source>The demo makes between %1 and %2 people.</source>
        <translation>Demo membuat antara %1 dan %2 orang.</translation>
    </message>
    <message>
        <source>The demo covers between %1 and %2 years.</source>
        <translation>Demo mencakup antara %1 dan %2 tahun.</translation>
    </message>
    <message>
        <source>This database already has %1 people; the demo fills only an empty one (choose another with --db).</source>
        <translation>Basis data ini sudah berisi %1 orang; demo hanya mengisi basis data yang kosong (pilih yang lain dengan --db).</translation>
    </message>
    <message>
        <source>A follow-up needs some words.</source>
        <translation>Tindak lanjut perlu beberapa kata.</translation>
    </message>
    <message>
        <source>There is no person #%1.</source>
        <translation>Orang #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>There is no follow-up #%1.</source>
        <translation>Tindak lanjut #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>An interaction needs at least one person.</source>
        <translation>Interaksi perlu setidaknya satu orang.</translation>
    </message>
    <message>
        <source>An interaction cannot be logged in the future; plan a meetup instead.</source>
        <translation>Interaksi tidak bisa dicatat untuk masa depan; rencanakan pertemuan saja.</translation>
    </message>
    <message>
        <source>%1 is too long ago to log.</source>
        <translation>%1 sudah terlalu lama untuk dicatat.</translation>
    </message>
    <message>
        <source>There is no interaction #%1.</source>
        <translation>Interaksi #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <source>Cannot write the live calendar %1: %2.</source>
        <translation>Tidak bisa menulis kalender langsung %1: %2.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Tidak ada orang %1.</translation>
    </message>
    <message>
        <source>No name given.</source>
        <translation>Tidak ada nama yang diberikan.</translation>
    </message>
    <message>
        <source>“%1” matches %2 people: %3 and %4 more. Use the full name or #ID.</source>
        <translation>“%1” cocok dengan %2 orang: %3, dan %4 lainnya. Gunakan nama lengkap atau #ID.</translation>
    </message>
    <message>
        <source>“%1” matches %2 people: %3. Use the full name or #ID.</source>
        <translation>“%1” cocok dengan %2 orang: %3. Gunakan nama lengkap atau #ID.</translation>
    </message>
    <message>
        <source>No one called “%1”.</source>
        <translation>Tidak ada orang bernama “%1”.</translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2?</source>
        <translation>Tidak ada orang bernama “%1”. Maksud Anda %2?</translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2 or %3?</source>
        <translation>Tidak ada orang bernama “%1”. Maksud Anda %2 atau %3?</translation>
    </message>
    <message>
        <source>No one called “%1”. Did you mean %2 or %3 or %4?</source>
        <translation>Tidak ada orang bernama “%1”. Maksud Anda %2, %3, atau %4?</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Kith knows.</source>
        <translation>“%1” bukan zona waktu yang dikenal Kith.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it.</source>
        <translation>%1 tidak ada di %2: jam melompati waktu itu.</translation>
    </message>
    <message>
        <source>A meetup is either at a time or all day, not both.</source>
        <translation>Pertemuan diadakan pada jam tertentu atau sepanjang hari, tidak keduanya.</translation>
    </message>
    <message>
        <source>An all-day meetup lasts whole days.</source>
        <translation>Pertemuan sepanjang hari berlangsung dalam hari penuh.</translation>
    </message>
    <message>
        <source>A planned meetup needs a day; without one it stays an idea.</source>
        <translation>Pertemuan yang direncanakan perlu hari; tanpa itu ia tetap berupa ide.</translation>
    </message>
    <message>
        <source>This meetup is done; it can no longer change.</source>
        <translation>Pertemuan ini sudah selesai; tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>This meetup is done already.</source>
        <translation>Pertemuan ini sudah selesai.</translation>
    </message>
    <message>
        <source>“%1” is not marked done any more.</source>
        <translation>“%1” sudah tidak ditandai selesai lagi.</translation>
    </message>
    <message>
        <source>“%1” is already done.</source>
        <translation>“%1” sudah selesai.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; reopen it first.</source>
        <translation>“%1” sudah dibatalkan; buka kembali terlebih dahulu.</translation>
    </message>
    <message>
        <source>“%1” has nobody in it to log.</source>
        <translation>“%1” tidak punya peserta untuk dicatat.</translation>
    </message>
    <message>
        <source>A meetup cannot be completed in the future.</source>
        <translation>Pertemuan tidak bisa ditandai selesai sebelum terjadi.</translation>
    </message>
    <message>
        <source>There is no meetup #%1.</source>
        <translation>Pertemuan #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>The phone is too long.</source>
        <translation>Nomor telepon terlalu panjang.</translation>
    </message>
    <message>
        <source>The email is too long.</source>
        <translation>Alamat email terlalu panjang.</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Alamat terlalu panjang.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” tampaknya bukan alamat email.</translation>
    </message>
    <message>
        <source>A snooze must end today or later.</source>
        <translation>Penundaan harus berakhir hari ini atau sesudahnya.</translation>
    </message>
    <message>
        <source>There is no date #%1.</source>
        <translation>Tanggal #%1 tidak ada (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>“%1” is not a time of day like 09:00.</source>
        <translation>“%1” bukan jam seperti 09:00.</translation>
    </message>
    <message>
        <source>The end of the span must come after its start.</source>
        <translation>Akhir rentang harus sesudah awalnya.</translation>
    </message>
    <message>
        <source>Simulate at most a year at a time.</source>
        <translation>Simulasikan paling lama satu tahun sekaligus.</translation>
    </message>
    <message>
        <source>There is nobody called “%1”.</source>
        <translation>Tidak ada orang bernama “%1”.</translation>
    </message>
    <message>
        <source>Choose who was there.</source>
        <translation>Pilih siapa yang ada di sana.</translation>
    </message>
    <message>
        <source>in-app banner</source>
        <translation>spanduk di jendela Kith</translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation>jendelanya sudah ditutup</translation>
    </message>
    <message>
        <source>tray message</source>
        <translation>pesan dari ikon baki sistem</translation>
    </message>
    <message>
        <source>there is no system tray</source>
        <translation>tidak ada baki sistem</translation>
    </message>
    <message>
        <source>the system tray cannot show messages</source>
        <translation>baki sistem tidak bisa menampilkan pesan</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>Tidak bisa memakai %1: %2.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; please try again.</source>
        <translation>Terjadi sesuatu yang tidak terduga; silakan coba lagi.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kith database.</source>
        <translation>%1 adalah folder, bukan basis data Kith.</translation>
    </message>
    <message>
        <source>%1 is not a Kith database (it is not an SQLite file).</source>
        <translation>%1 bukan basis data Kith (bukan berkas SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation>%1 rusak (%2); berkas ini tidak bisa dipulihkan.</translation>
    </message>
    <message>
        <source>%1 is the database in use; choose a backup to restore.</source>
        <translation>%1 adalah basis data yang sedang dipakai; pilih cadangan untuk dipulihkan.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 sedang dipakai program lain; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>That is the database itself; choose another file for the backup.</source>
        <translation>Itu basis data itu sendiri; pilih berkas lain untuk cadangan.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Tidak ada basis data di %1 untuk dicadangkan.</translation>
    </message>
    <message>
        <source>There is no space left to write the backup %1; nothing was written.</source>
        <translation>Tidak ada ruang tersisa untuk menulis cadangan %1; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Could not back up %1: %2.</source>
        <translation>Tidak bisa mencadangkan %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); Kith has left it as it is.</source>
        <translation>%1 rusak (%2); Kith membiarkannya apa adanya.</translation>
    </message>
    <message>
        <source>Kith repaired %1: it removed what it had not made, or put back what was missing (%2), and kept the file as it was at %3.</source>
        <translation>Kith memperbaiki %1: Kith menghapus yang tidak dibuatnya, atau mengembalikan yang hilang (%2), dan menyimpan berkas seperti semula di %3.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Tidak bisa membuat basis data %1: %2.</translation>
    </message>
    <message>
        <source>There is no space left to write %1; nothing was written.</source>
        <translation>Tidak ada ruang tersisa untuk menulis %1; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Could not write %1: %2; nothing was written.</source>
        <translation>Tidak bisa menulis %1: %2; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Kith&apos;s.</source>
        <translation>%1 adalah basis data SQLite, tetapi bukan milik Kith.</translation>
    </message>
    <message>
        <source>%1 has no single schema revision; it is not a usable Kith database.</source>
        <translation>%1 tidak punya satu revisi skema yang jelas; ini bukan basis data Kith yang bisa dipakai.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kith (schema %2); update Kith to open it.</source>
        <translation>%1 ditulis oleh versi Kith yang lebih baru (skema %2); perbarui Kith untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Kith database.</source>
        <translation>%1 adalah basis data SQLite kosong, bukan basis data Kith.</translation>
    </message>
    <message>
        <source>%1 has a view “%2” where Kith&apos;s table should be.</source>
        <translation>%1 berisi view “%2” di tempat yang seharusnya tabel Kith.</translation>
    </message>
    <message>
        <source>%1 is missing Kith&apos;s table “%2”.</source>
        <translation>Tabel Kith “%2” tidak ada di %1.</translation>
    </message>
    <message>
        <source>%1 is missing the column “%3” of the table “%2”.</source>
        <translation>Kolom “%3” pada tabel “%2” tidak ada di %1.</translation>
    </message>
    <message>
        <source>In %1, the column “%3” of the table “%2” is not the one Kith made.</source>
        <translation>Di %1, kolom “%3” pada tabel “%2” bukan yang dibuat Kith.</translation>
    </message>
    <message>
        <source>In %1, the table “%2” has a column “%3” that Kith did not make.</source>
        <translation>Di %1, tabel “%2” punya kolom “%3” yang tidak dibuat Kith.</translation>
    </message>
    <message>
        <source>In %1, the links from the table “%2” to other tables are not the ones Kith made.</source>
        <translation>Di %1, tautan dari tabel “%2” ke tabel lain bukan yang dibuat Kith.</translation>
    </message>
    <message>
        <source>%1 is missing the index “%2”.</source>
        <translation>Indeks “%2” tidak ada di %1.</translation>
    </message>
    <message>
        <source>In %1, the index “%2” is not the one Kith made.</source>
        <translation>Di %1, indeks “%2” bukan yang dibuat Kith.</translation>
    </message>
    <message>
        <source>%1 has an index “%2” that Kith did not make.</source>
        <translation>%1 berisi indeks “%2” yang tidak dibuat Kith.</translation>
    </message>
    <message>
        <source>%1 has a trigger “%2” that Kith did not make.</source>
        <translation>%1 berisi trigger “%2” yang tidak dibuat Kith.</translation>
    </message>
    <message>
        <source>%1 has a view “%2” that Kith did not make.</source>
        <translation>%1 berisi view “%2” yang tidak dibuat Kith.</translation>
    </message>
    <message>
        <source>%1 is missing the trigger “%2”.</source>
        <translation>Trigger “%2” tidak ada di %1.</translation>
    </message>
    <message>
        <source>%1 is missing the view “%2”.</source>
        <translation>View “%2” tidak ada di %1.</translation>
    </message>
    <message>
        <source>%1 is not a Kith database, or it is damaged (%2).</source>
        <translation>%1 bukan basis data Kith, atau berkas ini rusak (%2).</translation>
    </message>
    <message>
        <source>%1 is locked by another program (Kith waited %2 s); close that program and try again.</source>
        <translation>%1 dikunci oleh program lain (Kith menunggu %2 detik); tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was saved; free some space and try again.</source>
        <translation>Disk tempat %1 berada sudah penuh, jadi tidak ada yang disimpan; kosongkan sedikit ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot read or write %1: disk I/O error.</source>
        <translation>Tidak bisa membaca atau menulis %1: galat masukan/keluaran disk.</translation>
    </message>
    <message>
        <source>A step on %1 ran for more than %2 seconds and was stopped, so nothing was changed.</source>
        <translation>Satu langkah pada %1 berjalan lebih dari %2 detik dan dihentikan, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Kith could not use %1 (%2).</source>
        <translation>Kith tidak bisa memakai %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is read-only, so Kith cannot save to it; make it writable, or copy it to a folder you can write to.</source>
        <translation>%1 hanya bisa dibaca, jadi Kith tidak bisa menyimpan ke sana; jadikan berkas itu bisa ditulis, atau salin ke folder yang bisa Anda tulisi.</translation>
    </message>
    <message>
        <source>Kith cannot write beside %1: its folder is read-only, and Kith keeps a journal next to the file; make the folder writable, or move the file.</source>
        <translation>Kith tidak bisa menulis di samping %1: foldernya hanya bisa dibaca, padahal Kith menyimpan jurnal di sebelah berkas itu; jadikan folder itu bisa ditulis, atau pindahkan berkasnya.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2).</source>
        <translation>Tidak bisa membuka %1 untuk ditulis (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a number of days or “default”.</source>
        <translation>“%1” bukan jumlah hari atau “default”.</translation>
    </message>
    <message>
        <source>People not sorted into a circle yet have no rhythm.</source>
        <translation>Orang yang belum dimasukkan ke lingkaran tidak punya ritme.</translation>
    </message>
    <message>
        <source>A rhythm needs a circle: add --circle with %1.</source>
        <translation>Ritme memerlukan lingkaran: tambahkan --circle dengan %1.</translation>
    </message>
    <message>
        <source>%1 cannot be merged with themselves.</source>
        <translation>%1 tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>%1 has changed since the merge, so it cannot be undone.</source>
        <translation>%1 sudah berubah sejak digabungkan, jadi penggabungan itu tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Say who the meetup is with: --with NAME or --group NAME.</source>
        <translation>Sebutkan dengan siapa pertemuan ini: --with NAMA atau --group NAMA.</translation>
    </message>
    <message>
        <source>Nobody is in the group “%1” yet.</source>
        <translation>Belum ada siapa pun di grup “%1”.</translation>
    </message>
    <message>
        <source>%1 happens only once in %2: it needs no --first or --second.</source>
        <translation>%1 hanya terjadi sekali di %2: tidak perlu --first atau --second.</translation>
    </message>
    <message>
        <source>line %1 is not a vCard property (“%2”); left out</source>
        <translation>baris %1 bukan properti vCard (“%2”); dilewati</translation>
    </message>
    <message>
        <source>line %1 (%2) has an empty parameter; it was ignored</source>
        <translation>baris %1 (%2) memiliki parameter kosong; parameter itu diabaikan</translation>
    </message>
    <message>
        <source>line %1 (%2) has a parameter that is not one (“%3”); it was ignored</source>
        <translation>baris %1 (%2) memiliki parameter yang tidak sah (“%3”); parameter itu diabaikan</translation>
    </message>
    <message>
        <source>line %1 (%2) is not valid %3 data; left out</source>
        <translation>baris %1 (%2) bukan data %3 yang sah; dilewati</translation>
    </message>
    <message>
        <source>line %1 (%2) names the character set “%3”, which Kith does not know; it was read as %4</source>
        <translation>baris %1 (%2) menyebut set karakter “%3”, yang tidak dikenal Kith; baris itu dibaca sebagai %4</translation>
    </message>
    <message>
        <source>line %1 (%2) is %3 characters long; left out</source>
        <translation>baris %1 (%2) panjangnya %3 karakter; dilewati</translation>
    </message>
    <message>
        <source>the card of someone else inside it (AGENT, line %1) was left out</source>
        <translation>kartu orang lain di dalamnya (AGENT, baris %1) dilewati</translation>
    </message>
    <message>
        <source>it has no name, so it is listed under its e-mail or phone</source>
        <translation>kartu ini tidak punya nama, jadi dicantumkan dengan email atau nomor teleponnya</translation>
    </message>
    <message>
        <source>some characters (in %1) could not be read and are shown as “�”</source>
        <translation>beberapa karakter (di %1) tidak dapat dibaca dan ditampilkan sebagai “�”</translation>
    </message>
    <message>
        <source>“%1” is not a character set Kith can read</source>
        <translation>“%1” bukan set karakter yang dapat dibaca Kith</translation>
    </message>
    <message>
        <source>Cards with characters that could not be read, shown as “�”: %1.</source>
        <translation>Kartu dengan karakter yang tidak dapat dibaca, ditampilkan sebagai “�”: %1.</translation>
    </message>
    <message>
        <source>The file does not say which character set it is in, and it is not UTF-8; it was read as %1.</source>
        <translation>Berkas ini tidak menyebut set karakternya dan bukan UTF-8; berkas dibaca sebagai %1.</translation>
    </message>
    <message>
        <source>The file was read as %1, as chosen.</source>
        <translation>Berkas dibaca sebagai %1, sesuai pilihan Anda.</translation>
    </message>
    <message>
        <source>there is no notification service on D-Bus</source>
        <translation>tidak ada layanan notifikasi di D-Bus</translation>
    </message>
    <message>
        <source>the same two people are tied at %1 already</source>
        <translation>kedua orang yang sama sudah terikat di %1</translation>
    </message>
    <message>
        <source>another group has the name “%1”</source>
        <translation>grup lain sudah bernama “%1”</translation>
    </message>
    <message>
        <source>Someone cannot be tied to themselves.</source>
        <translation>Seseorang tidak bisa diikat dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Unknown kind of tie “%1”; use one of %2.</source>
        <translation>Jenis ikatan “%1” tidak dikenal; gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>The tie&apos;s note contains bytes that are not valid text (not UTF-8).</source>
        <translation>Catatan ikatan berisi bita yang bukan teks yang sah (bukan UTF-8).</translation>
    </message>
    <message>
        <source>The tie&apos;s note is %1 characters long; the limit is %2.</source>
        <translation>Catatan ikatan panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>The group&apos;s name contains bytes that are not valid text (not UTF-8).</source>
        <translation>Nama grup berisi bita yang bukan teks yang sah (bukan UTF-8).</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grup perlu nama.</translation>
    </message>
    <message>
        <source>The group&apos;s name is %1 characters long; the limit is %2.</source>
        <translation>Nama grup panjangnya %1 karakter; batasnya %2.</translation>
    </message>
    <message>
        <source>There is no group “%1”.</source>
        <translation>Tidak ada grup “%1”.</translation>
    </message>
    <message>
        <source>There is already a group called “%1”.</source>
        <translation>Sudah ada grup bernama “%1”.</translation>
    </message>
    <message>
        <source>%1 is not a Kith sync log.</source>
        <translation>%1 bukan log sinkronisasi Kith.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kith (sync log format %2; this Kith reads up to format %3). Update Kith on this computer to sync with it.</source>
        <translation>%1 ditulis oleh Kith yang lebih baru (format log sinkronisasi %2; Kith ini hanya membaca hingga format %3). Perbarui Kith di komputer ini agar dapat sinkron dengannya.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Perangkat perlu diberi nama.</translation>
    </message>
    <message>
        <source>A device name can be at most %1 characters long.</source>
        <translation>Nama perangkat paling panjang %1 karakter.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The database %1 is inside %2; a sync tool would copy it mid-write. Choose a folder that does not hold the database.</source>
        <translation>Basis data %1 berada di dalam %2; alat sinkronisasi bisa menyalinnya saat sedang ditulis. Pilih folder yang tidak memuat basis data.</translation>
    </message>
    <message>
        <source>No sync folder is chosen yet (kith sync --folder PATH).</source>
        <translation>Belum ada folder sinkronisasi yang dipilih (kith sync --folder PATH).</translation>
    </message>
    <message>
        <source>The sync folder %1 is not there (is it mounted?).</source>
        <translation>Folder sinkronisasi %1 tidak ada (apakah sudah dipasang?).</translation>
    </message>
    <message>
        <source>That value of %1 is no longer one changed on two devices.</source>
        <translation>Nilai %1 itu tidak lagi termasuk yang diubah di dua perangkat.</translation>
    </message>
    <message>
        <source>There is no conflict %1; kith sync --status lists them.</source>
        <translation>Tidak ada konflik %1; kith sync --status menampilkan daftarnya.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Kith</source>
        <translation>Selamat datang di Kith</translation>
    </message>
    <message>
        <source>Kith helps you keep the people who matter close — by seeing them in person.

Add the people in your life, say how often you&apos;d like to see each of them, and Kith will quietly remind you when it has been a while. Calls and messages count as talking; meeting face to face is what resets the rhythm.

Everything stays in one file on this computer. Nothing is ever sent anywhere.</source>
        <translation>Kith membantu Anda tetap dekat dengan orang-orang yang berarti — dengan bertemu mereka secara langsung.

Tambahkan orang-orang dalam hidup Anda, tentukan seberapa sering Anda ingin bertemu masing-masing, dan Kith akan mengingatkan dengan tenang bila sudah cukup lama. Telepon dan pesan terhitung berbincang; hanya pertemuan tatap muka yang memulai ulang ritme.

Semuanya tersimpan dalam satu berkas di komputer ini. Tidak ada yang pernah dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message>
        <source>Opens a separate window with made-up people; your own data stays untouched.</source>
        <translation>Membuka jendela terpisah berisi orang-orang rekaan; data Anda sendiri tidak tersentuh.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Impor kontak…</translation>
    </message>
    <message>
        <source>Bring people in from a vCard (.vcf) file from your phone or address book.</source>
        <translation>Masukkan orang dari berkas vCard (.vcf) dari ponsel atau buku alamat Anda.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add a follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Something to remember next time you see %1:</source>
        <translation>Sesuatu untuk diingat saat bertemu %1 lagi:</translation>
    </message>
    <message>
        <source>Ask about the new job</source>
        <translation>Tanyakan soal pekerjaan barunya</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Plan with This Group…</source>
        <translation>Rencanakan dengan grup ini…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Sunting grup…</translation>
    </message>
    <message>
        <source>Rename the group or change who is in it</source>
        <translation>Ganti nama grup atau ubah siapa saja anggotanya</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n anggota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Group filter</source>
        <translation>Filter grup</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Grup mana pun</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grup: %1</translation>
    </message>
</context>
<context>
    <name>GroupNameDialog</name>
    <message>
        <source>Group name</source>
        <translation>Nama grup</translation>
    </message>
    <message>
        <source>Family, climbing crew, book club…</source>
        <translation>Keluarga, kawan panjat tebing, klub buku…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Groups</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Groups; F2 renames, Delete removes</source>
        <translation>Grup; F2 mengganti nama, Delete menghapus</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>No groups yet. A group is a few people you see together: family, a crew.</source>
        <translation>Belum ada grup. Grup adalah beberapa orang yang Anda temui bersama: keluarga, sekelompok kawan.</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>Grup &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Ganti &amp;nama…</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Ganti nama grup</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Hap&amp;us…</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>Hapus grup</translation>
    </message>
    <message>
        <source>&amp;Plan with This Group…</source>
        <translation>&amp;Rencanakan dengan grup ini…</translation>
    </message>
    <message>
        <source>Add someone to the group</source>
        <translation>Tambahkan seseorang ke grup</translation>
    </message>
    <message>
        <source>Members; Delete takes one out</source>
        <translation>Anggota; Delete mengeluarkan satu orang</translation>
    </message>
    <message>
        <source>&amp;Take Out</source>
        <translation>&amp;Keluarkan</translation>
    </message>
    <message>
        <source>Take the selected person out of the group</source>
        <translation>Keluarkan orang yang dipilih dari grup</translation>
    </message>
    <message>
        <source>&amp;Add someone:</source>
        <translation>&amp;Tambah orang:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen</source>
        <translation>Belum ada grup yang dipilih</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Anggota %1</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Grup baru %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grup baru</translation>
    </message>
    <message>
        <source>Renamed the group %1 to %2</source>
        <translation>Nama grup %1 diganti menjadi %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Ganti nama %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove the group %1? Kith keeps its %n member(s).</source>
        <translation>
            <numerusform>Hapus grup %1? Kith tetap menyimpan %n anggotanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Hapus grup</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removed the group %1</source>
        <translation>Grup %1 dihapus</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>%1 dimasukkan ke %2</translation>
    </message>
    <message>
        <source>Took %1 out of %2</source>
        <translation>%1 dikeluarkan dari %2</translation>
    </message>
    <message>
        <source>Changed who is in %1</source>
        <translation>Anggota %1 diubah</translation>
    </message>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
</context>
<context>
    <name>ImportChoiceModel</name>
    <message>
        <source>Merge into %1 (card %2)</source>
        <translation>Gabungkan ke %1 (kartu %2)</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Gabungkan ke %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Tambahkan sebagai orang baru</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>The card describes an organisation, not a person.</source>
        <translation>Kartu ini menggambarkan organisasi, bukan orang.</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 (card %2 of this file): %3</source>
        <translation>Kemungkinan duplikat dari %1 (kartu %2 dalam berkas ini): %3</translation>
    </message>
    <message>
        <source>Possible duplicate of %1, already in Kith: %2</source>
        <translation>Kemungkinan duplikat dari %1, yang sudah ada di Kith: %2</translation>
    </message>
</context>
<context>
    <name>ImportContactsDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <source>Choose a vCard (.vcf) file to import.</source>
        <translation>Pilih berkas vCard (.vcf) untuk diimpor.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Akan ditambahkan</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Inner</source>
        <translation>Terdalam</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Lebih luas</translation>
    </message>
    <message>
        <source>Add them to the circle</source>
        <translation>Tambahkan mereka ke lingkaran</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Kosongkan pilihan</translation>
    </message>
    <message>
        <source>Leave out organisations</source>
        <translation>Lewati organisasi</translation>
    </message>
    <message>
        <source>Cards that say they describe a business or an organisation rather than a person are not ticked.</source>
        <translation>Kartu yang menyatakan dirinya usaha atau organisasi, bukan orang, tidak dicentang.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Berkas vCard (*.vcf *.vcard);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 phone</source>
        <translation>%1 telepon</translation>
    </message>
    <message>
        <source>%1 phones</source>
        <translation>%1 telepon</translation>
    </message>
    <message>
        <source>%1 e-mail</source>
        <translation>%1 email</translation>
    </message>
    <message>
        <source>%1 e-mails</source>
        <translation>%1 email</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>%1 — already there as %2 (%3)</source>
        <translation>%1 — sudah ada sebagai %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 new people will be added from %2</source>
        <translation>
            <numerusform>%n dari %1 orang baru akan ditambahkan dari %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n merged into people already in Kith.</source>
        <translation>
            <numerusform>, dan %n digabungkan ke orang yang sudah ada di Kith.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people will be added from %1.</source>
        <translation>
            <numerusform>%n orang baru akan ditambahkan dari %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody new to add from %1.</source>
        <translation>Tidak ada orang baru untuk ditambahkan dari %1.</translation>
    </message>
    <message>
        <source>Added %1 person.</source>
        <translation>%1 orang ditambahkan.</translation>
    </message>
    <message>
        <source>Added %1 people.</source>
        <translation>%1 orang ditambahkan.</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>Tidak bisa mengimpor: %1</translation>
    </message>
    <message>
        <source>Card %1 (%2): %3</source>
        <translation>Kartu %1 (%2): %3</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Kartu %1: %2</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>ulang tahun</translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>Akan ditambahkan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already there (%n)</source>
        <translation>
            <numerusform>Sudah ada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Dilewati (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is ticked: tick the people to add.</source>
        <translation>Belum ada yang dicentang: centang orang yang ingin ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 new people will be added from %2.</source>
        <translation>
            <numerusform>%n dari %1 orang baru akan ditambahkan dari %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding people…</source>
        <translation>Menambahkan orang…</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations left out.</source>
        <translation>
            <numerusform>%n organisasi dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n sudah ada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them possible duplicates.</source>
        <translation>
            <numerusform>%n di antaranya kemungkinan duplikat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into people already in Kith.</source>
        <translation>
            <numerusform>%n digabungkan ke orang yang sudah ada di Kith.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates left out.</source>
        <translation>
            <numerusform>%n kemungkinan duplikat dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged into %2: added %3.</source>
        <translation>%1 digabungkan ke %2: ditambahkan %3.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <source>Kept their own %1.</source>
        <translation>%1 milik mereka sendiri tetap dipertahankan.</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>nama panggilan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>hari jadi</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>Dibatalkan. Tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Belum masuk lingkaran</translation>
    </message>
    <message>
        <source>Sort them now…</source>
        <translation>Masukkan ke lingkaran sekarang…</translation>
    </message>
    <message>
        <source>Names look wrong? Choose the character set the file was written in.</source>
        <translation>Nama tampak keliru? Pilih set karakter yang dipakai saat berkas ditulis.</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Baca berkas sebagai</translation>
    </message>
    <message>
        <source>Contacts to add; Space ticks or unticks</source>
        <translation>Kontak yang akan ditambahkan; Spasi mencentang atau menghapus centang</translation>
    </message>
    <message>
        <source>Contacts already in Kith</source>
        <translation>Kontak yang sudah ada di Kith</translation>
    </message>
    <message>
        <source>Contacts skipped</source>
        <translation>Kontak yang dilewati</translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message>
        <source>Add a date</source>
        <translation>Tambah tanggal</translation>
    </message>
    <message>
        <source>Kind of date</source>
        <translation>Jenis tanggal</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Tanggal apa</translation>
    </message>
    <message>
        <source>Wedding anniversary, name day…</source>
        <translation>Ulang tahun pernikahan, hari peringatan…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>tahun tidak diketahui</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Apa</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Kapan</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Sunting interaksi</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Cara bertemu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Apa yang dibicarakan</translation>
    </message>
    <message>
        <source>What you talked about, anything to remember</source>
        <translation>Apa yang dibicarakan, hal yang perlu diingat</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Siapa</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cara</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Di mana</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>KithTray</name>
    <message>
        <source>Open Kith</source>
        <translation>Buka Kith</translation>
    </message>
    <message>
        <source>Who is due</source>
        <translation>Siapa yang sudah waktunya ditemui</translation>
    </message>
    <message>
        <source>Log that you saw someone…</source>
        <translation>Catat bahwa Anda bertemu seseorang…</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Jeda pengingat untuk hari ini</translation>
    </message>
    <message>
        <source>Quit Kith</source>
        <translation>Keluar dari Kith</translation>
    </message>
    <message>
        <source>No one to see right now</source>
        <translation>Tidak ada yang perlu ditemui saat ini</translation>
    </message>
    <message>
        <source>1 person to see</source>
        <translation>1 orang untuk ditemui</translation>
    </message>
    <message numerus="yes">
        <source>%n people to see</source>
        <translation>
            <numerusform>%n orang untuk ditemui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in Kith…</source>
        <translation>
            <numerusform>%n lagi di Kith…</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is due</source>
        <translation>Belum ada yang waktunya ditemui</translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation>Bertemu %1 hari ini</translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation>Tercatat: bertemu langsung dengan %1 hari ini.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>You saw %1 today.</source>
        <translation>Anda bertemu %1 hari ini.</translation>
    </message>
    <message>
        <source>Undo “%1”</source>
        <translation>Urungkan “%1”</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Sudah diurungkan</translation>
    </message>
</context>
<context>
    <name>KnownToday</name>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the system</source>
        <translation>Ikuti bahasa sistem</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>LiveCalendarSettings</name>
    <message>
        <source>&lt;b&gt;Live calendar file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkas kalender langsung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kith can keep one calendar file of all your upcoming meetups up to date in a folder you choose, such as a synced folder. Calendar apps can subscribe to it.</source>
        <translation>Kith dapat menjaga satu berkas kalender berisi semua pertemuan mendatang tetap mutakhir di folder pilihan Anda, misalnya folder yang disinkronkan. Aplikasi kalender dapat berlangganan berkas itu.</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>Off: no live calendar file is kept.</source>
        <translation>Mati: tidak ada berkas kalender langsung yang dijaga.</translation>
    </message>
    <message>
        <source>On: kept up to date at %1</source>
        <translation>Aktif: dijaga tetap mutakhir di %1</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Ganti folder…</translation>
    </message>
    <message>
        <source>Folder for the Live Calendar File</source>
        <translation>Folder untuk berkas kalender langsung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kith — sample data</source>
        <translation>Kith — data contoh</translation>
    </message>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>Your interests and the rhythm of each circle</source>
        <translation>Minat Anda dan ritme setiap lingkaran</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data.&lt;/b&gt; These people are made up, and this window&apos;s changes are thrown away when you close it. Your own Kith is untouched.</source>
        <translation>&lt;b&gt;Data contoh.&lt;/b&gt; Orang-orang ini rekaan, dan perubahan di jendela ini dibuang saat jendela ditutup. Kith milik Anda sendiri tidak tersentuh.</translation>
    </message>
</context>
<context>
    <name>MeDialog</name>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>Your interests are what you share with people: Kith highlights them and suggests meeting friends who like the same things.</source>
        <translation>Minat Anda adalah hal yang bisa Anda bagi dengan orang lain: Kith menyorotnya dan menyarankan bertemu teman yang menyukai hal yang sama.</translation>
    </message>
    <message>
        <source>My interests, separated by commas</source>
        <translation>Minat saya, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>climbing, board games, jazz</source>
        <translation>panjat tebing, permainan papan, jazz</translation>
    </message>
    <message>
        <source>How often to see each circle in person</source>
        <translation>Seberapa sering bertemu langsung dengan tiap lingkaran</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Rhythm of %1</source>
        <translation>Ritme %1</translation>
    </message>
    <message>
        <source>My &amp;interests</source>
        <translation>&amp;Minat saya</translation>
    </message>
</context>
<context>
    <name>MeetupDialog</name>
    <message>
        <source>Edit meetup</source>
        <translation>Sunting pertemuan</translation>
    </message>
    <message>
        <source>Plan a meetup</source>
        <translation>Rencanakan pertemuan</translation>
    </message>
    <message>
        <source>Coffee, a walk, dinner at yours…</source>
        <translation>Ngopi, jalan-jalan, makan malam di rumahmu…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Ideas from shared interests</source>
        <translation>Ide dari minat bersama</translation>
    </message>
    <message>
        <source>Ideas from the interests you share: click one to use it as the title</source>
        <translation>Ide dari minat yang sama-sama Anda sukai: klik salah satu untuk menjadikannya judul</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Pada hari tertentu</translation>
    </message>
    <message>
        <source>No day yet (keep it as an idea)</source>
        <translation>Belum ada hari (simpan sebagai ide)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <source>Times here are %1.</source>
        <translation>Jam di sini menurut %1.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Where you will meet</source>
        <translation>Tempat kalian akan bertemu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Anything to remember or bring</source>
        <translation>Hal yang perlu diingat atau dibawa</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Dengan</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>D&amp;urasi</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Pengingat</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Meetup (done)</source>
        <translation>Pertemuan (selesai)</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Tanpa pengingat</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Saat dimulai</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 menit sebelumnya</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 jam sebelumnya</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 hari sebelumnya</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 hari sebelumnya</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 sebelumnya</translation>
    </message>
    <message>
        <source>You and %1 like %2</source>
        <translation>Anda dan %1 suka %2</translation>
    </message>
    <message>
        <source>Use the idea “%1” as the title</source>
        <translation>Jadikan ide “%1” sebagai judul</translation>
    </message>
    <message>
        <source>None of your interests are shared by the people chosen so far.</source>
        <translation>Belum ada minat Anda yang sama dengan orang-orang yang dipilih.</translation>
    </message>
    <message>
        <source>Add your own interests on your profile to get ideas here.</source>
        <translation>Tambahkan minat Anda sendiri di profil untuk mendapatkan ide di sini.</translation>
    </message>
    <message>
        <source>Add people to see ideas from the interests you share.</source>
        <translation>Tambahkan orang untuk melihat ide dari minat yang sama.</translation>
    </message>
    <message>
        <source>%1 happens twice that night: the clocks go back. Which one?</source>
        <translation>%1 terjadi dua kali malam itu: jam dimundurkan. Yang mana?</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Ide</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <source>The first time (%1)</source>
        <translation>Yang pertama (%1)</translation>
    </message>
    <message>
        <source>The second time (%1)</source>
        <translation>Yang kedua (%1)</translation>
    </message>
    <message>
        <source>%1 does not happen that day in %2: the clocks skip it.</source>
        <translation>%1 tidak ada pada hari itu di %2: jam melompati waktu itu.</translation>
    </message>
    <message>
        <source>Type a time such as 7:45 or 1930</source>
        <translation>Ketik waktu seperti 7.45 atau 1930</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Add Someone…</source>
        <translation>&amp;Tambah orang…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Catat interaksi…</translation>
    </message>
    <message>
        <source>&amp;Plan a Meetup…</source>
        <translation>&amp;Rencanakan pertemuan…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Impor kontak…</translation>
    </message>
    <message>
        <source>Export &amp;Contacts…</source>
        <translation>E&amp;kspor kontak…</translation>
    </message>
    <message>
        <source>Export &amp;Everything (JSON)…</source>
        <translation>Ekspor &amp;semua (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Ca&amp;dangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>P&amp;ulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Show &amp;Data Folder</source>
        <translation>Tampilkan &amp;folder data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Urungkan “%1”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>U&amp;langi “%1”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Find People</source>
        <translation>Ca&amp;ri orang</translation>
    </message>
    <message>
        <source>Set R&amp;hythm…</source>
        <translation>Atur ri&amp;tme…</translation>
    </message>
    <message>
        <source>Mer&amp;ge Two People…</source>
        <translation>Ga&amp;bungkan dua orang…</translation>
    </message>
    <message>
        <source>Gr&amp;oups…</source>
        <translation>&amp;Grup…</translation>
    </message>
    <message>
        <source>&amp;Me…</source>
        <translation>&amp;Saya…</translation>
    </message>
    <message>
        <source>&amp;About Kith</source>
        <translation>&amp;Tentang Kith</translation>
    </message>
    <message>
        <source>Export &amp;Upcoming Meetups…</source>
        <translation>Ekspor pertemuan &amp;mendatang…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation>Nama &amp;panggilan</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>&amp;Lingkaran</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
    <message>
        <source>&amp;Lean on</source>
        <translation>Bisa &amp;diandalkan</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Ulang tahun</translation>
    </message>
    <message>
        <source>the circle&apos;s</source>
        <translation>ritme lingkarannya</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1, year unknown</source>
        <translation>%1, tahun tidak diketahui</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>%n interaction(s)</source>
        <translation>%n interaksi</translation>
    </message>
    <message>
        <source>%n meetup(s)</source>
        <translation>%n pertemuan</translation>
    </message>
    <message>
        <source>%n follow-up(s)</source>
        <translation>%n tindak lanjut</translation>
    </message>
    <message>
        <source>%n date(s)</source>
        <translation>%n tanggal</translation>
    </message>
    <message>
        <source>%n interest(s)</source>
        <translation>%n minat</translation>
    </message>
    <message>
        <source>%n phone(s)</source>
        <translation>%n telepon</translation>
    </message>
    <message>
        <source>%n e-mail(s)</source>
        <translation>%n email</translation>
    </message>
    <message>
        <source>%n address(es)</source>
        <translation>%n alamat</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>tidak ada yang lain</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Gabungkan dua orang</translation>
    </message>
    <message>
        <source>%1 and %2 become one person. Where they differ, choose which to keep.</source>
        <translation>%1 dan %2 menjadi satu orang. Jika datanya berbeda, pilih mana yang disimpan.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Keduanya</translation>
    </message>
    <message>
        <source>Keep both, %1&apos;s first.</source>
        <translation>Simpan keduanya, milik %1 lebih dulu.</translation>
    </message>
    <message>
        <source>They have the same name and details; nothing to choose.</source>
        <translation>Nama dan rinciannya sama; tidak ada yang perlu dipilih.</translation>
    </message>
    <message>
        <source>What the merged person will have</source>
        <translation>Yang akan dimiliki orang hasil gabungan</translation>
    </message>
    <message>
        <source>%1 will be gone from People, the map and Today. Edit → Undo brings both back as they were.</source>
        <translation>%1 akan hilang dari Orang, peta, dan Hari ini. Sunting → Urungkan mengembalikan keduanya seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>The merged person will have %1.</source>
        <translation>Orang hasil gabungan akan memiliki %1.</translation>
    </message>
    <message>
        <source>%n tie(s)</source>
        <translation>%n ikatan</translation>
    </message>
    <message>
        <source>%n group(s)</source>
        <translation>%n grup</translation>
    </message>
</context>
<context>
    <name>NoMatchNotice</name>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Tidak ada orang yang cocok dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>%1 is archived, so nothing was logged.</source>
        <translation>%1 sudah diarsipkan, jadi tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>%1 is already logged as seen today.</source>
        <translation>%1 sudah tercatat bertemu langsung hari ini.</translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation>Bertemu %1 hari ini</translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation>Tercatat: bertemu langsung dengan %1 hari ini.</translation>
    </message>
    <message>
        <source>%1 is archived, so they were not snoozed.</source>
        <translation>%1 sudah diarsipkan, jadi tidak ditunda.</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Tunda %1</translation>
    </message>
    <message>
        <source>%1 is snoozed until %2.</source>
        <translation>%1 ditunda sampai %2.</translation>
    </message>
    <message>
        <source>That meetup was deleted, so nothing was marked done.</source>
        <translation>Pertemuan itu sudah dihapus, jadi tidak ada yang ditandai selesai.</translation>
    </message>
    <message>
        <source>“%1” is already done.</source>
        <translation>“%1” sudah selesai.</translation>
    </message>
    <message>
        <source>“%1” was cancelled, so it was not marked done.</source>
        <translation>“%1” sudah dibatalkan, jadi tidak ditandai selesai.</translation>
    </message>
    <message>
        <source>“%1” is not planned any more, so it was not marked done.</source>
        <translation>“%1” tidak lagi direncanakan, jadi tidak ditandai selesai.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Tandai “%1” selesai</translation>
    </message>
    <message>
        <source>“%1” is done.</source>
        <translation>“%1” selesai.</translation>
    </message>
    <message>
        <source>That meetup is no longer in Plans.</source>
        <translation>Pertemuan itu sudah tidak ada di Rencana.</translation>
    </message>
    <message>
        <source>%1 is archived, so no meetup was planned.</source>
        <translation>%1 sudah diarsipkan, jadi tidak ada pertemuan yang direncanakan.</translation>
    </message>
    <message>
        <source>That person was deleted, so nothing was done.</source>
        <translation>Orang itu sudah dihapus, jadi tidak ada yang dilakukan.</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Buka Hari ini</translation>
    </message>
    <message>
        <source>Saw %1</source>
        <translation>Bertemu %1</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Tunda sepekan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Rencanakan…</translation>
    </message>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
</context>
<context>
    <name>PartnerHint</name>
    <message>
        <source>Add %1 too — %2&apos;s partner, also due</source>
        <translation>Ajak %1 juga — pasangan %2, juga sudah waktunya ditemui</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>inner circle</source>
        <translation>lingkaran terdalam</translation>
    </message>
    <message>
        <source>close</source>
        <translation>dekat</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>wider circle</source>
        <translation>lingkaran lebih luas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not sorted yet</source>
        <translation>belum masuk lingkaran</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search names, nicknames and interests</source>
        <translation>Cari nama, nama panggilan, dan minat</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <source>Circle filter</source>
        <translation>Saring lingkaran</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Semua lingkaran</translation>
    </message>
    <message>
        <source>Tending filter</source>
        <translation>Saring keadaan hubungan</translation>
    </message>
    <message>
        <source>Any tending</source>
        <translation>Semua keadaan</translation>
    </message>
    <message>
        <source>Worth seeing soon</source>
        <translation>Layak ditemui segera</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Tampilkan yang diarsipkan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>How many people are shown</source>
        <translation>Jumlah orang yang ditampilkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Edit circle</source>
        <translation>Ubah lingkaran</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 dari %2 ditampilkan</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <source>Set Rhythm…</source>
        <translation>Atur ritme…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Sort people not sorted yet…</source>
        <translation>Masukkan ke lingkaran…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Sunting orang…</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone…</source>
        <translation>Ketik nama untuk menambahkan seseorang…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Several people are called “%1”; pick one from the list.</source>
        <translation>Ada beberapa orang bernama “%1”; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>No one called “%1” is in Kith.</source>
        <translation>Tidak ada orang bernama “%1” di Kith.</translation>
    </message>
    <message>
        <source>Remove %1 from this meetup</source>
        <translation>Keluarkan %1 dari pertemuan ini</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Keluarkan %1</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Ketik nama lalu tekan Enter</translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation>Orang dalam interaksi ini</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Keluarkan orang yang dipilih</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <source>Tending</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Last seen in person</source>
        <translation>Terakhir bertemu langsung</translation>
    </message>
    <message>
        <source>Last talked</source>
        <translation>Terakhir berbincang</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>You share: %1</source>
        <translation>Minat bersama: %1</translation>
    </message>
    <message>
        <source>%1 — archived</source>
        <translation>%1 — diarsipkan</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message>
        <source>Saw %1 today</source>
        <translation>Bertemu %1 hari ini</translation>
    </message>
    <message>
        <source>Logged: in person with %1 today.</source>
        <translation>Tercatat: bertemu langsung dengan %1 hari ini.</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Hapus interaksi</translation>
    </message>
    <message>
        <source>Delete this entry of %1?</source>
        <translation>Hapus catatan tanggal %1?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removed %1 of %2.</source>
        <translation>%1 milik %2 dihapus.</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Tunda %1</translation>
    </message>
    <message>
        <source>%1 is snoozed until %2.</source>
        <translation>%1 ditunda sampai %2.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <source>Snooze until this day</source>
        <translation>Tunda sampai tanggal ini</translation>
    </message>
    <message>
        <source>Keep them off the due list until:</source>
        <translation>Jangan tampilkan di daftar yang perlu ditemui sampai:</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n person(s).</source>
        <translation>
            <numerusform>%n orang diarsipkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n person(s).</source>
        <translation>
            <numerusform>%n orang dipulihkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 dipindahkan ke %2.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n people to %1.</source>
        <translation>
            <numerusform>%n orang dipindahkan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now follow their circle&apos;s rhythm.</source>
        <translation>%1 kini mengikuti ritme lingkarannya.</translation>
    </message>
    <message>
        <source>New rhythm for %1: %2.</source>
        <translation>Ritme baru untuk %1: %2.</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>Gabungkan %1 dan %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2.</source>
        <translation>%1 digabungkan ke %2.</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>Hapus %1 untuk selamanya?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people for good?</source>
        <translation>
            <numerusform>Hapus %n orang untuk selamanya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their follow-ups, dates and the interactions only they were part of go too. Archiving keeps everything and hides them instead.</source>
        <translation>Tindak lanjut, tanggal, dan interaksi yang hanya melibatkan mereka juga ikut terhapus. Mengarsipkan menyimpan semuanya dan hanya menyembunyikan mereka.</translation>
    </message>
    <message>
        <source>Archive instead</source>
        <translation>Arsipkan saja</translation>
    </message>
    <message>
        <source>Deleted the entry of %1.</source>
        <translation>Entri %1 dihapus.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add someone</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sunting orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Where they work, or what they belong to</source>
        <translation>Tempat kerja atau perkumpulan mereka</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>The circle&apos;s rhythm</source>
        <translation>Ikuti ritme lingkaran</translation>
    </message>
    <message>
        <source>Rhythm in days</source>
        <translation>Ritme dalam hari</translation>
    </message>
    <message>
        <source>How often you&apos;d like to see them in person.</source>
        <translation>Seberapa sering Anda ingin bertemu langsung dengannya.</translation>
    </message>
    <message>
        <source>climbing, board games, jazz</source>
        <translation>panjat tebing, permainan papan, jazz</translation>
    </message>
    <message>
        <source>Interests, separated by commas</source>
        <translation>Minat, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Ulang tahun diketahui</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Ulang tahun: hari</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Ulang tahun: bulan</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>tahun tidak diketahui</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Ulang tahun: tahun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What matters to them, what&apos;s going on lately…</source>
        <translation>Apa yang penting baginya, apa yang sedang terjadi akhir-akhir ini…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Nic&amp;kname</source>
        <translation>Nama pan&amp;ggilan</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <translation>&amp;Lingkaran</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>&amp;Minat</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>E-&amp;mails</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Ulang tahun</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Someone I can &amp;lean on</source>
        <translation>Seseorang yang bisa saya an&amp;dalkan</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Choose someone in People (Ctrl+2) to see their page here.</source>
        <translation>Pilih seseorang di Orang (Ctrl+2) untuk melihat halamannya di sini.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Tending</source>
        <translation>Merawat hubungan</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Tambah tindak lanjut…</translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Open follow-ups; tick one when done</source>
        <translation>Tindak lanjut yang masih terbuka; centang bila sudah</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Tanggal penting</translation>
    </message>
    <message>
        <source>Add date…</source>
        <translation>Tambah tanggal…</translation>
    </message>
    <message>
        <source>Timeline of interactions</source>
        <translation>Linimasa interaksi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Changed on two devices</source>
        <translation>Diubah di dua perangkat</translation>
    </message>
    <message>
        <source>Both devices changed these; Kith kept the later change everywhere.</source>
        <translation>Kedua perangkat mengubah ini; Kith menyimpan perubahan yang lebih baru di semua perangkat.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cara menghubunginya</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 (their own rhythm)</source>
        <translation>%1 (ritme khusus)</translation>
    </message>
    <message>
        <source>someone you can lean on</source>
        <translation>seseorang yang bisa Anda andalkan</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <source>last talked %1</source>
        <translation>terakhir berbincang %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>ditunda sampai %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <source>No interests noted yet.</source>
        <translation>Belum ada minat yang dicatat.</translation>
    </message>
    <message>
        <source>Highlighted: interests you share.</source>
        <translation>Yang disorot: minat yang sama dengan Anda.</translation>
    </message>
    <message>
        <source>Nothing to remember. “Add follow-up” notes one.</source>
        <translation>Tidak ada yang perlu diingat. “Tambah tindak lanjut” untuk mencatatnya.</translation>
    </message>
    <message>
        <source>an idea, no date yet</source>
        <translation>masih ide, belum ada tanggal</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>genap %1 tahun</translation>
    </message>
    <message>
        <source>Right-click to remove</source>
        <translation>Klik kanan untuk menghapus</translation>
    </message>
    <message>
        <source>No dates noted yet.</source>
        <translation>Belum ada tanggal yang dicatat.</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Hapus tanggal ini</translation>
    </message>
    <message>
        <source>Nothing logged yet. When you meet, “Log interaction” keeps it here.</source>
        <translation>Belum ada yang dicatat. Saat kalian bertemu, “Catat interaksi” menyimpannya di sini.</translation>
    </message>
    <message>
        <source>The latest %1 of %2.</source>
        <translation>%1 terbaru dari %2.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>dengan %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Ikatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Hapus entri…</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>R&amp;incian orang</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>R&amp;encana</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Ideas without a day</source>
        <translation>Ide tanpa hari</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Pekan ini</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Pekan depan</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Pekan lalu</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Pekan mulai %1</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>Belum ada hari</translation>
    </message>
    <message>
        <source>%1 – %2 · all day</source>
        <translation>%1 – %2 · sepanjang hari</translation>
    </message>
    <message>
        <source>%1 · all day</source>
        <translation>%1 · sepanjang hari</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>Not marked done yet</source>
        <translation>Belum ditandai selesai</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Dengan %1</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>New meetup…</source>
        <translation>Pertemuan baru…</translation>
    </message>
    <message>
        <source>Plan a meetup in person</source>
        <translation>Rencanakan pertemuan langsung</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Log it as met in person with everyone in it</source>
        <translation>Catat sebagai bertemu langsung dengan semua pesertanya</translation>
    </message>
    <message>
        <source>Cancel meetup</source>
        <translation>Batalkan pertemuan</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Ekspor ke kalender…</translation>
    </message>
    <message>
        <source>Save this meetup as an .ics file that any calendar can open</source>
        <translation>Simpan pertemuan ini sebagai berkas .ics yang bisa dibuka kalender apa pun</translation>
    </message>
    <message>
        <source>Export upcoming…</source>
        <translation>Ekspor yang akan datang…</translation>
    </message>
    <message>
        <source>Save every upcoming meetup as one .ics file for your calendar</source>
        <translation>Simpan semua pertemuan mendatang dalam satu berkas .ics untuk kalender Anda</translation>
    </message>
    <message>
        <source>Show past and cancelled</source>
        <translation>Tampilkan yang lalu dan dibatalkan</translation>
    </message>
    <message>
        <source>Also list meetups that are done or cancelled</source>
        <translation>Tampilkan juga pertemuan yang sudah selesai atau dibatalkan</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Urungkan tindakan terakhir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <source>Meetups by week</source>
        <translation>Pertemuan per pekan</translation>
    </message>
    <message>
        <source>No plans yet.
Plan a meetup with someone you would like to see in person,
or keep an idea here until you find a day.</source>
        <translation>Belum ada rencana.
Rencanakan pertemuan dengan seseorang yang ingin Anda temui langsung,
atau simpan ide di sini sampai menemukan harinya.</translation>
    </message>
    <message>
        <source>Plan a meetup…</source>
        <translation>Rencanakan pertemuan…</translation>
    </message>
    <message>
        <source>Mark “%1” done?</source>
        <translation>Tandai “%1” selesai?</translation>
    </message>
    <message>
        <source>This logs that you met %1 in person on %2.</source>
        <translation>Ini mencatat bahwa Anda bertemu langsung dengan %1 pada %2.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Tandai “%1” selesai</translation>
    </message>
    <message>
        <source>“%1” is done: logged as met in person with %2.</source>
        <translation>“%1” selesai: tercatat bertemu langsung dengan %2.</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Batalkan “%1”?</translation>
    </message>
    <message>
        <source>It stays in your plans as cancelled; you can reopen it later.</source>
        <translation>Pertemuan tetap ada di rencana Anda sebagai dibatalkan; Anda bisa membukanya kembali nanti.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Batalkan “%1”</translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>“%1” dibatalkan.</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Buka kembali “%1”</translation>
    </message>
    <message>
        <source>“%1” is back in your plans.</source>
        <translation>“%1” kembali ada di rencana Anda.</translation>
    </message>
    <message>
        <source>Delete meetup</source>
        <translation>Hapus pertemuan</translation>
    </message>
    <message>
        <source>Delete “%1” for good?</source>
        <translation>Hapus “%1” untuk selamanya?</translation>
    </message>
    <message>
        <source>Interactions already logged from it stay. To keep it listed, cancel it instead.</source>
        <translation>Interaksi yang sudah tercatat darinya tetap ada. Agar tetap terdaftar, batalkan saja.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>“%1” dihapus.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Diurungkan: %1.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Tidak bisa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log that you saw someone</source>
        <translation>Catat bahwa Anda bertemu seseorang</translation>
    </message>
    <message>
        <source>Worth seeing</source>
        <translation>Layak ditemui</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Semua yang lain</translation>
    </message>
    <message>
        <source>Who did you see in person today? Choose one or more.</source>
        <translation>Siapa yang Anda temui langsung hari ini? Pilih satu orang atau lebih.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Ketik nama</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cari orang</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Space chooses a person; Enter logs.</source>
        <translation>Spasi memilih orang; Enter mencatat.</translation>
    </message>
    <message>
        <source>Log in person today</source>
        <translation>Catat bertemu langsung hari ini</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Dengan %1</translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation>Belum ada yang dipilih.</translation>
    </message>
</context>
<context>
    <name>ReachList</name>
    <message>
        <source>Nothing noted yet.</source>
        <translation>Belum ada yang dicatat.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Kirim email ke %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>RelationshipMap</name>
    <message>
        <source>Relationship map</source>
        <translation>Peta hubungan</translation>
    </message>
    <message>
        <source>Highlight who shares an interest</source>
        <translation>Sorot orang yang punya minat yang sama</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Tampilkan semua orang</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pindahkan ke %1</translation>
    </message>
    <message>
        <source>Drag to look around · drag someone onto another ring to move them · Ctrl+wheel to zoom · click someone to open them · arrow keys pick someone, Ctrl+↑ or Ctrl+↓ moves them a circle in or out</source>
        <translation>Seret untuk menggeser · seret seseorang ke cincin lain untuk memindahkannya · Ctrl+roda untuk memperbesar · klik seseorang untuk membukanya · tombol panah memilih seseorang, Ctrl+↑ atau Ctrl+↓ memindahkannya satu lingkaran ke dalam atau ke luar</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Lingkaran terdalam</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Wider circle</source>
        <translation>Lingkaran lebih luas</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>&amp;Highlight who shares</source>
        <translation>&amp;Sorot yang berminat pada</translation>
    </message>
    <message>
        <source>%1 people on four rings around you</source>
        <translation>%1 orang di empat cincin di sekitar Anda</translation>
    </message>
    <message>
        <source>Nobody here yet: people you add appear on the ring of their circle.</source>
        <translation>Belum ada siapa pun: orang yang Anda tambahkan muncul di cincin lingkarannya.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Move to circle</source>
        <translation>Pindahkan ke lingkaran</translation>
    </message>
    <message>
        <source>Not met in person yet</source>
        <translation>Belum bertemu langsung</translation>
    </message>
    <message>
        <source>Last seen in person %1</source>
        <translation>Terakhir bertemu langsung %1</translation>
    </message>
    <message>
        <source>1 person shares it</source>
        <translation>1 orang berminat sama</translation>
    </message>
    <message>
        <source>%1 people share it</source>
        <translation>%1 orang berminat sama</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Belum masuk lingkaran</translation>
    </message>
    <message>
        <source>Show &amp;ties</source>
        <translation>Tampilkan &amp;ikatan</translation>
    </message>
    <message>
        <source>Draw the ties of your inner and close circles. Solid lines: family (wider: partners) · dashed: friends · dotted: colleagues · dash-dot: know each other</source>
        <translation>Gambar ikatan lingkaran terdalam dan dekat Anda. Garis utuh: keluarga (lebih tebal: pasangan) · putus-putus: teman · titik-titik: rekan kerja · titik-garis: saling kenal</translation>
    </message>
    <message>
        <source>Show the ties of your inner and close circles</source>
        <translation>Tampilkan ikatan lingkaran terdalam dan dekat Anda</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grup: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lainnya</translation>
    </message>
    <message>
        <source>Ties: %1</source>
        <translation>Ikatan: %1</translation>
    </message>
    <message>
        <source>1 person in it</source>
        <translation>1 orang di dalamnya</translation>
    </message>
    <message>
        <source>%1 people in it</source>
        <translation>%1 orang di dalamnya</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Sembunyikan pengingat ini</translation>
    </message>
</context>
<context>
    <name>ReminderDelivery</name>
    <message>
        <source>Reminders appear only here in the window: no notification service answered.</source>
        <translation>Pengingat hanya muncul di sini, di jendela: tidak ada layanan notifikasi yang menjawab.</translation>
    </message>
    <message>
        <source>No reminder has been shown since Kith started: send a test to see how they arrive.</source>
        <translation>Belum ada pengingat yang ditampilkan sejak Kith berjalan: kirim uji untuk melihat cara pengingat sampai.</translation>
    </message>
    <message>
        <source>Reminders arrive as: %1.</source>
        <translation>Pengingat sampai sebagai: %1.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 person to see in person</source>
        <translation>1 orang untuk ditemui langsung</translation>
    </message>
    <message>
        <source>%n people to see in person</source>
        <translation>%n orang untuk ditemui langsung</translation>
    </message>
    <message>
        <source>Time to see %1.</source>
        <translation>Sudah waktunya bertemu %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 dan %n lainnya</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation>Akan datang pekan ini</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Coming up: %1; and %n more.</source>
        <translation>Akan datang: %1; dan %n lainnya.</translation>
    </message>
    <message>
        <source>Coming up: %1.</source>
        <translation>Akan datang: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s birthday</source>
        <translation>Ulang tahun %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1&apos;s anniversary</source>
        <translation>Hari jadi %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a yearly date</source>
        <translation>tanggal tahunan</translation>
    </message>
    <message>
        <source> (turns %n)</source>
        <translation> (genap %n tahun)</translation>
    </message>
    <message>
        <source> (%n years)</source>
        <translation> (%n tahun)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>%n important dates</source>
        <translation>%n tanggal penting</translation>
    </message>
    <message>
        <source>And %n more.</source>
        <translation>Dan %n lainnya.</translation>
    </message>
    <message>
        <source>Today with %1 at %2.</source>
        <translation>Hari ini dengan %1 di %2.</translation>
    </message>
    <message>
        <source>Today with %1.</source>
        <translation>Hari ini dengan %1.</translation>
    </message>
    <message>
        <source>Today at %1.</source>
        <translation>Hari ini di %1.</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Hari ini.</translation>
    </message>
    <message>
        <source>At %1 with %2 at %3.</source>
        <translation>Pukul %1 dengan %2 di %3.</translation>
    </message>
    <message>
        <source>At %1 with %2.</source>
        <translation>Pukul %1 dengan %2.</translation>
    </message>
    <message>
        <source>At %1 at %2.</source>
        <translation>Pukul %1 di %2.</translation>
    </message>
    <message>
        <source>At %1.</source>
        <translation>Pukul %1.</translation>
    </message>
    <message>
        <source>Remember: %1.</source>
        <translation>Ingat: %1.</translation>
    </message>
    <message>
        <source>While Kith was closed: %1.</source>
        <translation>Selama Kith ditutup: %1.</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Selama Anda pergi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pengatura&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What Kith holds now is kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Pilih cadangan yang ingin dipulihkan. Isi Kith saat ini disimpan dulu sebagai cadangan, jadi pemulihan pun bisa dibatalkan dengan memulihkan cadangan itu.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>No backups yet. Kith makes one each day it opens, and File → Back Up Now makes one at once.</source>
        <translation>Belum ada cadangan. Kith membuat satu setiap hari saat dibuka, dan Berkas → Cadangkan sekarang langsung membuatnya.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>Berkas &amp;lain…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else</source>
        <translation>Pulihkan cadangan yang disimpan di tempat lain</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Tampilkan &amp;folder</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Dibuat oleh Anda</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before a repair</source>
        <translation>Sebelum perbaikan</translation>
    </message>
    <message>
        <source>Go back to the backup made %1?</source>
        <translation>Kembali ke cadangan yang dibuat %1?</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Kith databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Basis data Kith (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Go back to the backup %1?</source>
        <translation>Kembali ke cadangan %1?</translation>
    </message>
    <message>
        <source>Everything noted since then is replaced. What Kith holds now is kept as a backup first.</source>
        <translation>Semua yang dicatat sejak itu akan diganti. Isi Kith saat ini disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>RhythmDialog</name>
    <message>
        <source>Set rhythm</source>
        <translation>Atur ritme</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>The circle&apos;s rhythm</source>
        <translation>Ikuti ritme lingkaran</translation>
    </message>
    <message>
        <source>Rhythm in days</source>
        <translation>Ritme dalam hari</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
</context>
<context>
    <name>SavedNote</name>
    <message>
        <source>Show in Folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
</context>
<context>
    <name>SavedWords</name>
    <message numerus="yes">
        <source>Saved %n meetups to %1.</source>
        <translation>
            <numerusform>%n pertemuan disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar entries to %1.</source>
        <translation>
            <numerusform>%n entri kalender disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n people to %1.</source>
        <translation>
            <numerusform>%n orang disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved everything, %n people, to %1.</source>
        <translation>
            <numerusform>Semua data, %n orang, disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Kith Settings</source>
        <translation>Pengaturan Kith</translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation>Jalankan Kith saat saya masuk</translation>
    </message>
    <message>
        <source>Start in the tray, without the window</source>
        <translation>Mulai di baki sistem, tanpa jendela</translation>
    </message>
    <message>
        <source>Keep reminding in the background when the window closes</source>
        <translation>Tetap mengingatkan di latar belakang saat jendela ditutup</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Send a test reminder</source>
        <translation>Kirim pengingat uji</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Pengingat harian pukul</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Jam tenang dari</translation>
    </message>
    <message>
        <source>One reminder a day names who to see. Nothing comes in quiet hours except the alarm of a meetup you planned.</source>
        <translation>Satu pengingat sehari menyebutkan siapa yang perlu ditemui. Tidak ada yang datang di jam tenang kecuali alarm pertemuan yang Anda rencanakan.</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Tidak bisa mengubah pengaturan mulai saat masuk: %1</translation>
    </message>
    <message>
        <source>Kith speaks the new language from its next start.</source>
        <translation>Kith memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Kith is working</source>
        <translation>Kith berjalan dengan baik</translation>
    </message>
    <message>
        <source>This is how a reminder from Kith looks.</source>
        <translation>Beginilah tampilan pengingat dari Kith.</translation>
    </message>
    <message>
        <source>No reminder could be shown: %1</source>
        <translation>Pengingat tidak bisa ditampilkan: %1</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Dikirim lewat %1.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Waktu pengingat harian</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Awal jam tenang</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Akhir jam tenang</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up, Down</source>
        <translation>Atas, Bawah</translation>
    </message>
    <message>
        <source>Move between people</source>
        <translation>Berpindah antarorang</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Spasi</translation>
    </message>
    <message>
        <source>Saw them today</source>
        <translation>Bertemu hari ini</translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation>Kanan, Kiri</translation>
    </message>
    <message>
        <source>The row&apos;s name and buttons</source>
        <translation>Nama dan tombol di baris itu</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The row&apos;s actions as a menu</source>
        <translation>Tindakan baris itu sebagai menu</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>Dari kolom pencarian ke hasilnya</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the search field: open the one match</source>
        <translation>Di kolom pencarian: buka satu-satunya hasil</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>SortingDialog</name>
    <message>
        <source>Sort people</source>
        <translation>Masukkan orang ke lingkaran</translation>
    </message>
    <message>
        <source>Not someone to tend</source>
        <translation>Bukan untuk dirawat hubungannya</translation>
    </message>
    <message>
        <source>Archived: kept, and can be restored any time</source>
        <translation>Diarsipkan: tetap disimpan, dan bisa dipulihkan kapan saja</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Tombol: %1</translation>
    </message>
    <message>
        <source>Archived %1: not someone to tend.</source>
        <translation>%1 diarsipkan: bukan orang untuk dirawat hubungannya.</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>Close circle</source>
        <translation>Lingkaran dekat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Chosen: not someone to tend</source>
        <translation>Dipilih: bukan orang untuk dirawat hubungannya</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisasi: %1</translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation>Nama panggilan: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Ulang tahun: %1</translation>
    </message>
    <message>
        <source>Last interaction: %1 (%2)</source>
        <translation>Interaksi terakhir: %1 (%2)</translation>
    </message>
    <message>
        <source>No interaction logged yet</source>
        <translation>Belum ada interaksi yang dicatat</translation>
    </message>
    <message>
        <source>That is everyone for now. Those you skipped stay not sorted yet.</source>
        <translation>Itu semua untuk saat ini. Yang Anda lewati tetap belum masuk lingkaran.</translation>
    </message>
    <message>
        <source>Everyone is sorted.</source>
        <translation>Semua orang sudah masuk lingkaran.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changed on Two Devices</source>
        <translation>Diubah di dua perangkat</translation>
    </message>
    <message>
        <source>These values were changed on two devices before they saw each other&apos;s change. Kith kept the later one everywhere; here are the others.</source>
        <translation>Nilai-nilai ini diubah di dua perangkat sebelum perangkat itu melihat perubahan satu sama lain. Kith menyimpan yang lebih baru di semua perangkat; inilah yang lainnya.</translation>
    </message>
    <message>
        <source>Values changed on two devices</source>
        <translation>Nilai yang diubah di dua perangkat</translation>
    </message>
    <message>
        <source>Nothing was changed on two devices.</source>
        <translation>Tidak ada yang diubah di dua perangkat.</translation>
    </message>
    <message>
        <source>Use This Value</source>
        <translation>Pakai nilai ini</translation>
    </message>
    <message>
        <source>%1: kept “%2”; on %3 (%4): “%5”</source>
        <translation>%1: disimpan “%2”; di %3 (%4): “%5”</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Ikatan</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nama grup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Someone I can lean on</source>
        <translation>Seseorang yang bisa saya andalkan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Pakai “%1”</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>&lt;b&gt;Sync&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinkronisasi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Share your people with your other computers through a folder your file-sync tool (Syncthing, Nextcloud, Dropbox…) keeps the same on each. Kith writes only its own changes there and reads the others&apos;.</source>
        <translation>Bagikan orang-orang Anda ke komputer Anda yang lain melalui folder yang disamakan oleh alat sinkronisasi berkas Anda (Syncthing, Nextcloud, Dropbox…) di setiap komputer. Kith hanya menulis perubahannya sendiri di sana dan membaca perubahan komputer lain.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nama komputer ini</translation>
    </message>
    <message>
        <source>Choose Sync Folder…</source>
        <translation>Pilih folder sinkronisasi…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Changed on Two Devices…</source>
        <translation>Diubah di dua perangkat…</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Ganti folder…</translation>
    </message>
    <message>
        <source>The database itself looks to be in a synced folder (%1); a sync tool can copy it mid-write. Keep it elsewhere and sync through a folder here.</source>
        <translation>Basis data itu sendiri tampaknya berada di folder yang disinkronkan (%1); alat sinkronisasi bisa menyalinnya saat sedang ditulis. Simpan di tempat lain dan sinkronkan melalui folder di sini.</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Folder sinkronisasi</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Off: this computer syncs with no other.</source>
        <translation>Mati: komputer ini tidak sinkron dengan komputer lain.</translation>
    </message>
    <message>
        <source>Syncing through %1; no other computer heard from yet.</source>
        <translation>Sinkron melalui %1; belum ada kabar dari komputer lain.</translation>
    </message>
    <message>
        <source>Synced with %1 %2.</source>
        <translation>Sinkron dengan %1 %2.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>%n minute(s) ago</source>
        <translation>%n menit yang lalu</translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation>%n jam yang lalu</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
</context>
<context>
    <name>TendingState</name>
    <message>
        <source>In rhythm</source>
        <translation>Sesuai ritme</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Sebentar lagi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sudah waktunya</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat waktunya</translation>
    </message>
    <message>
        <source>Meetup planned</source>
        <translation>Pertemuan direncanakan</translation>
    </message>
    <message>
        <source>Not met in person yet</source>
        <translation>Belum bertemu langsung</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Belum masuk lingkaran</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>Tie of %1</source>
        <translation>Ikatan %1</translation>
    </message>
    <message>
        <source>Add a tie</source>
        <translation>Tambahkan ikatan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Type a few letters of a name</source>
        <translation>Ketik beberapa huruf nama</translation>
    </message>
    <message>
        <source>What they are to %1</source>
        <translation>Siapa mereka bagi %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Met at university, neighbours…</source>
        <translation>Kenal di kampus, tetangga…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Siapa:</translation>
    </message>
    <message>
        <source>&amp;To %1 they are:</source>
        <translation>&amp;Bagi %1 mereka adalah:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Choose someone from the list: type a few letters of their name.</source>
        <translation>Pilih seseorang dari daftar: ketik beberapa huruf namanya.</translation>
    </message>
    <message>
        <source>Type the name of the one they are tied to.</source>
        <translation>Ketik nama orang yang terikat dengannya.</translation>
    </message>
</context>
<context>
    <name>Ties</name>
    <message>
        <source>Partner</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Kenalan</translation>
    </message>
</context>
<context>
    <name>TiesSection</name>
    <message>
        <source>Ties; Enter opens the person, Delete removes</source>
        <translation>Ikatan; Enter membuka orangnya, Delete menghapus</translation>
    </message>
    <message>
        <source>Add tie…</source>
        <translation>Tambah ikatan…</translation>
    </message>
    <message>
        <source>Groups; Delete takes them out of one</source>
        <translation>Grup; Delete mengeluarkan dari grup</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Masukkan ke grup…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>No ties yet: who are they close to?</source>
        <translation>Belum ada ikatan: dengan siapa mereka dekat?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n other(s))</source>
        <translation>
            <numerusform>%1 (bersama %n orang lain)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie between %1 and %2</source>
        <translation>Ikatan antara %1 dan %2</translation>
    </message>
    <message>
        <source>Removed the tie between %1 and %2</source>
        <translation>Ikatan antara %1 dan %2 dihapus</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Change tie…</source>
        <translation>Ubah ikatan…</translation>
    </message>
    <message>
        <source>Remove tie</source>
        <translation>Hapus ikatan</translation>
    </message>
    <message>
        <source>Add %1 to a group</source>
        <translation>Masukkan %1 ke grup</translation>
    </message>
    <message>
        <source>Group: choose one or type a new name</source>
        <translation>Grup: pilih salah satu atau ketik nama baru</translation>
    </message>
    <message>
        <source>Family, climbing crew, book club…</source>
        <translation>Keluarga, kawan panjat tebing, klub buku…</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Grup baru %1</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>%1 dimasukkan ke %2</translation>
    </message>
    <message>
        <source>Took %1 out of %2</source>
        <translation>%1 dikeluarkan dari %2</translation>
    </message>
    <message>
        <source>Plan a meetup with this group…</source>
        <translation>Rencanakan pertemuan dengan grup ini…</translation>
    </message>
    <message>
        <source>Take out of this group</source>
        <translation>Keluarkan dari grup ini</translation>
    </message>
    <message>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <source>Worth seeing in person</source>
        <translation>Layak ditemui langsung</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Bersama-sama</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Tanggal penting</translation>
    </message>
    <message>
        <source>Before you meet</source>
        <translation>Sebelum bertemu</translation>
    </message>
    <message>
        <source>Seen today ✓</source>
        <translation>Ditemui hari ini ✓</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Ditunda sampai %1</translation>
    </message>
    <message>
        <source>Gathering today…</source>
        <translation>Menyiapkan hari ini…</translation>
    </message>
    <message>
        <source>Today could not be read: %1</source>
        <translation>Hari ini tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>and %1 more…</source>
        <translation>dan %1 lainnya…</translation>
    </message>
    <message>
        <source>Nobody is waiting to be seen. Enjoy the quiet.</source>
        <translation>Tidak ada yang sedang menunggu ditemui. Nikmati ketenangannya.</translation>
    </message>
    <message>
        <source>Plan together…</source>
        <translation>Rencanakan bersama…</translation>
    </message>
    <message>
        <source>Plan a meetup around %1</source>
        <translation>Rencanakan pertemuan seputar %1</translation>
    </message>
    <message>
        <source>%1 and %n other(s)</source>
        <translation>%1 dan %n lainnya</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 both like %2 and would be good to see.</source>
        <translation>%1 sama-sama suka %2 dan layak ditemui.</translation>
    </message>
    <message>
        <source>%1 all like %2 and would be good to see.</source>
        <translation>%1 semuanya suka %2 dan layak ditemui.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>…and %1 more in Plans</source>
        <translation>…dan %1 lainnya di Rencana</translation>
    </message>
    <message>
        <source>No meetups planned for the next two weeks.</source>
        <translation>Belum ada pertemuan yang direncanakan untuk dua minggu ke depan.</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>genap %1 tahun</translation>
    </message>
    <message>
        <source>No birthdays or anniversaries in the next three weeks.</source>
        <translation>Tidak ada ulang tahun atau hari jadi dalam tiga minggu ke depan.</translation>
    </message>
    <message>
        <source>%1 people from your contacts are not sorted yet — Sort them…</source>
        <translation>%1 orang dari kontak Anda belum masuk lingkaran — Masukkan mereka…</translation>
    </message>
    <message>
        <source>1 person from your contacts is not sorted yet — Sort them…</source>
        <translation>1 orang dari kontak Anda belum masuk lingkaran — Masukkan ke lingkaran…</translation>
    </message>
    <message>
        <source>Plan a meetup with %1</source>
        <translation>Rencanakan pertemuan dengan %1</translation>
    </message>
    <message>
        <source>%1 are partners and both would be good to see.</source>
        <translation>%1 adalah pasangan dan keduanya layak ditemui.</translation>
    </message>
    <message>
        <source>%1 know each other and both like %2.</source>
        <translation>%1 saling kenal dan sama-sama suka %2.</translation>
    </message>
    <message>
        <source>%1 know each other and all like %2.</source>
        <translation>%1 saling kenal dan semuanya suka %2.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Diurungkan.</translation>
    </message>
</context>
<context>
    <name>WindowClosing</name>
    <message>
        <source>Kith is still here</source>
        <translation>Kith masih ada di sini</translation>
    </message>
    <message>
        <source>Kith keeps running in the tray so it can remind you. Choose Quit in its menu to close it.</source>
        <translation>Kith tetap berjalan di baki sistem agar bisa mengingatkan Anda. Pilih Keluar di menunya untuk menutupnya.</translation>
    </message>
    <message>
        <source>Kith has quit</source>
        <translation>Kith sudah keluar</translation>
    </message>
    <message>
        <source>Reminders stop until Kith starts again. Start Kith to have them back.</source>
        <translation>Pengingat berhenti sampai Kith berjalan lagi. Jalankan Kith untuk mendapatkannya kembali.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Back Up Now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Dicadangkan ke %1.</translation>
    </message>
    <message>
        <source>Restored %1. What it replaced is kept as %2.</source>
        <translation>%1 dipulihkan. Isi yang digantikannya disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>About Kith</source>
        <translation>Tentang Kith</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kith %1&lt;/b&gt;&lt;p&gt;Tend the relationships that matter, offline.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kith %1&lt;/b&gt;&lt;p&gt;Rawat hubungan yang berarti, tanpa internet.&lt;/p&gt;&lt;p&gt;Data Anda tersimpan dalam satu berkas di komputer ini.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>%1 time</source>
        <translation>waktu %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Terjadi sesuatu yang tidak terduga.</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved whole or not at all. The details were written to the terminal, for a bug report.</source>
        <translation>Data Anda aman: setiap perubahan disimpan utuh atau tidak sama sekali. Rinciannya ditulis ke terminal, untuk laporan bug.</translation>
    </message>
    <message>
        <source>Kith cannot open its data.</source>
        <translation>Kith tidak bisa membuka datanya.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%n day(s)</source>
        <translation>%n hari</translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation>%n minggu</translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation>%n bulan</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n tahun</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 yang lalu</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 lagi</translation>
    </message>
    <message>
        <source>not met in person yet</source>
        <translation>belum pernah bertemu langsung</translation>
    </message>
    <message>
        <source>last seen in person %1</source>
        <translation>terakhir bertemu langsung %1</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>bertemu %1</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>sudah waktunya sejak %1 lalu</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>sudah waktunya hari ini</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>waktunya %1</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Lingkaran terdalam</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Dekat</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Wider circle</source>
        <translation>Lingkaran lebih luas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Bertemu langsung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Hari jadi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>setiap minggu</translation>
    </message>
    <message>
        <source>every %n week(s)</source>
        <translation>setiap %n minggu</translation>
    </message>
    <message>
        <source>every %n day(s)</source>
        <translation>setiap %n hari</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Belum masuk lingkaran</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>%n day(s)</source>
        <translation>%n hari</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n tahun</translation>
    </message>
    <message>
        <source>a week and a half</source>
        <translation>satu setengah minggu</translation>
    </message>
    <message>
        <source>a month and a half</source>
        <translation>satu setengah bulan</translation>
    </message>
    <message>
        <source>%1 and a half weeks</source>
        <translation>%1 setengah minggu</translation>
    </message>
    <message>
        <source>%1 and a half months</source>
        <translation>%1 setengah bulan</translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation>%n minggu</translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation>%n bulan</translation>
    </message>
    <message>
        <source>not met in person yet</source>
        <translation>belum pernah bertemu langsung</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>waktunya besok</translation>
    </message>
    <message>
        <source>due in %n day(s)</source>
        <translation>waktunya dalam %n hari</translation>
    </message>
    <message>
        <source>%1 since you met</source>
        <translation>%1 sejak terakhir bertemu</translation>
    </message>
    <message>
        <source>birthday today</source>
        <translation>ulang tahun hari ini</translation>
    </message>
    <message>
        <source>birthday tomorrow</source>
        <translation>ulang tahun besok</translation>
    </message>
    <message>
        <source>birthday in %n day(s)</source>
        <translation>ulang tahun dalam %n hari</translation>
    </message>
    <message>
        <source>someone you can lean on</source>
        <translation>seseorang yang bisa Anda andalkan</translation>
    </message>
</context>
</TS>
