<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
  <context>
    <name>Application</name>
    <message>
      <location filename="../../desktop/ui/application.py" line="49" />
      <source>Basis data tidak dapat dibuka</source>
      <translation>The database cannot be opened</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="79" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="90" />
      <source>Cari uraian, tujuan atau kolom data…</source>
      <translation>Search description, target or data fields…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="92" />
      <source>Ekspor…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="96" />
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="114" />
      <source>Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31): siapa, kapan, apa, berapa orang, kolom apa, dan ke mana. Catatan tidak memuat data pribadi itu sendiri.</source>
      <translation>Record of personal data processing (Law 27/2022 Art. 31): who, when, what, how many persons, which fields and where to. The record does not hold the personal data itself.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="142" />
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="167" />
      <source>Memuat catatan</source>
      <translation>Loading the log</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="149" />
      <source>Semua</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="166" />
      <source>{0} catatan</source>
      <translation>{0} entries</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="172" />
      <source>Ekspor catatan pemrosesan</source>
      <translation>Export the processing record</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="179" />
      <source>Ekspor selesai</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="179" />
      <source>{0} catatan diekspor ke {1}.</source>
      <translation>{0} entries exported to {1}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/audit_page.py" line="180" />
      <source>Mengekspor catatan…</source>
      <translation>Exporting the record…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="18" />
      <source>&amp;Cadangkan sekarang…</source>
      <translation>&amp;Back up now…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="20" />
      <source>&amp;Pulihkan dari cadangan…</source>
      <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="22" />
      <source>Periksa &amp;basis data</source>
      <translation>Check &amp;database</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="24" />
      <source>Pindahkan data ke basis data &amp;lain…</source>
      <translation>Move data to &amp;another database…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="26" />
      <source>Catatan &amp;pemrosesan data</source>
      <translation>Data &amp;processing record</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="28" />
      <source>Kata sandi &amp;aplikasi…</source>
      <translation>App &amp;password…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="35" />
      <source>&amp;Hak subjek data (laporan, anonimkan, hapus)…</source>
      <translation>Data subject &amp;rights (report, anonymise, erase)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_maintenance.py" line="15" />
      <source>Catatan Pemrosesan</source>
      <translation>Processing Record</translation>
    </message>
    <message>
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Ekspor</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Cetak</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Gabung</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Templat dokumen</source>
      <translation>Document template</translation>
    </message>
    <message>
      <source>Tambah orang</source>
      <translation>Add person</translation>
    </message>
    <message>
      <source>Ubah orang</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <source>Orang ke tempat sampah</source>
      <translation>Person moved to trash</translation>
    </message>
    <message>
      <source>Orang dari tempat sampah</source>
      <translation>Person restored from trash</translation>
    </message>
    <message>
      <source>Urungkan tambah orang</source>
      <translation>Undo add person</translation>
    </message>
    <message>
      <source>Tambah unit</source>
      <translation>Add unit</translation>
    </message>
    <message>
      <source>Ubah unit</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <source>Unit ke tempat sampah</source>
      <translation>Unit moved to trash</translation>
    </message>
    <message>
      <source>Tambah lembaga</source>
      <translation>Add institution</translation>
    </message>
    <message>
      <source>Ubah lembaga</source>
      <translation>Edit institution</translation>
    </message>
    <message>
      <source>Lembaga ke tempat sampah</source>
      <translation>Institution moved to trash</translation>
    </message>
    <message>
      <source>Buat batch</source>
      <translation>Make batch</translation>
    </message>
    <message>
      <source>Batalkan batch</source>
      <translation>Cancel batch</translation>
    </message>
    <message>
      <source>Keluarkan dari batch</source>
      <translation>Remove from batch</translation>
    </message>
    <message>
      <source>Jawaban Kantor Cabang</source>
      <translation>Branch office's answer</translation>
    </message>
    <message>
      <source>Tambah klaim</source>
      <translation>Add claim</translation>
    </message>
    <message>
      <source>Ubah klaim</source>
      <translation>Edit claim</translation>
    </message>
    <message>
      <source>Hapus klaim</source>
      <translation>Delete claim</translation>
    </message>
    <message>
      <source>Tambah tarif</source>
      <translation>Add rate</translation>
    </message>
    <message>
      <source>Tambah rentang penghasilan</source>
      <translation>Add income bracket</translation>
    </message>
    <message>
      <source>Koreksi golongan penghasilan</source>
      <translation>Income bracket correction</translation>
    </message>
    <message>
      <source>Impor preset</source>
      <translation>Preset import</translation>
    </message>
    <message>
      <source>Simpan preset</source>
      <translation>Save preset</translation>
    </message>
    <message>
      <source>Ubah pengaturan</source>
      <translation>Change settings</translation>
    </message>
    <message>
      <source>Ekspor profil</source>
      <translation>Profile export</translation>
    </message>
    <message>
      <source>Impor profil</source>
      <translation>Import profile</translation>
    </message>
    <message>
      <source>Pemulihan cadangan</source>
      <translation>Backup restore</translation>
    </message>
    <message>
      <source>Cadangan ke folder lain</source>
      <translation>Backup to another folder</translation>
    </message>
    <message>
      <source>Perbaikan basis data</source>
      <translation>Database repair</translation>
    </message>
    <message>
      <source>Pindah basis data</source>
      <translation>Database move</translation>
    </message>
    <message>
      <source>Hapus permanen (permintaan)</source>
      <translation>Permanent erasure (on request)</translation>
    </message>
    <message>
      <source>Anonimkan</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <source>Laporan data pribadi</source>
      <translation>Personal data report</translation>
    </message>
    <message>
      <source>Ekspor catatan</source>
      <translation>Log export</translation>
    </message>
    <message>
      <source>Kata sandi aplikasi</source>
      <translation>App password</translation>
    </message>
    <message>
      <source>Cetak ke kertas</source>
      <translation>Print on paper</translation>
    </message>
    <message>
      <source>Unit dari tempat sampah</source>
      <translation>Unit restored from trash</translation>
    </message>
    <message>
      <source>Lembaga dari tempat sampah</source>
      <translation>Institution restored from trash</translation>
    </message>
    <message>
      <source>Ubah banyak orang sekaligus</source>
      <translation>Bulk edit of persons</translation>
    </message>
    <message>
      <source>Lembar isian data kurang</source>
      <translation>Fill-in sheet for missing data</translation>
    </message>
    <message>
      <source>Salin preset</source>
      <translation>Copy preset</translation>
    </message>
    <message>
      <source>Hapus preset</source>
      <translation>Delete preset</translation>
    </message>
    <message>
      <source>Periksa batch</source>
      <translation>Check batch</translation>
    </message>
  </context>
  <context>
    <name>BatchesPage</name>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="71" />
      <source>Samarkan NIK</source>
      <translation>Mask NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="74" />
      <source>Hanya yang bermasalah</source>
      <translation>Only those with problems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="76" />
      <source>Tampilkan hanya orang yang ditandai pemeriksaan terakhir</source>
      <translation>Show only the persons flagged by the last check</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="94" />
      <source>Batch pendaftaran</source>
      <translation>Registration batches</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="97" />
      <source>Batch baru…</source>
      <translation>New batch…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="98" />
      <location filename="../../desktop/ui/batches/page.py" line="345" />
      <source>Batalkan batch</source>
      <translation>Cancel batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="108" />
      <source>Periksa</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="109" />
      <source>Ekspor…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="110" />
      <source>Berita acara…</source>
      <translation>Handover report…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="111" />
      <source>Baca jawaban kantor cabang…</source>
      <translation>Read the branch office's answer…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="116" />
      <source>Ubah data orang…</source>
      <translation>Edit person…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="117" />
      <location filename="../../desktop/ui/batches/page.py" line="319" />
      <location filename="../../desktop/ui/batches/page.py" line="321" />
      <source>Keluarkan dari batch</source>
      <translation>Remove from batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="118" />
      <source>Keluarkan semua yang bermasalah</source>
      <translation>Remove everyone with problems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="175" />
      <source>Belum ada batch. Buat batch dari daftar orang yang belum terdaftar.</source>
      <translation>No batches yet. Make a batch from the persons not yet registered.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="178" />
      <source>Batch %1 — %2</source>
      <translation>Batch %1 — %2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="179" />
      <source>%1, bulan pertama %2, preset %3, disiapkan oleh %4.</source>
      <translation>%1, first month %2, preset %3, prepared by %4.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="182" />
      <source>Diekspor ke %1.</source>
      <translation>Exported to %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="209" />
      <source>Batch %1 dibuat dengan %2 orang.</source>
      <translation>Batch %1 made with %2 persons.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="211" />
      <source>%1 orang dilewati (sudah terdaftar, ada di batch lain, atau segmen/program lain).</source>
      <translation>%1 persons skipped (already registered, in another batch, or another segment/programme).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="213" />
      <source>Batch baru</source>
      <translation>New batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="213" />
      <source>Langkah berikutnya: Periksa.</source>
      <translation>Next step: Check.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="215" />
      <source>Membuat batch…</source>
      <translation>Making the batch…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="231" />
      <location filename="../../desktop/ui/batches/page.py" line="233" />
      <source>Periksa batch</source>
      <translation>Check batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="234" />
      <source>Perbaiki datanya (klik dua kali baris kuning di tabel) atau pakai "Keluarkan semua yang bermasalah", lalu periksa lagi.</source>
      <translation>Fix their data (double-click a yellow row in the table) or use "Remove everyone with problems", then check again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="237" />
      <source>Memeriksa batch…</source>
      <translation>Checking the batch…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="258" />
      <source>Ekspor batch</source>
      <translation>Export batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="260" />
      <source>Mengekspor batch %1…</source>
      <translation>Exporting batch %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="274" />
      <source>Simpan berita acara</source>
      <translation>Save the handover report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="274" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="280" />
      <source>Berita acara</source>
      <translation>Handover report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="280" />
      <source>Berita acara %1 disimpan ke %2. Cetak dua rangkap: untuk organisasi dan kantor cabang.</source>
      <translation>Handover report %1 saved to %2. Print two copies: one for the organisation, one for the branch office.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="284" />
      <source>Membuat berita acara…</source>
      <translation>Making the handover report…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="291" />
      <source>Jawaban kantor cabang untuk batch %1</source>
      <translation>Branch office's answer for batch %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="292" />
      <source>Lembar kerja (*.xlsx *.xls *.ods)</source>
      <translation>Spreadsheets (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="303" />
      <source>Jawaban kantor cabang</source>
      <translation>Branch office's answer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="305" />
      <source>Membaca jawaban kantor cabang…</source>
      <translation>Reading the branch office's answer…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="319" />
      <source>Pilih dulu orang di tabel batch.</source>
      <translation>First select persons in the batch table.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="322" />
      <source>Keluarkan %1 orang dari batch %2? Mereka dapat dimasukkan ke batch lain nanti.</source>
      <translation>Remove %1 persons from batch %2? They can go into another batch later.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="332" />
      <location filename="../../desktop/ui/batches/page.py" line="335" />
      <source>Keluarkan yang bermasalah</source>
      <translation>Remove those with problems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="332" />
      <source>Periksa batch dulu; belum ada orang yang ditandai bermasalah.</source>
      <translation>Check the batch first; nobody has been flagged with a problem yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="336" />
      <source>Keluarkan %1 orang yang bermasalah dari batch %2? Mereka dapat dimasukkan ke batch lain setelah datanya diperbaiki.</source>
      <translation>Remove %1 persons with problems from batch %2? They can go into another batch once their data is fixed.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/page.py" line="346" />
      <source>Batalkan batch %1? Orang yang belum dijawab kantor cabang dapat masuk batch baru.</source>
      <translation>Cancel batch %1? Persons the branch office has not answered can go into a new batch.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="37" />
      <source>&amp;Daftar batch</source>
      <translation>&amp;Batches</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="38" />
      <source>Batch &amp;baru…</source>
      <translation>&amp;New batch…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="39" />
      <source>Batch dari &amp;filter Daftar Orang…</source>
      <translation>Batch from the Persons &amp;filter…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="41" />
      <source>Batch dari orang &amp;terpilih…</source>
      <translation>Batch from &amp;selected persons…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="44" />
      <source>&amp;Periksa batch</source>
      <translation>&amp;Check batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="45" />
      <source>&amp;Ekspor batch…</source>
      <translation>&amp;Export batch…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="46" />
      <source>Baca &amp;jawaban kantor cabang…</source>
      <translation>Read the branch office's &amp;answer…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="49" />
      <source>Preset e&amp;kspor…</source>
      <translation>Export &amp;presets…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_batches.py" line="13" />
      <source>Batch</source>
      <translation>Batches</translation>
    </message>
    <message>
      <source>Nomor</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <source>Diajukan, menunggu jawaban</source>
      <translation>Submitted, awaiting answer</translation>
    </message>
    <message>
      <source>Terdaftar (KPJ baru)</source>
      <translation>Registered (new KPJ)</translation>
    </message>
    <message>
      <source>Sudah peserta (KPJ lama)</source>
      <translation>Already a participant (existing KPJ)</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Dibuat</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Draf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Sudah diperiksa</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>Sudah diekspor</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>Dijawab sebagian</source>
      <translation>Partly answered</translation>
    </message>
    <message>
      <source>Sudah dijawab</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Dibatalkan</source>
      <translation>Cancelled</translation>
    </message>
  </context>
  <context>
    <name>BeritaAcaraDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="450" />
      <source>Berita acara serah terima data</source>
      <translation>Data handover report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="457" />
      <source>Nomor berikutnya dari buku agenda surat keluar; nomor yang sudah dipakai surat lain ditolak.</source>
      <translation>The next number in the outgoing-letter register; a number already used by another letter is refused.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="462" />
      <source>Tanggal serah terima</source>
      <translation>Handover date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="463" />
      <source>Nomor surat</source>
      <translation>Letter number</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="464" />
      <source>Media penyerahan</source>
      <translation>Handed over via</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="467" />
      <source>Buat PDF</source>
      <translation>Make PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>BracketDialog</name>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="125" />
      <source>Koreksi golongan penghasilan BPU</source>
      <translation>Correct a BPU income bracket</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="126" />
      <source>Tambah golongan penghasilan BPU</source>
      <translation>Add a BPU income bracket</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="132" />
      <source>Dasar penghasilan (Rp)</source>
      <translation>Income base (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="133" />
      <source>Penghasilan dari (Rp)</source>
      <translation>Income from (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="134" />
      <source>Penghasilan sampai (Rp)</source>
      <translation>Income up to (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="135" />
      <source>Iuran JKK (Rp)</source>
      <translation>JKK contribution (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="135" />
      <source>Iuran JKM (Rp)</source>
      <translation>JKM contribution (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="136" />
      <source>Iuran JHT (Rp)</source>
      <translation>JHT contribution (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="138" />
      <source>Kepastian</source>
      <translation>Certainty</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="142" />
      <source>Berlaku mulai bulan</source>
      <translation>Valid from month</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="144" />
      <source>Dasar hukum</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="146" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>pasti</source>
      <translation>verified</translation>
    </message>
    <message>
      <source>lemah (sumber tidak resmi)</source>
      <translation>weak (unofficial source)</translation>
    </message>
    <message>
      <source>belum pasti</source>
      <translation>not yet certain</translation>
    </message>
  </context>
  <context>
    <name>BulkEditDialog</name>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="17" />
      <source>Ubah %1 orang sekaligus</source>
      <translation>Edit %1 persons at once</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="26" />
      <source>BPU — Bukan Penerima Upah</source>
      <translation>BPU — not wage-earning</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="27" />
      <source>PU — Penerima Upah</source>
      <translation>PU — wage-earning</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="35" />
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="36" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="37" />
      <source>Pembayar iuran</source>
      <translation>Contribution payer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="38" />
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="46" />
      <source>Centang isian yang diubah; yang tidak dicentang tetap. Semua orang dicek dengan aturan yang sama seperti formulir; bila satu gagal, tidak ada yang berubah. Dapat diurungkan.</source>
      <translation>Tick the fields to change; fields left unticked stay as they are. Everyone is checked with the same rules as the form; if one person fails, nothing changes. Can be undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="50" />
      <source>Ubah</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/bulk_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Peserta sendiri</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Organisasi</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Donatur</source>
      <translation>Donor</translation>
    </message>
    <message>
      <source>APBD</source>
      <translation>APBD</translation>
    </message>
    <message>
      <source>APBN</source>
      <translation>APBN</translation>
    </message>
  </context>
  <context>
    <name>ClaimDialog</name>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="79" />
      <source>Ubah klaim</source>
      <translation>Edit claim</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="79" />
      <source>Klaim baru</source>
      <translation>New claim</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="83" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="84" />
      <source>Program</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="86" />
      <source>Jenis kasus</source>
      <translation>Case type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="90" />
      <location filename="../../desktop/ui/coverage/claims_page.py" line="118" />
      <source>Tanggal kejadian</source>
      <translation>Date of event</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="92" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="94" />
      <source>Jumlah dibayar (Rp)</source>
      <translation>Amount paid (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="96" />
      <location filename="../../desktop/ui/coverage/claims_page.py" line="120" />
      <source>Tanggal dibayar</source>
      <translation>Date paid</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="97" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="99" />
      <source>hh-bb-tttt</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="115" />
      <source>Pilih orang yang mengajukan klaim.</source>
      <translation>Choose the person who claims.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Diajukan</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Diproses</source>
      <translation>In process</translation>
    </message>
    <message>
      <source>Dibayar</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPage</name>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="143" />
      <source>Semua program</source>
      <translation>All programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="148" />
      <source>Semua tahun</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="170" />
      <source>Klaim baru…</source>
      <translation>New claim…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="171" />
      <source>Ubah…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="172" />
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="224" />
      <source>Pilih klaim untuk melihat rinciannya.</source>
      <translation>Select a claim to see its details.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="235" />
      <source>Belum ada ahli waris tercatat.</source>
      <translation>No heirs recorded yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="245" />
      <source>Klaim</source>
      <translation>Claims</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="245" />
      <source>Pilih dulu klaim yang akan diubah.</source>
      <translation>First select the claim to edit.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="262" />
      <source>Hapus klaim</source>
      <translation>Delete claim</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="263" />
      <source>Hapus klaim {0} {1} tanggal {2}?</source>
      <translation>Delete claim {0} {1} of {2}?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="229" />
      <source>Kejadian</source>
      <translation>Incident</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="230" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="234" />
      <source>Ahli waris</source>
      <translation>Heirs</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="201" />
      <source>kasus</source>
      <translation>cases</translation>
    </message>
    <message>
      <source>Tanggal kejadian</source>
      <translation>Date of event</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Jenis kasus</source>
      <translation>Case type</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Jumlah dibayar</source>
      <translation>Amount paid</translation>
    </message>
    <message>
      <source>Tanggal dibayar</source>
      <translation>Date paid</translation>
    </message>
    <message>
      <source>Diajukan</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Diproses</source>
      <translation>In process</translation>
    </message>
    <message>
      <source>Dibayar</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="24" />
      <source>Data sudah diubah di meja lain</source>
      <translation>The data was changed at another desk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="33" />
      <source>Isian</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="33" />
      <source>Isian Anda</source>
      <translation>Your entry</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="33" />
      <source>Isian terbaru</source>
      <translation>Latest entry</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="38" />
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="39" />
      <source>(kosong)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="55" />
      <source>Simpan pilihan ini</source>
      <translation>Save these choices</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/conflict_dialog.py" line="56" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="74" />
      <location filename="../../desktop/ui/coverage/dashboard.py" line="244" />
      <source>Seluruh organisasi</source>
      <translation>Whole organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="97" />
      <source>Klik dua kali sebuah unit untuk melihat laporan unit itu saja.</source>
      <translation>Double-click a unit to see the report for that unit only.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="109" />
      <source>Cakupan:</source>
      <translation>Scope:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="112" />
      <source>Iuran mulai bulan:</source>
      <translation>Contributions from month:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="115" />
      <source>Muat ulang</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="116" />
      <source>Ekspor PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="117" />
      <source>Ekspor Excel…</source>
      <translation>Export Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="118" />
      <source>Simpan grafik…</source>
      <translation>Save charts…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="150" />
      <source>Per unit</source>
      <translation>By unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="194" />
      <source>Memuat laporan</source>
      <translation>Loading the report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="224" />
      <source>Iuran berikutnya</source>
      <translation>Next contribution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="225" />
      <source>Belum ada</source>
      <translation>None yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="226" />
      <source>Belum ada peserta terdaftar; belum ada iuran yang harus dibayar.</source>
      <translation>No registered participants yet; no contribution is due yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="228" />
      <source>Iuran {0}</source>
      <translation>Contributions {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="232" />
      <source>normal {0}, {1}: −{2}</source>
      <translation>normal {0}, {1}: −{2}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="235" />
      <source>golongan penghasilan: {0}</source>
      <translation>income brackets: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="237" />
      <source>{0} orang belum dihitung: {1}</source>
      <translation>{0} persons not yet priced: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="280" />
      <source>Ekspor laporan ke {0}</source>
      <translation>Export report to {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="287" />
      <source>Menyimpan laporan</source>
      <translation>Saving the report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="289" />
      <source>Laporan disimpan</source>
      <translation>Report saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="290" />
      <source>Laporan disimpan di {0}.</source>
      <translation>Report saved to {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="295" />
      <source>Simpan grafik</source>
      <translation>Save charts</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="303" />
      <source>Grafik disimpan</source>
      <translation>Charts saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/dashboard.py" line="303" />
      <source>Grafik disimpan:
{0}</source>
      <translation>Charts saved:
{0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="15" />
      <source>Laporan</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="16" />
      <source>Klaim</source>
      <translation>Claims</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="17" />
      <source>Tarif Iuran</source>
      <translation>Contribution Rates</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="22" />
      <source>&amp;Dasbor cakupan</source>
      <translation>Coverage &amp;dashboard</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="24" />
      <source>Ekspor laporan &amp;PDF…</source>
      <translation>Export report as &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="25" />
      <source>Ekspor laporan &amp;Excel…</source>
      <translation>Export report as &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="27" />
      <source>Simpan &amp;grafik…</source>
      <translation>Save &amp;charts…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="29" />
      <source>&amp;Register klaim</source>
      <translation>Claims &amp;register</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="30" />
      <source>&amp;Klaim baru…</source>
      <translation>New &amp;claim…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="33" />
      <source>&amp;Tabel tarif iuran</source>
      <translation>Contribution &amp;rate tables</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_coverage.py" line="34" />
      <source>Tambah &amp;baris tarif…</source>
      <translation>Add rate &amp;row…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Orang di daftar</source>
      <translation>Persons in the list</translation>
    </message>
    <message>
      <source>Terdaftar</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>Diajukan, menunggu jawaban</source>
      <translation>Submitted, awaiting answer</translation>
    </message>
    <message>
      <source>Belum diajukan</source>
      <translation>Not yet submitted</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Cakupan</source>
      <translation>Coverage</translation>
    </message>
    <message>
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <source>% terdaftar</source>
      <translation>% registered</translation>
    </message>
    <message>
      <source>Program, segmen, pembayar</source>
      <translation>Programme, segment, payer</translation>
    </message>
    <message>
      <source>Iuran per program</source>
      <translation>Contribution by programme</translation>
    </message>
    <message>
      <source>Keringanan</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <source>Iuran per pembayar</source>
      <translation>Contribution by payer</translation>
    </message>
    <message>
      <source>Per lembaga</source>
      <translation>By institution</translation>
    </message>
    <message>
      <source>Pendaftaran per bulan</source>
      <translation>Enrolment by month</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang</source>
      <translation>table from an unofficial source — check it with the branch office</translation>
    </message>
  </context>
  <context>
    <name>DocumentsController</name>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="58" />
      <source>Periksa sebelum dicetak</source>
      <translation>Check before printing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="59" />
      <source>
… dan %1 lagi.</source>
      <translation>
… and %1 more.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="68" />
      <source>Membuat formulir pendaftaran</source>
      <translation>Making the enrolment forms</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="79" />
      <source>Identitas lengkap</source>
      <translation>Full identity</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="80" />
      <source>Daftar akan memuat NIK dan nomor HP lengkap. Cetakan ini dicatat di log pemrosesan data pribadi. Lanjutkan?</source>
      <translation>The list will show full NIKs and phone numbers. This print is recorded in the personal data processing log. Continue?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="83" />
      <source>Membuat daftar peserta</source>
      <translation>Making the participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="93" />
      <source>Membuat PKS</source>
      <translation>Making the PKS</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="115" />
      <source>Pratinjau Dokumen</source>
      <translation>Document Preview</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="116" />
      <source>&amp;Formulir pendaftaran…</source>
      <translation>Enrolment &amp;forms…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="118" />
      <source>&amp;Daftar peserta…</source>
      <translation>Participant &amp;list…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="120" />
      <source>&amp;Perjanjian Kerja Sama (PKS)…</source>
      <translation>Cooperation &amp;agreement (PKS)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="123" />
      <source>P&amp;eriksa dokumen…</source>
      <translation>&amp;Verify document…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="124" />
      <source>&amp;Templat PKS…</source>
      <translation>PKS &amp;template…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_documents.py" line="125" />
      <source>Pra&amp;tinjau terakhir</source>
      <translation>Last pre&amp;view</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="128" />
      <source>Ekspor batch %1</source>
      <translation>Export batch %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="133" />
      <source>Flashdisk %1</source>
      <translation>USB drive %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="136" />
      <source>Pilih folder…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="141" />
      <source>Kunci berkas Excel dengan kata sandi (AES)</source>
      <translation>Lock the Excel file with a password (AES)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="143" />
      <source>Buat juga daftar PDF terkunci kata sandi yang sama</source>
      <translation>Also make a PDF list locked with the same password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="146" />
      <source>minimal %1 karakter</source>
      <translation>at least %1 characters</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="150" />
      <source>Kata sandi Excel (AES) melindungi seluruh isi berkas bila flashdisk hilang atau dipinjam orang lain; petugas kantor cabang membukanya dengan kata sandi di Excel atau LibreOffice.
Daftar PDF hanya untuk dibaca dan dicetak; kuncinya (RC4 128-bit) lebih lemah dari Excel AES.
Sampaikan kata sandi lewat telepon, jangan ditulis di flashdisk. Tanpa kata sandi, siapa pun yang memegang flashdisk dapat membaca NIK, tanggal lahir dan nama ibu kandung.</source>
      <translation>The Excel password (AES) protects the whole file if the USB drive is lost or lent; the branch office opens it with the password in Excel or LibreOffice.
The PDF list is for reading and printing only; its lock (RC4 128-bit) is weaker than Excel's AES.
Give the password by phone, never write it on the drive. Without a password anyone holding the drive can read NIKs, birth dates and mothers' maiden names.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="158" />
      <source>Simpan ke</source>
      <translation>Save to</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="161" />
      <source>Kata sandi</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="162" />
      <source>Ulangi kata sandi</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="164" />
      <source>Ekspor</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="180" />
      <source>Pilih folder tujuan</source>
      <translation>Choose the target folder</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="200" />
      <source>Pilih flashdisk atau folder tujuan.</source>
      <translation>Choose a USB drive or target folder.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="204" />
      <source>Kata sandi minimal %1 karakter.</source>
      <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="206" />
      <source>Kedua kata sandi tidak sama.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="28" />
      <source>orang</source>
      <translation>persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="28" />
      <source>lembaga</source>
      <translation>institutions</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="29" />
      <source>unit organisasi</source>
      <translation>organisation units</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="105" />
      <source>Pilih berkas</source>
      <translation>Choose file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="106" />
      <source>Berkas Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV dari PAC atau lembaga.</source>
      <translation>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file from a PAC or institution.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="109" />
      <source>Lokasi berkas</source>
      <translation>File location</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="111" />
      <source>&amp;Pilih…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="122" />
      <source>Izinkan orang yang belum ber-NIK (diimpor tanpa NIK, bukan NIK buatan)</source>
      <translation>Allow persons without a NIK (imported without one, never an invented NIK)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="126" />
      <source>Berkas:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="127" />
      <source>Isi berkas:</source>
      <translation>File holds:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="128" />
      <source>Unit bila baris tidak menyebut:</source>
      <translation>Unit when a row names none:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="133" />
      <source>(menurut lembaga atau wilayah)</source>
      <translation>(by institution or area)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="140" />
      <source>Pilih berkas untuk diimpor</source>
      <translation>Choose the file to import</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="141" />
      <source>Lembar kerja</source>
      <translation>Spreadsheets</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="159" />
      <location filename="../../desktop/ui/importing/wizard.py" line="166" />
      <source>Jenis berkas</source>
      <translation>Kind of list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="160" />
      <source>Berkas ini tampaknya daftar {kind} — impor sebagai {title}?</source>
      <translation>This file looks like a list of {kind} — import it as {title}?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="167" />
      <source>Berkas ini tidak punya baris judul kolom {kind}. Pilih isi berkas yang sesuai.</source>
      <translation>This file has no column heading row for {kind}. Choose what the file holds to match it.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="172" />
      <source>Membaca berkas</source>
      <translation>Reading the file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Orang (anggota/pekerja)</source>
      <translation>Persons (members/workers)</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <source>Unit organisasi</source>
      <translation>Organisation units</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="21" />
      <source>Cari nama, NIK, KPJ, No. HP (Ctrl+F)</source>
      <translation>Search name, NIK, KPJ, phone (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="24" />
      <location filename="../../desktop/ui/roster/filters.py" line="81" />
      <source>Semua lembaga</source>
      <translation>All institutions</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="25" />
      <source>Semua segmen</source>
      <translation>All segments</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="26" />
      <source>Semua program</source>
      <translation>All programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="27" />
      <source>Semua status</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="29" />
      <source>Ada masalah</source>
      <translation>Has problems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="31" />
      <source>Kurang data batch</source>
      <translation>Missing batch data</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="34" />
      <source>Tempat sampah</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="36" />
      <source>Tampilkan orang yang dihapus, untuk dipulihkan</source>
      <translation>Show deleted persons, to restore them</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/filters.py" line="77" />
      <source>Orang yang belum lengkap untuk preset ekspor {preset}: {fields}</source>
      <translation>Persons incomplete for the export preset {preset}: {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Hubungan ahli waris</source>
      <translation>Heir relationship</translation>
    </message>
    <message>
      <source>Induk</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Jenis kelamin</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Jumlah guru</source>
      <translation>Number of teachers</translation>
    </message>
    <message>
      <source>Kecamatan</source>
      <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
      <source>Kepala sekolah</source>
      <translation>Head teacher</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kode pos</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>NPSN</source>
      <translation>NPSN</translation>
    </message>
    <message>
      <source>NSM</source>
      <translation>NSM</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nama ahli waris</source>
      <translation>Heir name</translation>
    </message>
    <message>
      <source>Nama ibu kandung</source>
      <translation>Mother's maiden name</translation>
    </message>
    <message>
      <source>Nama lembaga</source>
      <translation>Institution name</translation>
    </message>
    <message>
      <source>Nama unit</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <source>No. KK</source>
      <translation>Family card no. (KK)</translation>
    </message>
    <message>
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <source>No. anggota</source>
      <translation>Member no.</translation>
    </message>
    <message>
      <source>No. urut</source>
      <translation>Serial no.</translation>
    </message>
    <message>
      <source>PAC</source>
      <translation>PAC</translation>
    </message>
    <message>
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Penghasilan/upah</source>
      <translation>Income/wage</translation>
    </message>
    <message>
      <source>RT</source>
      <translation>RT</translation>
    </message>
    <message>
      <source>RT/RW</source>
      <translation>RT/RW</translation>
    </message>
    <message>
      <source>RW</source>
      <translation>RW</translation>
    </message>
    <message>
      <source>Ranting/unit</source>
      <translation>Ranting/unit</translation>
    </message>
    <message>
      <source>Tanggal lahir</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <source>Tempat, tanggal lahir</source>
      <translation>Place and date of birth</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="103" />
      <source>Siap dipakai</source>
      <translation>Ready to use</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="106" />
      <source>Tekan Selesai untuk menyimpan. Langkah berikutnya: buat unit organisasi (mis. PAC) di menu Data, lalu impor daftar anggota dari berkas Excel. Panduan lengkap ada di menu Bantuan.</source>
      <translation>Press Finish to save. Next steps: create the organisation units (e.g. PAC) in the Data menu, then import the member lists from Excel files. The full guide is in the Help menu.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="119" />
      <source>Jamsos Desk — pengaturan awal</source>
      <translation>Jamsos Desk — first set-up</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="123" />
      <source>&lt; &amp;Kembali</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="124" />
      <source>&amp;Lanjut &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="125" />
      <source>&amp;Selesai</source>
      <translation>&amp;Finish</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="126" />
      <source>Nanti saja</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="148" />
      <source>Basis data server</source>
      <translation>Server database</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="149" />
      <source>Basis data di server ini sudah diatur oleh komputer lain; pengaturan awal dilewati.</source>
      <translation>The database on this server was already set up by another computer; the first-run setup is skipped.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="170" />
      <source>Pengaturan belum tersimpan</source>
      <translation>Settings not saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="141" />
      <source>Cetak formulir pendaftaran</source>
      <translation>Print enrolment forms</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="152" />
      <source>{0} bulan</source>
      <translation>{0} month(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="154" />
      <source>Bulan iuran yang dihitung</source>
      <translation>Contribution month computed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="155" />
      <source>Dibayar sekaligus untuk</source>
      <translation>Paid at once for</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="156" />
      <source>Tanggal pada formulir</source>
      <translation>Date on the form</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="160" />
      <source>Buat PDF</source>
      <translation>Make PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="90" />
      <source>Panduan pengguna Jamsos Desk</source>
      <translation>Jamsos Desk user guide</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="98" />
      <source>Berkas panduan tidak ditemukan: {0}</source>
      <translation>Guide file not found: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../desktop/ui/home.py" line="64" />
      <source>Unit organisasi</source>
      <translation>Organisation units</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="65" />
      <source>Lembaga</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="67" />
      <location filename="../../desktop/ui/home.py" line="95" />
      <source>Iuran berikutnya</source>
      <translation>Next contribution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="83" />
      <source>Memuat ringkasan</source>
      <translation>Loading the summary</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="88" />
      <source>Mitra {0}</source>
      <translation>Partner of {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="96" />
      <source>belum ada peserta terdaftar, belum ada iuran</source>
      <translation>no registered participants yet, no contribution yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/home.py" line="98" />
      <source>Iuran {0}</source>
      <translation>Contributions {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Orang di daftar</source>
      <translation>Persons in the list</translation>
    </message>
    <message>
      <source>Terdaftar</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>Diajukan, menunggu jawaban</source>
      <translation>Submitted, awaiting answer</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Belum diajukan</source>
      <translation>Not yet submitted</translation>
    </message>
    <message>
      <source>Ber-KPJ</source>
      <translation>With KPJ</translation>
    </message>
    <message>
      <source>Belum ber-NIK</source>
      <translation>Without NIK</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="418" />
      <source>Impor dari Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="420" />
      <source>&amp;Lanjut &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="421" />
      <source>&lt; &amp;Kembali</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="422" />
      <source>&amp;Impor</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="423" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="448" />
      <source>Mengimpor</source>
      <translation>Importing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="454" />
      <source>Impor selesai</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="454" />
      <source>Impor selesai: {summary}</source>
      <translation>Import finished: {summary}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>InstitutionEditor</name>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="14" />
      <source>Lembaga baru</source>
      <translation>New institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="14" />
      <source>Ubah lembaga</source>
      <translation>Edit institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="26" />
      <source>Nama lembaga</source>
      <translation>Institution name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="39" />
      <source>Kecamatan</source>
      <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="41" />
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="30" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="31" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="33" />
      <source>NPSN</source>
      <translation>NPSN</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="34" />
      <source>NSM</source>
      <translation>NSM</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="35" />
      <source>NPP (BPJS)</source>
      <translation>NPP (BPJS)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="36" />
      <source>Kepala lembaga</source>
      <translation>Head of institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="37" />
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="44" />
      <source>Telepon</source>
      <translation>Telephone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="45" />
      <source>Kelompok risiko</source>
      <translation>Risk group</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="47" />
      <source>Jumlah pegawai</source>
      <translation>Number of staff</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institution_editor.py" line="65" />
      <source>✖ Jumlah pegawai harus angka bulat.</source>
      <translation>✖ Number of staff must be a whole number.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>InstitutionsPage</name>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="28" />
      <source>Cari nama lembaga</source>
      <translation>Search institution name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="31" />
      <source>Semua jenis</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="36" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="36" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="36" />
      <source>NPSN</source>
      <translation>NPSN</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="36" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="37" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="69" />
      <source>Lembaga baru…</source>
      <translation>New institution…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="69" />
      <source>Ubah…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="70" />
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="122" />
      <source>Pilih lembaga untuk melihat orang-orangnya.</source>
      <translation>Select an institution to see its persons.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="125" />
      <source>%1 orang di lembaga ini</source>
      <translation>%1 persons in this institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="148" />
      <source>Hapus lembaga</source>
      <translation>Delete institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/institutions_view.py" line="149" />
      <source>Hapus lembaga ini dari daftar?</source>
      <translation>Delete this institution from the list?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="19" />
      <source>Lembaga</source>
      <translation>Institutions</translation>
    </message>
  </context>
  <context>
    <name>ItemsModel</name>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="29" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="29" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="29" />
      <source>Lembaga/Unit</source>
      <translation>Institution/Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="29" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="30" />
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="30" />
      <source>Keterangan / perbaikan</source>
      <translation>Remarks / fix</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="102" />
      <source>(belum ber-NIK)</source>
      <translation>(no NIK yet)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/items_model.py" line="105" />
      <source>dicocokkan lewat nama + tanggal lahir; periksa. </source>
      <translation>matched by name + birth date; please check. </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Belum dikirim</source>
      <translation>Not yet sent</translation>
    </message>
    <message>
      <source>Diajukan, menunggu jawaban</source>
      <translation>Submitted, awaiting answer</translation>
    </message>
    <message>
      <source>Terdaftar (KPJ baru)</source>
      <translation>Registered (new KPJ)</translation>
    </message>
    <message>
      <source>Sudah peserta (KPJ lama)</source>
      <translation>Already a participant (existing KPJ)</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Dikeluarkan</source>
      <translation>Removed</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <location filename="../../desktop/ui/jobs.py" line="61" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/jobs.py" line="73" />
      <source>Membatalkan…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>JobRunner</name>
    <message>
      <location filename="../../desktop/ui/jobs.py" line="143" />
      <source>Dibatalkan. Tidak ada data yang diubah.</source>
      <translation>Cancelled. No data was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="130" />
      <source>Masuk ke server basis data</source>
      <translation>Log in to the database server</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="133" />
      <source>Server: {0}</source>
      <translation>Server: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="142" />
      <source>Nama pengguna:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="143" />
      <source>Kata sandi:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="144" />
      <source>Masuk</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="144" />
      <source>Keluar</source>
      <translation>Exit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>LogoPicker</name>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="136" />
      <source>Pilih logo…</source>
      <translation>Choose logo…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="138" />
      <source>Hapus logo</source>
      <translation>Remove logo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="151" />
      <source>(tanpa logo)</source>
      <translation>(no logo)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="151" />
      <source>(berkas logo tidak ditemukan)</source>
      <translation>(logo file not found)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="160" />
      <source>Pilih logo organisasi</source>
      <translation>Choose the organisation's logo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="161" />
      <source>Gambar (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="19" />
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="19" />
      <source>&amp;Data</source>
      <translation>&amp;Data</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="20" />
      <source>D&amp;okumen</source>
      <translation>D&amp;ocuments</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="20" />
      <source>Ba&amp;tch</source>
      <translation>Ba&amp;tches</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="21" />
      <source>&amp;Laporan</source>
      <translation>&amp;Reports</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="21" />
      <source>Ba&amp;ntuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="31" />
      <source> (hanya-baca)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="44" />
      <source>Beranda</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="115" />
      <source>Data diubah di meja lain; tampilan diperbarui.</source>
      <translation>Data was changed at another desk; the view was refreshed.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="120" />
      <source>&amp;Keluar</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="130" />
      <source>&amp;Tentang Jamsos Desk</source>
      <translation>&amp;About Jamsos Desk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="133" />
      <source>Tentang</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="134" />
      <source>Pendaftaran jaminan sosial ketenagakerjaan oleh organisasi mitra BPJS Ketenagakerjaan.
Basis data: {path}</source>
      <translation>Employment social security enrolment by partner organisations of BPJS Ketenagakerjaan.
Database: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="153" />
      <source>Pekerjaan masih berjalan</source>
      <translation>Work still running</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="154" />
      <source>Masih ada pekerjaan yang berjalan. Batalkan dan tutup? Pekerjaan yang belum selesai tidak mengubah data.</source>
      <translation>Some work is still running. Cancel it and close? Unfinished work does not change any data.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="21" />
      <source>Simpan templat isian</source>
      <translation>Save the intake template</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="30" />
      <source>Templat isian</source>
      <translation>Intake template</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="30" />
      <source>Templat disimpan di {path}.</source>
      <translation>Template saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="33" />
      <source>&amp;Impor dari Excel…</source>
      <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="35" />
      <source>Simpan &amp;templat isian…</source>
      <translation>Save intake &amp;template…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="36" />
      <source>&amp;Riwayat impor</source>
      <translation>Import &amp;history</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_importing.py" line="41" />
      <source>&amp;Gabungkan dua data orang…</source>
      <translation>&amp;Merge two person records…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="24" />
      <source>&amp;Pengaturan…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="26" />
      <source>Ulangi pengaturan &amp;awal…</source>
      <translation>Repeat the first &amp;set-up…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="28" />
      <source>Ekspor profil organisasi…</source>
      <translation>Export organisation profile…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="30" />
      <source>Impor profil organisasi…</source>
      <translation>Import organisation profile…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="40" />
      <source>&amp;Panduan pengguna</source>
      <translation>User &amp;guide</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="64" />
      <source>Tunggu sebentar</source>
      <translation>Please wait</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_preferences.py" line="65" />
      <source>Bahasa dapat diganti setelah pekerjaan yang berjalan selesai.</source>
      <translation>The language can be changed once the running work has finished.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="28" />
      <source>Pilih folder atau flashdisk untuk cadangan</source>
      <translation>Choose a folder or USB drive for the backup</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="35" />
      <source>Cadangan dibuat</source>
      <translation>Backup made</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="36" />
      <source>Cadangan tersimpan di {0}
({1}).

Berkas ini memuat seluruh data pribadi anggota: simpan di tempat terkunci dan jangan dibagikan.</source>
      <translation>Backup saved to {0}
({1}).

This file holds all members' personal data: keep it locked away and never share it.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="39" />
      <source>Membuat cadangan…</source>
      <translation>Making the backup…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="117" />
      <source>Pulihkan dari cadangan</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="118" />
      <source>Ganti seluruh data dengan cadangan {0}?

Keadaan sekarang dicadangkan dulu di folder {1}.</source>
      <translation>Replace all data with backup {0}?

The current state is backed up first in folder {1}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="124" />
      <source>Pemulihan selesai</source>
      <translation>Restore finished</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="125" />
      <source>Memulihkan dari cadangan…</source>
      <translation>Restoring from backup…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="11" />
      <source>Periksa basis data</source>
      <translation>Check database</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="14" />
      <location filename="../../desktop/ui/maintenance/checking.py" line="16" />
      <source>Basis data rusak</source>
      <translation>Database damaged</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="17" />
      <source>Perbaiki</source>
      <translation>Repair</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="17" />
      <source>Nanti</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="19" />
      <source>Memeriksa basis data…</source>
      <translation>Checking the database…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="27" />
      <source>Perbaikan basis data</source>
      <translation>Database repair</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/checking.py" line="28" />
      <source>Memperbaiki basis data…</source>
      <translation>Repairing the database…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="35" />
      <location filename="../../desktop/ui/maintenance/moving.py" line="46" />
      <source>Pindahkan data</source>
      <translation>Move data</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="36" />
      <source>Alamat server (postgresql://pengguna@server:5432/nama) atau berkas .sqlite baru.
Kata sandi sebaiknya disimpan di pgpass, tidak diketik di alamat.</source>
      <translation>Server address (postgresql://user@server:5432/name) or a new .sqlite file.
Keep the password in pgpass rather than typing it into the address.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="47" />
      <source>Salin seluruh data ke {0}?

Basis data sekarang tidak diubah; sesudahnya buka aplikasi dengan basis data tujuan.</source>
      <translation>Copy all data to {0}?

The current database is not changed; afterwards, open the application with the target database.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="52" />
      <source>Data dipindahkan</source>
      <translation>Data moved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="53" />
      <source>Pakai basis data baru</source>
      <translation>Use the new database</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="54" />
      <source>Buka {0} setiap kali aplikasi dijalankan di komputer ini? Kata sandi tidak disimpan.</source>
      <translation>Open {0} every time the application starts on this computer? The password is not saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/moving.py" line="57" />
      <source>Memindahkan data…</source>
      <translation>Moving data…</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="182" />
      <source>Lembar dan kolom</source>
      <translation>Sheets and columns</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="183" />
      <source>Periksa kolom mana berisi apa. Perbaikan Anda diingat untuk berkas berikutnya dengan judul kolom yang sama.</source>
      <translation>Check which column holds what. Your corrections are remembered for the next file with the same column headings.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="192" />
      <source>Kolom</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="192" />
      <source>Judul di berkas</source>
      <translation>Heading in the file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="192" />
      <source>Diisi ke</source>
      <translation>Goes into</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="193" />
      <source>Contoh isi</source>
      <translation>Sample values</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="205" />
      <source>Lembar yang diimpor:</source>
      <translation>Sheets imported:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="221" />
      <source>Judul kolom di baris {row} lembar {sheet}; pemetaan {how}.</source>
      <translation>Column headings on row {row} of sheet {sheet}; mapping {how}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="223" />
      <source>diingat dari impor sebelumnya</source>
      <translation>remembered from an earlier import</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="223" />
      <source>ditebak otomatis</source>
      <translation>guessed automatically</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="233" />
      <source>(diabaikan)</source>
      <translation>(ignored)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="248" />
      <source>Kolom wajib untuk batch tidak ada di berkas: {fields}. Setelah impor, cari orangnya dengan saringan "Kurang data batch" di Daftar Orang dan kirim lembar isian ke PAC.</source>
      <translation>Columns required for a batch are missing from the file: {fields}. After the import, find those persons with the "Missing batch data" filter in Persons and send a fill-in sheet to the PAC.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="268" />
      <location filename="../../desktop/ui/importing/wizard.py" line="281" />
      <source>Lembar</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="268" />
      <source>Pilih minimal satu lembar.</source>
      <translation>Choose at least one sheet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="273" />
      <source>Kolom wajib</source>
      <translation>Required columns</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="273" />
      <source>Pilih kolom untuk: {fields}.</source>
      <translation>Choose the column for: {fields}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="281" />
      <source>Judul kolom lembar {sheets} berbeda dari lembar {first}. Impor lembar itu secara terpisah.</source>
      <translation>The column headings of sheet {sheets} differ from sheet {first}. Import that sheet separately.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Hubungan ahli waris</source>
      <translation>Heir relationship</translation>
    </message>
    <message>
      <source>Induk</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Jenis kelamin</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Jumlah guru</source>
      <translation>Number of teachers</translation>
    </message>
    <message>
      <source>Kecamatan</source>
      <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
      <source>Kepala sekolah</source>
      <translation>Head teacher</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kode pos</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>NPSN</source>
      <translation>NPSN</translation>
    </message>
    <message>
      <source>NSM</source>
      <translation>NSM</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nama ahli waris</source>
      <translation>Heir name</translation>
    </message>
    <message>
      <source>Nama ibu kandung</source>
      <translation>Mother's maiden name</translation>
    </message>
    <message>
      <source>Nama lembaga</source>
      <translation>Institution name</translation>
    </message>
    <message>
      <source>Nama unit</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <source>No. KK</source>
      <translation>Family card no. (KK)</translation>
    </message>
    <message>
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <source>No. anggota</source>
      <translation>Member no.</translation>
    </message>
    <message>
      <source>No. urut</source>
      <translation>Serial no.</translation>
    </message>
    <message>
      <source>PAC</source>
      <translation>PAC</translation>
    </message>
    <message>
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Penghasilan/upah</source>
      <translation>Income/wage</translation>
    </message>
    <message>
      <source>RT</source>
      <translation>RT</translation>
    </message>
    <message>
      <source>RT/RW</source>
      <translation>RT/RW</translation>
    </message>
    <message>
      <source>RW</source>
      <translation>RW</translation>
    </message>
    <message>
      <source>Ranting/unit</source>
      <translation>Ranting/unit</translation>
    </message>
    <message>
      <source>Tanggal lahir</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <source>Tempat, tanggal lahir</source>
      <translation>Place and date of birth</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="156" />
      <source>Gabungkan dua data orang</source>
      <translation>Merge two person records</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="192" />
      <source>&amp;Gabungkan</source>
      <translation>&amp;Merge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="162" />
      <source>⇄ &amp;Tukar</source>
      <translation>⇄ S&amp;wap</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="164" />
      <source>Pertahankan data yang lain</source>
      <translation>Keep the other record</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="167" />
      <source>&lt;b&gt;Dipertahankan&lt;/b&gt;</source>
      <translation>&lt;b&gt;Kept&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="168" />
      <source>&lt;b&gt;Digabungkan lalu dihapus&lt;/b&gt;</source>
      <translation>&lt;b&gt;Merged, then deleted&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="186" />
      <source>Kuning: isinya berbeda. Hijau: kolom yang kosong pada data yang dipertahankan diisi dari data yang digabungkan. Program, batch dan klaim ikut pindah. Cadangan dibuat lebih dulu.</source>
      <translation>Yellow: the records differ. Green: an empty field of the kept record is filled from the merged one. Programmes, batches and claims move along. A backup is taken first.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="226" />
      <source>Pilih dua data orang: cari nama atau NIK, atau pilih dua baris di Daftar Orang lalu buka menu ini lagi.</source>
      <translation>Choose two person records: search by name or NIK, or select two rows in the Persons list and open this menu again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="222" />
      <source>Kolom</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="222" />
      <source>Dipertahankan (id {id})</source>
      <translation>Kept (id {id})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="222" />
      <source>Dipertahankan</source>
      <translation>Kept</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="223" />
      <source>Digabungkan (id {id})</source>
      <translation>Merged (id {id})</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="224" />
      <source>Hasil setelah digabung</source>
      <translation>After the merge</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="257" />
      <source>NIK kedua data berbeda. Periksa KTP/KK, lalu pilih NIK yang benar untuk data gabungannya; NIK yang lain dibuang.</source>
      <translation>The two records have different NIKs. Check the ID card or family card, then choose the right NIK for the merged record; the other NIK is discarded.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="260" />
      <source>Peringatan "mungkin orang yang sama" pada data yang dipertahankan dihapus setelah digabung.</source>
      <translation>The "may be the same person" warning on the kept record is cleared by the merge.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="263" />
      <source>Status data yang digabungkan ({status}) tidak ikut pindah; tekan Tukar bila status itu yang benar.</source>
      <translation>The status of the merged record ({status}) does not move along; press Swap if that status is the right one.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="273" />
      <source>(pilih NIK yang benar)</source>
      <translation>(choose the right NIK)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="274" />
      <source>dipertahankan</source>
      <translation>kept</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="274" />
      <source>digabungkan</source>
      <translation>merged</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="223" />
      <location filename="../../desktop/ui/importing/dialogs.py" line="294" />
      <source>Digabungkan</source>
      <translation>Merged</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="294" />
      <source>Data id {drop} digabungkan ke id {keep}.</source>
      <translation>Record id {drop} merged into id {keep}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="298" />
      <source>Menggabungkan</source>
      <translation>Merging</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Ahli waris</source>
      <translation>Heirs</translation>
    </message>
    <message>
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Jenis kelamin</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Kode pos</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nama dengan gelar</source>
      <translation>Name with titles</translation>
    </message>
    <message>
      <source>Nama ibu kandung</source>
      <translation>Mother's maiden name</translation>
    </message>
    <message>
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <source>No. KK</source>
      <translation>Family card no. (KK)</translation>
    </message>
    <message>
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <source>No. anggota</source>
      <translation>Member no.</translation>
    </message>
    <message>
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Pembayar iuran</source>
      <translation>Contribution payer</translation>
    </message>
    <message>
      <source>Penghasilan/upah</source>
      <translation>Income/wage</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <source>RT</source>
      <translation>RT</translation>
    </message>
    <message>
      <source>RW</source>
      <translation>RW</translation>
    </message>
    <message>
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tanggal lahir</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Tanggal persetujuan</source>
      <translation>Consent date</translation>
    </message>
    <message>
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>NewBatchDialog</name>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="33" />
      <source>Batch baru</source>
      <translation>New batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="35" />
      <source>BPU (bukan penerima upah)</source>
      <translation>BPU (not wage-earning)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="36" />
      <source>PU (penerima upah)</source>
      <translation>PU (wage-earning)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="46" />
      <source>%1 bulan</source>
      <translation>%1 months</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="53" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="54" />
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="56" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="58" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="58" />
      <source>%1 orang terpilih di Daftar Orang</source>
      <translation>%1 persons selected in Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="60" />
      <source>Bulan pertama iuran</source>
      <translation>First contribution month</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="61" />
      <source>Periode bayar</source>
      <translation>Payment period</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="62" />
      <source>Preset kolom</source>
      <translation>Column preset</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="63" />
      <source>Disiapkan oleh</source>
      <translation>Prepared by</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="65" />
      <source>Buat batch</source>
      <translation>Make batch</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="82" />
      <source>Semua unit</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="94" />
      <source>Semua susunan program</source>
      <translation>Every programme combination</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/dialogs.py" line="119" />
      <source>%1 orang dapat masuk batch ini (belum terdaftar dan tidak sedang di batch lain).</source>
      <translation>%1 persons can go into this batch (not registered and not in another batch).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="46" />
      <source>Kata sandi aplikasi</source>
      <translation>App password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="50" />
      <source>Kata sandi ini ditanyakan setiap kali jendela dibuka, untuk PC yang dipakai bersama. Ini bukan enkripsi: lindungi juga akun Windows dan nyalakan enkripsi diska.</source>
      <translation>This password is asked every time the window opens, for PCs that are shared. It is not encryption: protect the Windows account too and turn on disk encryption.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="56" />
      <source>Tanpa kata sandi</source>
      <translation>No password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="60" />
      <source>Kata sandi sekarang</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="61" />
      <source>Kata sandi baru</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="62" />
      <source>Ulangi kata sandi baru</source>
      <translation>Repeat the new password</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="77" />
      <source>Kata sandi baru dan ulangannya tidak sama.</source>
      <translation>The new password and its repetition differ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="29" />
      <source>Kata sandi aplikasi:</source>
      <translation>App password:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="31" />
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="38" />
      <source>Jamsos Desk</source>
      <translation>Jamsos Desk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="37" />
      <source>Kata sandi salah. Coba lagi:</source>
      <translation>Wrong password. Try again:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/password_dialog.py" line="38" />
      <source>Kata sandi salah tiga kali; aplikasi ditutup.</source>
      <translation>Wrong password three times; the app closes.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PersonEditor</name>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="61" />
      <source>Data orang baru</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="61" />
      <source>Ubah data orang</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="100" />
      <source>Nama sesuai KTP-el</source>
      <translation>Name as on the e-KTP</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="100" />
      <source>tanpa Hj. dan gelar</source>
      <translation>without Hj. and titles</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="101" />
      <source>Nama dengan gelar</source>
      <translation>Name with titles</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="102" />
      <source>untuk surat, mis. Hj. Siti Aminah, S.Pd.I</source>
      <translation>for letters, e.g. Hj. Siti Aminah, S.Pd.I</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="103" />
      <location filename="../../desktop/ui/roster/person_editor.py" line="175" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="104" />
      <source>No. KK</source>
      <translation>Family card no. (KK)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="104" />
      <source>Jenis kelamin</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="105" />
      <source>L — Laki-laki</source>
      <translation>L — Male</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="105" />
      <source>P — Perempuan</source>
      <translation>P — Female</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="106" />
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="107" />
      <source>Tanggal lahir</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="107" />
      <location filename="../../desktop/ui/roster/person_editor.py" line="135" />
      <source>hh-bb-tttt</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="108" />
      <source>Nama ibu kandung</source>
      <translation>Mother's maiden name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="108" />
      <source>Data diri</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="112" />
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="112" />
      <source>Dusun/jalan</source>
      <translation>Hamlet/street</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="113" />
      <source>RT</source>
      <translation>RT</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="113" />
      <source>RW</source>
      <translation>RW</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="114" />
      <source>Kecamatan</source>
      <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="115" />
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="116" />
      <source>Kode pos</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="116" />
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="117" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="117" />
      <source>Alamat &amp;&amp; kontak</source>
      <translation>Address &amp;&amp; contact</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="120" />
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="122" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="123" />
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="123" />
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="124" />
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="125" />
      <source>Penghasilan/upah per bulan</source>
      <translation>Monthly income/wage</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="126" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="126" />
      <source>BPU — Bukan Penerima Upah</source>
      <translation>BPU — not wage-earning</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="127" />
      <source>PU — Penerima Upah</source>
      <translation>PU — wage-earning</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="128" />
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="129" />
      <source>Pembayar iuran</source>
      <translation>Contribution payer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="130" />
      <source>Peserta sendiri</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="130" />
      <source>Organisasi</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="130" />
      <source>Donatur</source>
      <translation>Donor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="132" />
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="132" />
      <source>Umum</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="132" />
      <source>Transportasi</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="133" />
      <source>Padat karya</source>
      <translation>Labour-intensive</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="134" />
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="134" />
      <source>No. anggota</source>
      <translation>Member no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="135" />
      <source>Tanggal persetujuan</source>
      <translation>Consent date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="136" />
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="136" />
      <source>Kepesertaan</source>
      <translation>Enrolment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="137" />
      <location filename="../../desktop/ui/roster/person_editor.py" line="408" />
      <source>Ahli waris</source>
      <translation>Heirs</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="174" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="174" />
      <source>Hubungan</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="174" />
      <source>Tgl. lahir</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="175" />
      <source>L/P</source>
      <translation>M/F</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="178" />
      <source>Suami</source>
      <translation>Husband</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="178" />
      <source>Istri</source>
      <translation>Wife</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="178" />
      <source>Anak</source>
      <translation>Child</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="178" />
      <source>Orang Tua</source>
      <translation>Parent</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="178" />
      <source>Saudara Kandung</source>
      <translation>Sibling</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="183" />
      <source>Tambah ahli waris</source>
      <translation>Add heir</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="185" />
      <source>Hapus baris</source>
      <translation>Delete row</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="198" />
      <source>Ahli waris yang menerima manfaat JKM/JHT (klik dua kali sel untuk mengisi).</source>
      <translation>Heirs who receive the JKM/JHT benefits (double-click a cell to fill it in).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="339" />
      <source>Buang perubahan?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="339" />
      <source>Data yang diketik belum disimpan. Buang perubahan?</source>
      <translation>What you typed has not been saved. Discard the changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="340" />
      <source>Buang</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="340" />
      <source>Kembali mengisi</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="445" />
      <source>Data ini punya peringatan:</source>
      <translation>This record has warnings:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="446" />
      <source>Tetap simpan?</source>
      <translation>Save anyway?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/person_editor.py" line="447" />
      <source>Simpan dengan peringatan</source>
      <translation>Save with warnings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="46" />
      <source>Ketik nama atau NIK…</source>
      <translation>Type a name or NIK…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/claims_page.py" line="70" />
      <location filename="../../desktop/ui/importing/dialogs.py" line="142" />
      <source>belum ber-NIK</source>
      <translation>no NIK yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="95" />
      <source>Cari nama atau NIK…</source>
      <translation>Search name or NIK…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="128" />
      <source>(tidak ada yang cocok)</source>
      <translation>(no match)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PersonsModel</name>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="89" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="89" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="89" />
      <source>L/P</source>
      <translation>M/F</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="90" />
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="90" />
      <source>Tgl. lahir</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="91" />
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="91" />
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="91" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="92" />
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="92" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="92" />
      <source>Penghasilan</source>
      <translation>Income</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="93" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="93" />
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="93" />
      <source>Masalah</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="285" />
      <source>Pilih baris ini (atau kedua baris) lalu Data › Gabungkan dua data orang… untuk membandingkannya.</source>
      <translation>Select this row (or both rows), then Data › Merge two person records… to compare them.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="287" />
      <source>Ada peringatan pada data orang ini; buka untuk melihatnya.</source>
      <translation>This person's record has warnings; open it to see them.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_model.py" line="82" />
      <source>belum ber-NIK</source>
      <translation>no NIK yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Belum diajukan</source>
      <translation>Not yet submitted</translation>
    </message>
    <message>
      <source>Diajukan, menunggu jawaban</source>
      <translation>Submitted, awaiting answer</translation>
    </message>
    <message>
      <source>Terdaftar (KPJ baru)</source>
      <translation>Registered (new KPJ)</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Sudah peserta (KPJ lama)</source>
      <translation>Already a participant (existing KPJ)</translation>
    </message>
  </context>
  <context>
    <name>PersonsPage</name>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="94" />
      <source>Samarkan NIK/No. HP</source>
      <translation>Mask NIK/phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="96" />
      <source>Untuk saat layar dilihat orang lain</source>
      <translation>For when others can see the screen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="97" />
      <source>Orang baru…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="98" />
      <source>Buka…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="99" />
      <location filename="../../desktop/ui/roster/persons_view.py" line="291" />
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="100" />
      <source>Pulihkan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="126" />
      <source>Unit baru…</source>
      <translation>New unit…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="126" />
      <source>Ubah unit…</source>
      <translation>Edit unit…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="127" />
      <location filename="../../desktop/ui/roster/persons_view.py" line="276" />
      <source>Hapus unit</source>
      <translation>Delete unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="157" />
      <source>Memuat daftar</source>
      <translation>Loading the list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="206" />
      <source>%1 orang cocok</source>
      <translation>%1 persons match</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="208" />
      <source> (tempat sampah)</source>
      <translation> (trash)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="277" />
      <source>Hapus unit ini? Hanya unit tanpa anggota, lembaga dan unit di bawahnya yang dapat dihapus.</source>
      <translation>Delete this unit? Only a unit without members, institutions and units below it can be deleted.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="286" />
      <source>Pindahkan %1 ke tempat sampah? Dapat dipulihkan kapan saja.</source>
      <translation>Move %1 to the trash? Can be restored at any time.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="289" />
      <source>Pindahkan %1 orang ke tempat sampah? Dapat dipulihkan kapan saja.</source>
      <translation>Move %1 persons to the trash? They can be restored at any time.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="300" />
      <source>Ubah sekaligus</source>
      <translation>Edit several at once</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="300" />
      <source>Pilih dulu orangnya di tabel (Ctrl+A: semua yang tampil; Shift/Ctrl+klik: beberapa).</source>
      <translation>First select the persons in the table (Ctrl+A: everyone shown; Shift/Ctrl+click: several).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="315" />
      <source>%1 orang diubah sekaligus.</source>
      <translation>%1 persons changed at once.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="317" />
      <source>Mengubah %1 orang</source>
      <translation>Changing %1 persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="325" />
      <source>Simpan lembar isian data kurang</source>
      <translation>Save the fill-in sheet for missing data</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="325" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="334" />
      <source>Lembar isian</source>
      <translation>Fill-in sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="335" />
      <source>Lembar isian untuk %1 orang disimpan ke %2. Kirim ke PAC; setelah diisi, impor kembali dengan pilihan "Isi kolom yang masih kosong".</source>
      <translation>Fill-in sheet for %1 persons saved to %2. Send it to the PAC; once it is filled in, import it back with the option "Fill in empty columns".</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="337" />
      <source>Menyimpan lembar isian</source>
      <translation>Saving the fill-in sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="344" />
      <source>Dipulihkan dari tempat sampah: %1</source>
      <translation>Restored from the trash: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="353" />
      <source> dan %1 orang lain</source>
      <translation> and %1 others</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="374" />
      <source>&amp;Urungkan %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="374" />
      <source>&amp;Urungkan</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/persons_view.py" line="385" />
      <source>Diurungkan: %1</source>
      <translation>Undone: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="23" />
      <source>&amp;Cari orang</source>
      <translation>&amp;Find person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="25" />
      <source>Orang &amp;baru…</source>
      <translation>&amp;New person…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="27" />
      <source>&amp;Buka data orang</source>
      <translation>&amp;Open person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="28" />
      <source>&amp;Hapus ke tempat sampah</source>
      <translation>&amp;Move to trash</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="32" />
      <source>Ubah &amp;sekaligus (pekerjaan, segmen, pembayar, program)…</source>
      <translation>Edit &amp;several at once (occupation, segment, payer, programmes)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="35" />
      <source>Lembar isian data &amp;kurang untuk PAC…</source>
      <translation>Fill-in sheet for &amp;missing data for the PAC…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="37" />
      <source>Tampilkan &amp;tempat sampah</source>
      <translation>Show &amp;trash</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="42" />
      <source>&amp;Samarkan NIK/No. HP di layar</source>
      <translation>&amp;Mask NIK/phone on screen</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="48" />
      <source>Unit &amp;baru…</source>
      <translation>New &amp;unit…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="49" />
      <source>Lembaga ba&amp;ru…</source>
      <translation>New inst&amp;itution…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="51" />
      <source>Daftar &amp;lembaga</source>
      <translation>&amp;Institutions</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/feature_roster.py" line="16" />
      <source>Daftar Orang</source>
      <translation>Persons</translation>
    </message>
  </context>
  <context>
    <name>PksDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="196" />
      <source>Cetak Perjanjian Kerja Sama (PKS)</source>
      <translation>Print the cooperation agreement (PKS)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="211" />
      <source>Nomor berikutnya dari buku agenda surat keluar; nomor yang sudah dipakai ditolak.</source>
      <translation>The next number in the outgoing-letter register; a number already used is refused.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="219" />
      <source> tahun</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="223" />
      <source> hari kerja</source>
      <translation> working days</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="227" />
      <source>jabatan</source>
      <translation>position</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="229" />
      <source>mis. Ketua PCNU Kabupaten Mojokerto (kosong: tanpa)</source>
      <translation>e.g. Ketua PCNU Kabupaten Mojokerto (empty: none)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="231" />
      <source>PIHAK PERTAMA (kiri)</source>
      <translation>FIRST PARTY (left)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="231" />
      <source>PIHAK KEDUA (kanan)</source>
      <translation>SECOND PARTY (right)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="232" />
      <source>Keduanya</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="235" />
      <source>Lampiran daftar lembaga dan jumlah peserta per program</source>
      <translation>Annex: institutions and participants per programme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="237" />
      <source>Lampiran daftar nama calon peserta</source>
      <translation>Annex: names of the candidate participants</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="239" />
      <source>Lampiran rincian iuran</source>
      <translation>Annex: contribution details</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="248" />
      <source>Semua unit</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="253" />
      <source>Tanggal penandatanganan</source>
      <translation>Date of signing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="254" />
      <source>Tempat penandatanganan</source>
      <translation>Place of signing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="255" />
      <source>Nomor PIHAK PERTAMA</source>
      <translation>FIRST PARTY's number</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="256" />
      <source>Nomor PIHAK KEDUA</source>
      <translation>SECOND PARTY's number</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="257" />
      <source>Jangka waktu</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="258" />
      <source>Batas verifikasi</source>
      <translation>Verification deadline</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="259" />
      <source>Meterai di bawah tanda tangan</source>
      <translation>Duty stamp under the signature</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="260" />
      <source>Saksi PIHAK PERTAMA</source>
      <translation>FIRST PARTY's witness</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="261" />
      <source>Saksi PIHAK KEDUA</source>
      <translation>SECOND PARTY's witness</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="266" />
      <source>Mengetahui (jabatan)</source>
      <translation>Acknowledged by (title)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="267" />
      <source>Mengetahui (nama)</source>
      <translation>Acknowledged by (name)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="268" />
      <source>Lampiran</source>
      <translation>Annexes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="283" />
      <source>Orang dari unit</source>
      <translation>Persons of unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="281" />
      <source>Bulan iuran</source>
      <translation>Contribution month</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="241" />
      <source>Lampiran mekanisme pendaftaran dan pembayaran, dengan narahubung</source>
      <translation>Annex: enrolment and payment procedure, with contact persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="243" />
      <source>Rincian iuran juga per orang</source>
      <translation>Contribution breakdown also per person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="245" />
      <source>Juga daftar nama dengan NIK lengkap untuk PIHAK PERTAMA (dokumen RAHASIA tersendiri; tercatat di log)</source>
      <translation>Also a name list with full NIKs for the FIRST PARTY (a separate CONFIDENTIAL document; recorded in the log)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="287" />
      <source>Nama penandatangan dan alamat diambil dari Pengaturan; teks pasal dari Templat PKS.</source>
      <translation>Signatories' names and addresses come from Settings; the clauses from the PKS template.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="289" />
      <source>Buat PDF</source>
      <translation>Make PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="19" />
      <source>Tabel tarif iuran…</source>
      <translation>Contribution rate tables…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="20" />
      <source>Preset ekspor batch…</source>
      <translation>Batch export presets…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="21" />
      <source>Templat PKS…</source>
      <translation>PKS template…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="22" />
      <source>Cadangkan sekarang…</source>
      <translation>Back up now…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="23" />
      <source>Pulihkan dari cadangan…</source>
      <translation>Restore from backup…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="44" />
      <source>Nama lengkap organisasi</source>
      <translation>Full name of the organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="45" />
      <source>mis. Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang</source>
      <translation>e.g. Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="46" />
      <source>Nama singkat</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="47" />
      <source>mis. PC Fatayat NU Kab. Jombang</source>
      <translation>e.g. PC Fatayat NU Kab. Jombang</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="48" />
      <source>Alamat sekretariat</source>
      <translation>Secretariat address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="49" />
      <source>Telepon sekretariat</source>
      <translation>Secretariat phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="50" />
      <source>Surel sekretariat</source>
      <translation>Secretariat e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="51" />
      <source>Narahubung pendaftaran</source>
      <translation>Enrolment contact person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="52" />
      <source>nama dan nomor HP, dicetak di lampiran PKS</source>
      <translation>name and mobile number, printed in the PKS annex</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="53" />
      <source>Tempat penandatanganan</source>
      <translation>Place of signing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="54" />
      <source>kota pada baris tempat dan tanggal, mis. Jombang</source>
      <translation>town on the place-and-date line, e.g. Jombang</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="55" />
      <source>Dasar kepengurusan (SK)</source>
      <translation>Board decree (SK)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="55" />
      <source>nomor dan tanggal SK pengurus</source>
      <translation>number and date of the board's decree</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="56" />
      <source>Kontak pelindungan data</source>
      <translation>Data protection contact</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="57" />
      <source>nama dan nomor/alamat surel yang dicetak di formulir</source>
      <translation>name and phone/email printed on the forms</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="58" />
      <source>Logo kop dokumen</source>
      <translation>Letterhead logo</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="61" />
      <source>Nama tingkatan</source>
      <translation>Level names</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="62" />
      <source>dari atas ke bawah, dipisah koma: PC, PAC, Ranting atau Cabang, Ranting</source>
      <translation>top to bottom, separated by commas: PC, PAC, Ranting or Cabang, Ranting</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="63" />
      <source>Kabupaten/kota</source>
      <translation>District (kabupaten/kota)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="64" />
      <source>membatasi pilihan alamat; NIK dari luar wilayah ini hanya diberi peringatan</source>
      <translation>limits the address pickers; a NIK from outside it only gets a warning</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="65" />
      <source>Anggota hanya perempuan</source>
      <translation>Members are women only</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="66" />
      <source>NIK laki-laki di daftar anggota diberi peringatan; guru dan pegawai lembaga boleh laki-laki</source>
      <translation>A male NIK in the member list gets a warning; teachers and institution staff may be men</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="70" />
      <source>Nama kantor cabang</source>
      <translation>Branch office name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="71" />
      <source>mis. BPJS Ketenagakerjaan Kantor Cabang Jombang</source>
      <translation>e.g. BPJS Ketenagakerjaan Kantor Cabang Jombang</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="72" />
      <source>Kota kantor cabang</source>
      <translation>Branch office town</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="73" />
      <source>Alamat kantor cabang</source>
      <translation>Branch office address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="74" />
      <source>Nama kepala kantor cabang</source>
      <translation>Name of the branch head</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="75" />
      <source>Jabatan kepala kantor cabang</source>
      <translation>Title of the branch head</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="76" />
      <source>Dasar kewenangan kepala cabang</source>
      <translation>Legal basis of the branch head's authority</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="77" />
      <source>mis. Keputusan Direksi BPJS Ketenagakerjaan Nomor …; tanyakan ke kantor cabang</source>
      <translation>e.g. Keputusan Direksi BPJS Ketenagakerjaan Nomor … (directors' decree); ask the branch office</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="78" />
      <source>Narahubung kantor cabang</source>
      <translation>Branch office contact person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="79" />
      <source>nama dan nomor telepon, dicetak di lampiran PKS</source>
      <translation>name and phone number, printed in the PKS annex</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="82" />
      <source>Nama ketua</source>
      <translation>Chair's name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="83" />
      <source>Jabatan ketua</source>
      <translation>Chair's title</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="84" />
      <source>Nama sekretaris</source>
      <translation>Secretary's name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="85" />
      <source>Jabatan sekretaris</source>
      <translation>Secretary's title</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="88" />
      <source>Segmen bawaan</source>
      <translation>Default segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="90" />
      <source>Program bawaan</source>
      <translation>Default programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="91" />
      <source>Pembayar iuran bawaan</source>
      <translation>Default contribution payer</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="92" />
      <source>Peserta sendiri</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="92" />
      <source>Organisasi/lembaga</source>
      <translation>Organisation/institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="93" />
      <source>Donatur</source>
      <translation>Donor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="93" />
      <source>APBD (pemerintah daerah)</source>
      <translation>APBD (regional government)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="94" />
      <source>APBN (pemerintah pusat)</source>
      <translation>APBN (central government)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="95" />
      <source>Pola nomor PKS</source>
      <translation>PKS number pattern</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="96" />
      <source>{nomor}, {bulan}, {bulan_romawi}, {tahun}; mis. {nomor}/PC-FTY/{bulan_romawi}/{tahun}</source>
      <translation>{nomor}, {bulan}, {bulan_romawi}, {tahun}; e.g. {nomor}/PC-FTY/{bulan_romawi}/{tahun}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="97" />
      <source>Letak meterai</source>
      <translation>Duty stamp position</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="98" />
      <source>Kanan</source>
      <translation>Right</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="98" />
      <source>Kiri</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="98" />
      <source>Keduanya</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="99" />
      <source>Nama hari ketujuh</source>
      <translation>Name of Sunday</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="101" />
      <source>Ukuran kertas dokumen</source>
      <translation>Document paper size</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="102" />
      <source>F4/Folio (215 × 330 mm)</source>
      <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="105" />
      <source>Pembulatan iuran</source>
      <translation>Contribution rounding</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="106" />
      <source>Setengah ke atas (umum)</source>
      <translation>Half up (usual)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="106" />
      <source>Setengah ke genap</source>
      <translation>Half to even</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="107" />
      <source>Dipotong, tanpa pembulatan</source>
      <translation>Truncate, no rounding</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="108" />
      <source>Usia kerja terendah</source>
      <translation>Minimum working age</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="109" />
      <source>Usia kerja tertinggi</source>
      <translation>Maximum working age</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="110" />
      <source>Batas usia peserta BPU</source>
      <translation>BPU age limit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="111" />
      <source>Panjang NSM (digit)</source>
      <translation>NSM length (digits)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="112" />
      <source>Lama simpan cadangan setelah penghapusan (hari)</source>
      <translation>Keep backups after an erasure for (days)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="113" />
      <source>Terbilang dengan Huruf Awal Kapital</source>
      <translation>Amounts in words in Title Case</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="116" />
      <source>Organisasi</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="117" />
      <source>Tingkatan dan wilayah</source>
      <translation>Levels and district</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="118" />
      <source>Kantor cabang</source>
      <translation>Branch office</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="119" />
      <source>Penanda tangan</source>
      <translation>Signatories</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="120" />
      <source>Bawaan dan PKS</source>
      <translation>Defaults and PKS</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="121" />
      <source>Aturan</source>
      <translation>Rules</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PresetEditor</name>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="44" />
      <source>Preset ekspor batch</source>
      <translation>Batch export presets</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="71" />
      <source>Salin…</source>
      <translation>Copy…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="72" />
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="73" />
      <source>Simpan sebagai berkas…</source>
      <translation>Save as file…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="74" />
      <source>Muat dari berkas…</source>
      <translation>Load from file…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="77" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="78" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="80" />
      <source>Naik</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="81" />
      <source>Turun</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="82" />
      <source>Tambah kolom</source>
      <translation>Add column</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="83" />
      <source>Hapus kolom</source>
      <translation>Delete column</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="86" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="103" />
      <source> (bawaan)</source>
      <translation> (built-in)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="123" />
      <source>Preset bawaan tidak dapat diubah. Tekan Salin… lalu ubah salinannya.</source>
      <translation>A built-in preset cannot be changed. Press Copy… and change the copy.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="140" />
      <source>(sesuai isian)</source>
      <translation>(as entered)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="182" />
      <source>Kolom baru %1</source>
      <translation>New column %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="216" />
      <source>Salin preset</source>
      <translation>Copy preset</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="216" />
      <source>Nama preset baru:</source>
      <translation>Name of the new preset:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="216" />
      <source> (salinan)</source>
      <translation> (copy)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="222" />
      <source>Hapus preset</source>
      <translation>Delete preset</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="223" />
      <source>Hapus preset '%1'?</source>
      <translation>Delete preset '%1'?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="232" />
      <source>Simpan preset</source>
      <translation>Save preset</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="232" />
      <location filename="../../desktop/ui/batches/preset_editor.py" line="241" />
      <source>Preset Jamsos Desk (*.json)</source>
      <translation>Jamsos Desk preset (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/batches/preset_editor.py" line="241" />
      <source>Muat preset</source>
      <translation>Load preset</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Judul kolom</source>
      <translation>Column heading</translation>
    </message>
    <message>
      <source>Isian</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Wajib</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Kode (nilai=kode)</source>
      <translation>Code (value=code)</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="24" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="24" />
      <source>Lembar</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="24" />
      <source>Baris</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="24" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="25" />
      <source>Masalah dan cara memperbaikinya</source>
      <translation>Problem and how to fix it</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="76" />
      <source>Ahli waris: diganti dengan yang di berkas</source>
      <translation>Heirs: replaced by those in the file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="80" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/preview_model.py" line="81" />
      <source>(kosong)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Ahli waris</source>
      <translation>Heirs</translation>
    </message>
    <message>
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Desa/Kelurahan</source>
      <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Jenis kelamin</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Kode pos</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <source>Nama dengan gelar</source>
      <translation>Name with titles</translation>
    </message>
    <message>
      <source>Nama ibu kandung</source>
      <translation>Mother's maiden name</translation>
    </message>
    <message>
      <source>No. HP</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <source>No. KK</source>
      <translation>Family card no. (KK)</translation>
    </message>
    <message>
      <source>No. KPJ</source>
      <translation>KPJ no.</translation>
    </message>
    <message>
      <source>No. anggota</source>
      <translation>Member no.</translation>
    </message>
    <message>
      <source>Pekerjaan</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Pembayar iuran</source>
      <translation>Contribution payer</translation>
    </message>
    <message>
      <source>Penghasilan/upah</source>
      <translation>Income/wage</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <source>RT</source>
      <translation>RT</translation>
    </message>
    <message>
      <source>RW</source>
      <translation>RW</translation>
    </message>
    <message>
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Tanggal lahir</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Tanggal persetujuan</source>
      <translation>Consent date</translation>
    </message>
    <message>
      <source>Tempat lahir</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Diperbarui</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Sudah ada</source>
      <translation>Existing</translation>
    </message>
    <message>
      <source>Duplikat</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Ada peringatan</source>
      <translation>With warnings</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="33" />
      <source>Belum ada dokumen. Pilih menu Dokumen untuk mencetak formulir, PKS atau daftar peserta.</source>
      <translation>No document yet. Use the Documents menu to print forms, the PKS or a participant list.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="44" />
      <source>◀ Sebelumnya</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="45" />
      <source>Halaman</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="48" />
      <source>Berikutnya ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="50" />
      <source>Perkecil</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="52" />
      <source>Perbesar</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="54" />
      <source>Selebar halaman</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="56" />
      <source>Cetak…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="57" />
      <source>Simpan sebagai PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="88" />
      <source>%1 — %2 halaman, %3 orang. No. dokumen %4.</source>
      <translation>%1 — %2 pages, %3 persons. Document no. %4.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="95" />
      <source>dari %1</source>
      <translation>of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="148" />
      <source>Mencetak</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="149" />
      <source>%1 halaman dikirim ke pencetak.</source>
      <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="156" />
      <source>Simpan sebagai PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="157" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/preview.py" line="169" />
      <source>Disimpan: %1</source>
      <translation>Saved: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="296" />
      <source>Pratinjau</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="297" />
      <source>Belum ada yang disimpan. Baris yang ditolak tidak diimpor; kirim daftar masalahnya ke PAC untuk diperbaiki.</source>
      <translation>Nothing saved yet. Rejected rows are not imported; send the problem list to the PAC to fix.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="300" />
      <location filename="../../desktop/ui/importing/wizard.py" line="350" />
      <source>Memeriksa berkas…</source>
      <translation>Checking the file…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="305" />
      <source>Semua baris</source>
      <translation>All rows</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="314" />
      <source>Simpan daftar &amp;masalah…</source>
      <translation>Save the &amp;problem list…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="330" />
      <source>Tampilkan:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="333" />
      <source>Data yang sudah ada:</source>
      <translation>Records that exist already:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="355" />
      <source>Memeriksa berkas</source>
      <translation>Checking the file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="370" />
      <source>{file}, lembar {sheets}: {rows} baris data.</source>
      <translation>{file}, sheet {sheets}: {rows} data rows.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="372" />
      <source>baris kosong/jumlah/tanda tangan diabaikan: {n}</source>
      <translation>empty/total/signature rows ignored: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="392" />
      <source>Simpan daftar masalah</source>
      <translation>Save the problem list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="402" />
      <source>Daftar masalah</source>
      <translation>Problem list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/wizard.py" line="402" />
      <source>{n} masalah disimpan di {path}.</source>
      <translation>{n} problems saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Diperbarui</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Sudah ada</source>
      <translation>Existing</translation>
    </message>
    <message>
      <source>Duplikat</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Ada peringatan</source>
      <translation>With warnings</translation>
    </message>
    <message>
      <source>Lewati yang sudah ada</source>
      <translation>Skip existing records</translation>
    </message>
    <message>
      <source>Isi kolom yang masih kosong</source>
      <translation>Fill in empty columns</translation>
    </message>
    <message>
      <source>Timpa dengan data berkas</source>
      <translation>Overwrite with the file's data</translation>
    </message>
  </context>
  <context>
    <name>PrivacyDialog</name>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="20" />
      <source>Hak subjek data</source>
      <translation>Data subject rights</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="22" />
      <source>Permintaan seseorang atas datanya (UU 27/2022): laporan semua data yang disimpan, penganoniman (jumlah dan nominal untuk laporan tetap), atau penghapusan permanen. Setiap tindakan dicatat tanpa data pribadinya.</source>
      <translation>A person's request about their data (Law 27/2022): a report of all data held, anonymisation (counts and amounts for reports stay), or permanent erasure. Every action is recorded without the personal data.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="28" />
      <source>NIK 16 angka atau nomor id orang</source>
      <translation>16-digit NIK or the person's id</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="29" />
      <source>Cari</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="39" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="41" />
      <source>Laporan data pribadi (PDF)…</source>
      <translation>Personal data report (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="42" />
      <source>Anonimkan…</source>
      <translation>Anonymise…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="43" />
      <source>Hapus permanen…</source>
      <translation>Erase permanently…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="82" />
      <source>{0} — NIK {1} — {2} kolom data, {3} ahli waris</source>
      <translation>{0} — NIK {1} — {2} data fields, {3} heirs</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="83" />
      <source>belum ada</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="89" />
      <source>Simpan laporan data pribadi</source>
      <translation>Save the personal data report</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="96" />
      <source>Laporan dibuat</source>
      <translation>Report made</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="97" />
      <source>Laporan data pribadi {0} tersimpan di {1}. Serahkan hanya kepada yang bersangkutan.</source>
      <translation>Personal data report {0} saved to {1}. Hand it only to the person concerned.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="99" />
      <source>Membuat laporan…</source>
      <translation>Making the report…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="107" />
      <source>Hapus permanen semua data orang ini, termasuk ahli waris dan keikutsertaannya dalam batch? Tindakan ini tidak dapat dibatalkan. Cadangan lama yang masih memuatnya dihapus otomatis setelah masa retensi.</source>
      <translation>Erase all of this person's data permanently, including heirs and batch entries? This cannot be undone. Older backups that still hold it are deleted automatically after the retention period.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="110" />
      <source>dihapus permanen</source>
      <translation>erased permanently</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="112" />
      <source>Hapus identitas orang ini (NIK, nama, alamat, No. HP, ahli waris…)? Jumlah dan nominal untuk laporan tetap. Tindakan ini tidak dapat dibatalkan.</source>
      <translation>Remove this person's identity (NIK, name, address, phone, heirs…)? Counts and amounts for reports stay. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="114" />
      <source>dianonimkan</source>
      <translation>anonymised</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/privacy_dialog.py" line="125" />
      <source>Membersihkan ruang basis data…</source>
      <translation>Reclaiming database space…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ProfileFiles</name>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="32" />
      <source>Ekspor profil organisasi</source>
      <translation>Export organisation profile</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="34" />
      <location filename="../../desktop/ui/preferences/profile_files.py" line="51" />
      <source>Profil Jamsos Desk (*.json)</source>
      <translation>Jamsos Desk profile (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="44" />
      <source>Profil disimpan</source>
      <translation>Profile saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="45" />
      <source>Profil organisasi disimpan ke {0} ({1}). Berkas ini tidak berisi data pribadi.</source>
      <translation>Organisation profile saved to {0} ({1}). This file holds no personal data.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="50" />
      <source>Impor profil organisasi</source>
      <translation>Import organisation profile</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="58" />
      <source>Impor profil</source>
      <translation>Import profile</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="59" />
      <source>Terapkan profil dari {0}? Pengaturan organisasi, templat dan preset diganti dengan isi profil; data anggota tidak berubah. Cadangan dibuat dulu.</source>
      <translation>Apply the profile from {0}? Organisation settings, templates and presets are replaced by the profile's; member data does not change. A backup is taken first.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="64" />
      <source>Profil tidak diterapkan</source>
      <translation>Profile not applied</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="67" />
      <source>Profil diterapkan</source>
      <translation>Profile applied</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/profile_files.py" line="68" />
      <source>Diterapkan: {0}.</source>
      <translation>Applied: {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RateDialog</name>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="84" />
      <source>Tambah baris tarif</source>
      <translation>Add rate row</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="86" />
      <source>Program</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="89" />
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="90" />
      <source>Dibayar oleh</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="92" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="93" />
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="94" />
      <source>0,24 = 0,24%; 6800 = Rp6.800; diskon 50 = 50%</source>
      <translation>0,24 = 0.24%; 6800 = Rp6,800; discount 50 = 50%</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="95" />
      <source>Batas upah (Rp)</source>
      <translation>Wage cap (Rp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="96" />
      <source>hanya untuk persen, mis. batas upah JP</source>
      <translation>for percentages only, e.g. the JP wage cap</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="97" />
      <source>Berlaku mulai bulan</source>
      <translation>Valid from month</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="99" />
      <source>Sampai bulan</source>
      <translation>Until month</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="99" />
      <source>kosong: seterusnya</source>
      <translation>empty: open-ended</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="100" />
      <source>Berlaku bagi (syarat)</source>
      <translation>Applies to (condition)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="101" />
      <source>mis. payer!=APBN/APBD;sector=transport (pembayar bukan APBN/APBD; sektor transportasi)</source>
      <translation>e.g. payer!=APBN/APBD;sector=transport (payer not APBN/APBD; transport sector)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="102" />
      <source>Dasar hukum</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="103" />
      <source>Kepastian</source>
      <translation>Certainty</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>peserta</source>
      <translation>participant</translation>
    </message>
    <message>
      <source>pemberi kerja</source>
      <translation>employer</translation>
    </message>
    <message>
      <source>pekerja</source>
      <translation>worker</translation>
    </message>
    <message>
      <source>persen</source>
      <translation>percent</translation>
    </message>
    <message>
      <source>rupiah tetap</source>
      <translation>fixed rupiah</translation>
    </message>
    <message>
      <source>keringanan (diskon)</source>
      <translation>discount</translation>
    </message>
    <message>
      <source>pasti</source>
      <translation>verified</translation>
    </message>
    <message>
      <source>lemah (sumber tidak resmi)</source>
      <translation>weak (unofficial source)</translation>
    </message>
    <message>
      <source>belum pasti</source>
      <translation>not yet certain</translation>
    </message>
  </context>
  <context>
    <name>RatesPage</name>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="194" />
      <source>Perubahan tarif = baris baru mulai bulannya; baris lama ditutup sehari sebelumnya. Bulan yang sudah lewat tetap memakai tarifnya.</source>
      <translation>A rate change is a new row from its month; the old row closes the day before. Past months keep their rates.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="199" />
      <source>Tambah baris tarif…</source>
      <translation>Add rate row…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="200" />
      <source>Tambah golongan BPU…</source>
      <translation>Add BPU bracket…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="227" />
      <source>Klik dua kali sebuah baris untuk mengoreksinya sesuai Kantor Cabang.</source>
      <translation>Double-click a row to correct it to match the branch office.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="229" />
      <source>Golongan penghasilan BPU</source>
      <translation>BPU income brackets</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="232" />
      <source>{0} dari {1} golongan penghasilan BPU (berwarna kuning): tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang. Klik dua kali baris golongan untuk mengoreksinya.</source>
      <translation>{0} of {1} BPU income brackets (in yellow): the table comes from an unofficial source — check it with the branch office. Double-click a bracket row to correct it.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>BPU (peserta mandiri)</source>
      <translation>BPU (self-enrolled participants)</translation>
    </message>
    <message>
      <source>PU per kelompok risiko</source>
      <translation>PU by risk group</translation>
    </message>
    <message>
      <source>Batas upah JP per tahun</source>
      <translation>JP wage cap per year</translation>
    </message>
    <message>
      <source>Keringanan (diskon)</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Segmen</source>
      <translation>Segment</translation>
    </message>
    <message>
      <source>Dibayar oleh</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Batas upah</source>
      <translation>Wage cap</translation>
    </message>
    <message>
      <source>Berlaku mulai</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <source>Sampai</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Berlaku bagi</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <source>Dasar hukum</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <source>Kepastian</source>
      <translation>Certainty</translation>
    </message>
    <message>
      <source>Dasar penghasilan</source>
      <translation>Income base</translation>
    </message>
    <message>
      <source>Penghasilan dari</source>
      <translation>Income from</translation>
    </message>
    <message>
      <source>Penghasilan sampai</source>
      <translation>Income up to</translation>
    </message>
    <message>
      <source>JKK</source>
      <translation>JKK</translation>
    </message>
    <message>
      <source>JKM</source>
      <translation>JKM</translation>
    </message>
    <message>
      <source>JHT</source>
      <translation>JHT</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>peserta</source>
      <translation>participant</translation>
    </message>
    <message>
      <source>pemberi kerja</source>
      <translation>employer</translation>
    </message>
    <message>
      <source>pekerja</source>
      <translation>worker</translation>
    </message>
    <message>
      <source>persen</source>
      <translation>percent</translation>
    </message>
    <message>
      <source>rupiah tetap</source>
      <translation>fixed rupiah</translation>
    </message>
    <message>
      <source>keringanan (diskon)</source>
      <translation>discount</translation>
    </message>
    <message>
      <source>pasti</source>
      <translation>verified</translation>
    </message>
    <message>
      <source>lemah (sumber tidak resmi)</source>
      <translation>weak (unofficial source)</translation>
    </message>
    <message>
      <source>belum pasti</source>
      <translation>not yet certain</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="119" />
      <source>Buang perubahan?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="119" />
      <source>Data yang diketik belum disimpan. Buang perubahan?</source>
      <translation>What you typed has not been saved. Discard the changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="120" />
      <source>Buang</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="120" />
      <source>Kembali mengisi</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="49" />
      <source>Pulihkan dari cadangan</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="51" />
      <source>Pilih cadangan yang akan dipulihkan. Keadaan sekarang dicadangkan dulu, dan catatan pemrosesan tidak ikut mundur. Orang yang sudah dihapus atas permintaannya tetap terhapus.</source>
      <translation>Choose the backup to restore. The current state is backed up first, and the processing record does not go back. Persons erased at their request stay erased.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="57" />
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="57" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="57" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="57" />
      <source>Ukuran</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="64" />
      <source>Berkas lain…</source>
      <translation>Other file…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="67" />
      <source>Pulihkan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/backups.py" line="99" />
      <source>Pilih berkas cadangan</source>
      <translation>Choose a backup file</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RosterDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="173" />
      <source>Cetak daftar peserta</source>
      <translation>Print the participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="176" />
      <source>Tampilkan NIK dan No. HP lengkap (tercatat di log pemrosesan)</source>
      <translation>Show full NIK and phone numbers (recorded in the processing log)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="180" />
      <source>Bawaan: NIK dan No. HP disamarkan (UU 27/2022).</source>
      <translation>By default NIK and phone numbers are masked (Law 27/2022).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="182" />
      <source>Buat PDF</source>
      <translation>Make PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RunsDialog</name>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="27" />
      <source>Riwayat impor</source>
      <translation>Import history</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="33" />
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="33" />
      <source>Oleh</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="33" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="33" />
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="34" />
      <source>Hasil</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="34" />
      <source>Masih tertaut</source>
      <translation>Still linked</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="40" />
      <source>{a} baru, {u} diperbarui, {s} dilewati (sudah ada/duplikat), {r} ditolak</source>
      <translation>{a} new, {u} updated, {s} skipped (existing/duplicate), {r} rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="49" />
      <source>Pilih satu impor untuk melihat daftar masalahnya.</source>
      <translation>Select an import to see its problem list.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/importing/dialogs.py" line="63" />
      <source>Tidak ada masalah.</source>
      <translation>No problems.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Orang (anggota/pekerja)</source>
      <translation>Persons (members/workers)</translation>
    </message>
    <message>
      <source>Lembaga</source>
      <translation>Institutions</translation>
    </message>
    <message>
      <source>Unit organisasi</source>
      <translation>Organisation units</translation>
    </message>
    <message>
      <source>Jawaban kantor cabang</source>
      <translation>Branch office's answer</translation>
    </message>
  </context>
  <context>
    <name>ScopeBox</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="58" />
      <source>Siapa yang dicetak</source>
      <translation>Who is printed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="62" />
      <source>Unit (termasuk unit di bawahnya)</source>
      <translation>Unit (with the units below it)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="63" />
      <source>Lembaga</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="64" />
      <source>Satu orang (NIK)</source>
      <translation>One person (NIK)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="66" />
      <source>Filter Daftar Orang saat ini</source>
      <translation>Current Persons filter</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="69" />
      <source>Orang terpilih di Daftar Orang (%1)</source>
      <translation>Persons selected in Persons (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="76" />
      <source>16 digit NIK</source>
      <translation>16-digit NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="80" />
      <source>Menurut %1</source>
      <translation>By %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="84" />
      <source>Cakupan</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="85" />
      <source>Pilihan</source>
      <translation>Choice</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="86" />
      <source>NIK</source>
      <translation>NIK</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="87" />
      <source>Urutan</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="116" />
      <source>Tulis NIK orang yang formulirnya dicetak.</source>
      <translation>Type the NIK of the person whose form is printed.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="124" />
      <source>Belum ada unit atau lembaga untuk dipilih.</source>
      <translation>No units or institutions to choose from yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="133" />
      <source>%1 orang</source>
      <translation>%1 persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>nama</source>
      <translation>name</translation>
    </message>
    <message>
      <source>tanggal lahir</source>
      <translation>birth date</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <source>lembaga</source>
      <translation>institution</translation>
    </message>
    <message>
      <source>urutan masuk</source>
      <translation>order of entry</translation>
    </message>
  </context>
  <context>
    <name>SectionPage</name>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="39" />
      <source>Belum lengkap</source>
      <translation>Not complete</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="39" />
      <source>Isi dulu: {0}.</source>
      <translation>Please fill in: {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="46" />
      <source>Periksa isian</source>
      <translation>Check the entries</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="90" />
      <source>Basis data di server</source>
      <translation>Database on a server</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="93" />
      <source>Beberapa komputer memakai satu basis data PostgreSQL di server kantor. Isi alamat yang diberikan pengelola server. Kata sandi tidak disimpan di komputer ini: ditanyakan saat aplikasi dibuka (kecuali tersimpan di berkas pgpass).</source>
      <translation>Several computers use one PostgreSQL database on the office server. Fill in the address the server administrator gave you. The password is not stored on this computer: it is asked for when the application opens (unless it is kept in a pgpass file).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="99" />
      <source>Sambungkan</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="99" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="110" />
      <source>Isi dulu: {0}.</source>
      <translation>Please fill in: {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ServerForm</name>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="51" />
      <source>mis. 192.168.1.10</source>
      <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="63" />
      <source>kosongkan bila tersimpan di pgpass</source>
      <translation>leave empty if kept in pgpass</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="66" />
      <source>Alamat server:</source>
      <translation>Server address:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="67" />
      <source>Port:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="68" />
      <source>Nama basis data:</source>
      <translation>Database name:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="69" />
      <source>Nama pengguna:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="70" />
      <source>Kata sandi:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="73" />
      <source>alamat server</source>
      <translation>server address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="74" />
      <source>nama basis data</source>
      <translation>database name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/server_connection.py" line="75" />
      <source>nama pengguna</source>
      <translation>user name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="34" />
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="46" />
      <source>Lainnya</source>
      <translation>More</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="71" />
      <source>Tampilan (komputer ini)</source>
      <translation>Display (this computer)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="78" />
      <source>Bahasa tampilan</source>
      <translation>Display language</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="81" />
      <source>Cadangan</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="84" />
      <source>Salinan otomatis dibuat saat aplikasi dibuka dan ditutup, dan sebelum impor, penggabungan dan pembacaan jawaban kantor cabang; salinan lama dipangkas otomatis. Folder: {0}</source>
      <translation>Copies are made automatically when the app opens and closes, and before imports, merges and reading the branch office's answer; old copies are pruned automatically. Folder: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="88" />
      <source>Buka folder cadangan</source>
      <translation>Open backup folder</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="94" />
      <source>Pengaturan lain</source>
      <translation>Other settings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="102" />
      <source>Layar ini belum tersedia di versi ini.</source>
      <translation>This screen is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="108" />
      <source>Profil organisasi (tanpa data pribadi)</source>
      <translation>Organisation profile (no personal data)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="110" />
      <source>Pengaturan, templat dokumen, preset ekspor dan logo dalam satu berkas, untuk dibagikan ke cabang lain.</source>
      <translation>Settings, document templates, export presets and logo in one file, to hand to other branches.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="113" />
      <source>Ekspor profil…</source>
      <translation>Export profile…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="115" />
      <source>Impor profil…</source>
      <translation>Import profile…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/dialog.py" line="158" />
      <source>Pengaturan belum tersimpan</source>
      <translation>Settings not saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>SettingsForm</name>
    <message>
      <location filename="../../desktop/ui/preferences/form.py" line="252" />
      <source>Contoh: {0}</source>
      <translation>Example: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="360" />
      <location filename="../../desktop/ui/documents/dialogs.py" line="428" />
      <source>Templat PKS</source>
      <translation>PKS template</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="369" />
      <source>Catatan versi, mis. draf kantor cabang Mei 2026</source>
      <translation>Version note, e.g. branch office draft May 2026</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="370" />
      <source>Isian yang tersedia: </source>
      <translation>Placeholders available: </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="373" />
      <source>Simpan sebagai versi baru</source>
      <translation>Save as a new version</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="375" />
      <source>Pakai versi ini</source>
      <translation>Use this version</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="377" />
      <source>Muat teks bawaan</source>
      <translation>Load the built-in text</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="379" />
      <source>Versi</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="407" />
      <source>bawaan</source>
      <translation>built-in</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="408" />
      <source>Versi %1 — %2 — %3</source>
      <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="410" />
      <source> (aktif)</source>
      <translation> (active)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="429" />
      <source>Versi %1 disimpan dan dipakai untuk mencetak.</source>
      <translation>Version %1 saved and used for printing.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>UnitEditor</name>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="12" />
      <source>Unit baru</source>
      <translation>New unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="12" />
      <source>Ubah unit</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="22" />
      <source>Nama unit</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="23" />
      <source>Unit induk</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="24" />
      <source>(unit puncak)</source>
      <translation>(top unit)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="25" />
      <source>Wilayah (kecamatan)</source>
      <translation>Area (kecamatan)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="27" />
      <source>Ketua</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="28" />
      <source>Alamat sekretariat</source>
      <translation>Secretariat address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_editor.py" line="29" />
      <source>Kode unit</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>UnitTree</name>
    <message>
      <location filename="../../desktop/ui/roster/unit_tree.py" line="23" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_tree.py" line="23" />
      <source>Orang</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/unit_tree.py" line="44" />
      <source>Semua unit</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Terdaftar</source>
      <translation>Registered</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="324" />
      <source>Periksa dokumen</source>
      <translation>Verify document</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="328" />
      <source>Pindai QR atau ketik kode, mis. JD-7K3M-Q2XA</source>
      <translation>Scan the QR or type the code, e.g. JD-7K3M-Q2XA</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="329" />
      <source>Periksa</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="55" />
      <source>Selamat datang di Jamsos Desk</source>
      <translation>Welcome to Jamsos Desk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="58" />
      <source>Sebelum mulai, isi data organisasi Anda: nama, tingkatan, kabupaten/kota, kantor cabang BPJS Ketenagakerjaan mitra, penanda tangan dan pola nomor PKS. Semuanya tercetak di formulir dan PKS, dan dapat diubah kapan saja lewat Berkas › Pengaturan.

Jika pimpinan wilayah memberi berkas profil organisasi (.json), muat dulu berkas itu; lalu sesuaikan nama dan kantor cabang Anda.</source>
      <translation>Before you start, enter your organisation's details: name, levels, district, partner BPJS Ketenagakerjaan branch office, signatories and the PKS number pattern. They are printed on the forms and the PKS and can be changed at any time in File › Settings.

If your provincial board gave you an organisation profile file (.json), load it first, then adjust your own names and branch office.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="64" />
      <source>Muat profil organisasi…</source>
      <translation>Load organisation profile…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="67" />
      <source>Basis data di server…</source>
      <translation>Database on a server…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="70" />
      <source>Untuk beberapa komputer yang memakai satu basis data PostgreSQL di server kantor</source>
      <translation>For several computers sharing one PostgreSQL database on the office server</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="81" />
      <source>Data disimpan di komputer ini. Bila kantor memakai satu basis data di server untuk beberapa komputer, pilih Basis data di server.</source>
      <translation>Data is stored on this computer. If the office uses one database on a server for several computers, choose Database on a server.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="90" />
      <source>Profil dimuat; periksa dan sesuaikan isian di halaman berikut.</source>
      <translation>Profile loaded; check and adjust the entries on the next pages.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/preferences/first_run.py" line="97" />
      <source>Tersambung ke server {0}.</source>
      <translation>Connected to server {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>_PastMonthDialog</name>
    <message>
      <location filename="../../desktop/ui/coverage/rates_page.py" line="72" />
      <source>Berlaku surut (mulai di bulan yang sudah lewat)</source>
      <translation>Retroactive (starts in a past month)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="75" />
      <source>Terdaftar</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="76" />
      <source>Belum terdaftar</source>
      <translation>Not yet registered</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="81" />
      <source>Cakupan per unit (orang)</source>
      <translation>Coverage by unit (persons)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="91" />
      <source>Komposisi program (terdaftar)</source>
      <translation>Programme mix (registered)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="94" />
      <source>Belum ada peserta terdaftar</source>
      <translation>No registered participants yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/coverage/charts.py" line="106" />
      <source>Jumlah terdaftar dari waktu ke waktu</source>
      <translation>Registered over time</translation>
    </message>
    <message>
      <source>Belum ada data: grafik waktu perlu sedikitnya dua bulan mulai kepesertaan</source>
      <translation>No data yet: the chart over time needs enrolments starting in at least two months</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Pengguna</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Uraian</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Jumlah orang</source>
      <translation>Number of persons</translation>
    </message>
    <message>
      <source>Kolom data</source>
      <translation>Data fields</translation>
    </message>
    <message>
      <source>Tujuan</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Checksum SHA-256</source>
      <translation>SHA-256 checksum</translation>
    </message>
    <message>
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Ekspor</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Cetak</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Gabung</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Templat dokumen</source>
      <translation>Document template</translation>
    </message>
    <message>
      <source>Tambah orang</source>
      <translation>Add person</translation>
    </message>
    <message>
      <source>Ubah orang</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <source>Orang ke tempat sampah</source>
      <translation>Person moved to trash</translation>
    </message>
    <message>
      <source>Orang dari tempat sampah</source>
      <translation>Person restored from trash</translation>
    </message>
    <message>
      <source>Urungkan tambah orang</source>
      <translation>Undo add person</translation>
    </message>
    <message>
      <source>Tambah unit</source>
      <translation>Add unit</translation>
    </message>
    <message>
      <source>Ubah unit</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <source>Unit ke tempat sampah</source>
      <translation>Unit moved to trash</translation>
    </message>
    <message>
      <source>Tambah lembaga</source>
      <translation>Add institution</translation>
    </message>
    <message>
      <source>Ubah lembaga</source>
      <translation>Edit institution</translation>
    </message>
    <message>
      <source>Lembaga ke tempat sampah</source>
      <translation>Institution moved to trash</translation>
    </message>
    <message>
      <source>Buat batch</source>
      <translation>Make batch</translation>
    </message>
    <message>
      <source>Batalkan batch</source>
      <translation>Cancel batch</translation>
    </message>
    <message>
      <source>Keluarkan dari batch</source>
      <translation>Remove from batch</translation>
    </message>
    <message>
      <source>Jawaban Kantor Cabang</source>
      <translation>Branch office's answer</translation>
    </message>
    <message>
      <source>Tambah klaim</source>
      <translation>Add claim</translation>
    </message>
    <message>
      <source>Ubah klaim</source>
      <translation>Edit claim</translation>
    </message>
    <message>
      <source>Hapus klaim</source>
      <translation>Delete claim</translation>
    </message>
    <message>
      <source>Tambah tarif</source>
      <translation>Add rate</translation>
    </message>
    <message>
      <source>Tambah rentang penghasilan</source>
      <translation>Add income bracket</translation>
    </message>
    <message>
      <source>Koreksi golongan penghasilan</source>
      <translation>Income bracket correction</translation>
    </message>
    <message>
      <source>Impor preset</source>
      <translation>Preset import</translation>
    </message>
    <message>
      <source>Simpan preset</source>
      <translation>Save preset</translation>
    </message>
    <message>
      <source>Ubah pengaturan</source>
      <translation>Change settings</translation>
    </message>
    <message>
      <source>Ekspor profil</source>
      <translation>Profile export</translation>
    </message>
    <message>
      <source>Impor profil</source>
      <translation>Import profile</translation>
    </message>
    <message>
      <source>Pemulihan cadangan</source>
      <translation>Backup restore</translation>
    </message>
    <message>
      <source>Cadangan ke folder lain</source>
      <translation>Backup to another folder</translation>
    </message>
    <message>
      <source>Perbaikan basis data</source>
      <translation>Database repair</translation>
    </message>
    <message>
      <source>Pindah basis data</source>
      <translation>Database move</translation>
    </message>
    <message>
      <source>Hapus permanen (permintaan)</source>
      <translation>Permanent erasure (on request)</translation>
    </message>
    <message>
      <source>Anonimkan</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <source>Laporan data pribadi</source>
      <translation>Personal data report</translation>
    </message>
    <message>
      <source>Ekspor catatan</source>
      <translation>Log export</translation>
    </message>
    <message>
      <source>Kata sandi aplikasi</source>
      <translation>App password</translation>
    </message>
    <message>
      <source>Cetak ke kertas</source>
      <translation>Print on paper</translation>
    </message>
    <message>
      <source>Unit dari tempat sampah</source>
      <translation>Unit restored from trash</translation>
    </message>
    <message>
      <source>Lembaga dari tempat sampah</source>
      <translation>Institution restored from trash</translation>
    </message>
    <message>
      <source>Ubah banyak orang sekaligus</source>
      <translation>Bulk edit of persons</translation>
    </message>
    <message>
      <source>Lembar isian data kurang</source>
      <translation>Fill-in sheet for missing data</translation>
    </message>
    <message>
      <source>Salin preset</source>
      <translation>Copy preset</translation>
    </message>
    <message>
      <source>Hapus preset</source>
      <translation>Delete preset</translation>
    </message>
    <message>
      <source>Periksa batch</source>
      <translation>Check batch</translation>
    </message>
  </context>
  <context>
    <name>ChartCanvas</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>ChoiceDelegate</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Column</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Loaded</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PersonsTable</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>_Signals</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>_Task</name>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="39" />
      <location filename="../../desktop/ui/roster/record_dialog.py" line="51" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/documents/dialogs.py" line="47" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/roster/record_dialog.py" line="50" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceSession</name>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="66" />
      <source>Cadangan awal sesi</source>
      <translation>Start-of-session backup</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="76" />
      <source>Basis data rusak</source>
      <translation>Database damaged</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="40" />
      <source>Salin basis data ke folder data lokal sekarang dan buka salinannya?</source>
      <translation>Copy the database to the local data folder now and open the copy?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="49" />
      <source>Basis data disalin</source>
      <translation>Database copied</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="54" />
      <source>Buka hanya-baca (melihat dan mencetak tanpa mengubah data)?</source>
      <translation>Open read-only (view and print without changing data)?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="76" />
      <source>Cadangan lama tidak diganti. Saat membuka lagi, pilih Berkas → Periksa basis data.</source>
      <translation>The old backup was not replaced. When you open the application again, choose File → Check database.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="82" />
      <source>Cadangan akhir sesi gagal</source>
      <translation>End-of-session backup failed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="41" />
      <source>Lokasi basis data tidak aman</source>
      <translation>Unsafe database location</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="55" />
      <source>Basis data sedang dipakai</source>
      <translation>Database in use</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="67" />
      <source>Cadangan awal sesi gagal</source>
      <translation>Start-of-session backup failed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="42" />
      <source>Salin dan buka</source>
      <translation>Copy and open</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="42" />
      <source>Keluar</source>
      <translation>Exit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="50" />
      <source>Basis data kini dipakai dari {0}. Berkas di lokasi lama tidak diubah lagi; simpan atau hapus dengan aman.</source>
      <translation>The database is now used from {0}. The file in the old location is no longer changed; keep it or delete it safely.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/maintenance/session.py" line="56" />
      <source>Buka hanya-baca</source>
      <translation>Open read-only</translation>
    </message>
  </context>
</TS>
