<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="22" />
        <source>&amp;Cari orang</source>
        <translation>&amp;Find person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="24" />
        <source>Orang &amp;baru…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="26" />
        <source>&amp;Buka data orang</source>
        <translation>&amp;Open person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="27" />
        <source>&amp;Hapus ke tempat sampah</source>
        <translation>&amp;Move to trash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="31" />
        <source>Tampilkan &amp;tempat sampah</source>
        <translation>Show &amp;trash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="33" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="35" />
        <source>&amp;Samarkan NIK/No. HP di layar</source>
        <translation>&amp;Mask NIK/phone on screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="41" />
        <source>Unit &amp;baru…</source>
        <translation>New &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="42" />
        <source>Lembaga ba&amp;ru…</source>
        <translation>New inst&amp;itution…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="44" />
        <source>Daftar &amp;lembaga</source>
        <translation>&amp;Institutions</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="20" />
        <source>Cari nama, NIK, No. KPJ atau No. HP  (Ctrl+F)</source>
        <translation>Search name, NIK, KPJ no. or phone  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="23" />
        <location filename="../../desktop/ui/roster/filters.py" line="61" />
        <source>Semua lembaga</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="24" />
        <source>Semua segmen</source>
        <translation>All segments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="25" />
        <source>Semua program</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="26" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="28" />
        <source>Ada masalah</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="30" />
        <source>Tempat sampah</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/filters.py" line="32" />
        <source>Tampilkan orang yang dihapus, untuk dipulihkan</source>
        <translation>Show deleted persons, to restore them</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="81" />
        <source>Siap dipakai</source>
        <translation>Ready to use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="84" />
        <source>Tekan Selesai untuk menyimpan. Langkah berikutnya: buat unit organisasi (mis. PAC) di menu Data, lalu impor daftar anggota dari berkas Excel. Panduan lengkap ada di menu Bantuan.</source>
        <translation>Press Finish to save. Next steps: create the organisation units (e.g. PAC) in the Data menu, then import the member lists from Excel files. The full guide is in the Help menu.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="97" />
        <source>Jamsos Desk — pengaturan awal</source>
        <translation>Jamsos Desk — first set-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="101" />
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="102" />
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="103" />
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="104" />
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="134" />
        <source>Pengaturan belum tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="85" />
        <source>Panduan pengguna Jamsos Desk</source>
        <translation>Jamsos Desk user guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="93" />
        <source>Berkas panduan tidak ditemukan: {0}</source>
        <translation>Guide file not found: {0}</translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="13" />
        <source>Lembaga baru</source>
        <translation>New institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="13" />
        <source>Ubah lembaga</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="20" />
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="24" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="25" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="27" />
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="28" />
        <source>NSM</source>
        <translation>NSM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="29" />
        <source>NPP (BPJS)</source>
        <translation>NPP (BPJS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="30" />
        <source>Kepala lembaga</source>
        <translation>Head of institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="31" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="32" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="33" />
        <source>Kelompok risiko</source>
        <translation>Risk group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="35" />
        <source>Jumlah pegawai</source>
        <translation>Number of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institution_editor.py" line="42" />
        <source>✖ Jumlah pegawai harus angka bulat.</source>
        <translation>✖ Number of staff must be a whole number.</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="25" />
        <source>Cari nama lembaga</source>
        <translation>Search institution name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="28" />
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="33" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="33" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="33" />
        <source>NPSN</source>
        <translation>NPSN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="33" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="34" />
        <source>Orang</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="66" />
        <source>Lembaga baru…</source>
        <translation>New institution…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="66" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="67" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="119" />
        <source>Pilih lembaga untuk melihat orang-orangnya.</source>
        <translation>Select an institution to see its persons.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="122" />
        <source>%1 orang di lembaga ini</source>
        <translation>%1 persons in this institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="145" />
        <source>Hapus lembaga</source>
        <translation>Delete institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/institutions_view.py" line="146" />
        <source>Hapus lembaga ini dari daftar?</source>
        <translation>Delete this institution from the list?</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="121" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="123" />
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="136" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="136" />
        <source>(berkas logo tidak ditemukan)</source>
        <translation>(logo file not found)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="145" />
        <source>Pilih logo organisasi</source>
        <translation>Choose the organisation's logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="146" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="17" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="17" />
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="18" />
        <source>D&amp;okumen</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="18" />
        <source>Ba&amp;tch</source>
        <translation>Ba&amp;tches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="19" />
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="19" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="40" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83" />
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93" />
        <source>&amp;Tentang Jamsos Desk</source>
        <translation>&amp;About Jamsos Desk</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="37" />
        <source>Data orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="37" />
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="67" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="67" />
        <location filename="../../desktop/ui/roster/person_editor.py" line="158" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="68" />
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="68" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="69" />
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="69" />
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="70" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="71" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="71" />
        <location filename="../../desktop/ui/roster/person_editor.py" line="105" />
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="72" />
        <source>Nama ibu kandung</source>
        <translation>Mother's maiden name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="72" />
        <source>Data diri</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="76" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="76" />
        <source>Dusun/jalan</source>
        <translation>Hamlet/street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="77" />
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="77" />
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="78" />
        <source>Kecamatan</source>
        <translation>Subdistrict (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="79" />
        <source>Desa/Kelurahan</source>
        <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="80" />
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="80" />
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="81" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="81" />
        <source>Alamat &amp;&amp; kontak</source>
        <translation>Address &amp;&amp; contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="90" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="92" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="93" />
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="93" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="94" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="95" />
        <source>Penghasilan/upah per bulan</source>
        <translation>Monthly income/wage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="96" />
        <source>Segmen</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="96" />
        <source>BPU — Bukan Penerima Upah</source>
        <translation>BPU — not wage-earning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="97" />
        <source>PU — Penerima Upah</source>
        <translation>PU — wage-earning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="98" />
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="99" />
        <source>Pembayar iuran</source>
        <translation>Contribution payer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="100" />
        <source>Peserta sendiri</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="100" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="100" />
        <source>Donatur</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="102" />
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="102" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="102" />
        <source>Transportasi</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="103" />
        <source>Padat karya</source>
        <translation>Labour-intensive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="104" />
        <source>No. KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="104" />
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="105" />
        <source>Tanggal persetujuan</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="106" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="106" />
        <source>Kepesertaan</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="107" />
        <source>Ahli waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="113" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="114" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="157" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="157" />
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="157" />
        <source>Tgl. lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="158" />
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="160" />
        <source>Tambah ahli waris</source>
        <translation>Add heir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="162" />
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="174" />
        <source>Hubungan: Suami, Istri, Anak, Orang Tua, Saudara Kandung.</source>
        <translation>Relationship: Suami (husband), Istri (wife), Anak (child), Orang Tua (parent), Saudara Kandung (sibling).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="347" />
        <source>Data ini punya peringatan:</source>
        <translation>This record has warnings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="348" />
        <source>Tetap simpan?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/person_editor.py" line="349" />
        <source>Simpan dengan peringatan</source>
        <translation>Save with warnings</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="54" />
        <source>Belum didaftarkan</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="54" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="55" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="55" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="56" />
        <source>Sudah peserta</source>
        <translation>Already a participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="59" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="59" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="59" />
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="60" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="60" />
        <source>Tgl. lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="61" />
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="61" />
        <source>No. KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="61" />
        <source>Segmen</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="62" />
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="62" />
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="63" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="63" />
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="63" />
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="167" />
        <source>Ada peringatan pada data orang ini; buka untuk melihatnya.</source>
        <translation>This person's record has warnings; open it to see them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_model.py" line="174" />
        <source>belum ber-NIK</source>
        <translation>no NIK yet</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="86" />
        <source>Samarkan NIK/No. HP</source>
        <translation>Mask NIK/phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="88" />
        <source>Untuk saat layar dilihat orang lain</source>
        <translation>For when others can see the screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="89" />
        <source>Orang baru…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="90" />
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="91" />
        <location filename="../../desktop/ui/roster/persons_view.py" line="268" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="92" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="118" />
        <source>Unit baru…</source>
        <translation>New unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="118" />
        <source>Ubah unit…</source>
        <translation>Edit unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="119" />
        <location filename="../../desktop/ui/roster/persons_view.py" line="254" />
        <source>Hapus unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="184" />
        <source>%1 orang cocok</source>
        <translation>%1 persons match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="186" />
        <source> (tempat sampah)</source>
        <translation> (trash)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="255" />
        <source>Hapus unit ini? Hanya unit tanpa anggota, lembaga dan unit di bawahnya yang dapat dihapus.</source>
        <translation>Delete this unit? Only a unit without members, institutions and units below it can be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="264" />
        <source>Pindahkan orang ini ke tempat sampah? Dapat dipulihkan kapan saja.</source>
        <translation>Move this person to the trash? It can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="266" />
        <source>Pindahkan %1 orang ke tempat sampah? Dapat dipulihkan kapan saja.</source>
        <translation>Move %1 persons to the trash? They can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/persons_view.py" line="295" />
        <source>Diurungkan: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="18" />
        <source>Tabel tarif iuran…</source>
        <translation>Contribution rate tables…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="19" />
        <source>Preset ekspor batch…</source>
        <translation>Batch export presets…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="20" />
        <source>Templat dokumen…</source>
        <translation>Document templates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="21" />
        <source>Cadangan dan pemulihan…</source>
        <translation>Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="42" />
        <source>Nama lengkap organisasi</source>
        <translation>Full name of the organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="43" />
        <source>mis. Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang</source>
        <translation>e.g. Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="44" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="45" />
        <source>mis. PC Fatayat NU Kab. Jombang</source>
        <translation>e.g. PC Fatayat NU Kab. Jombang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="46" />
        <source>Alamat sekretariat</source>
        <translation>Secretariat address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="47" />
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="48" />
        <source>kota pada baris tempat dan tanggal, mis. Jombang</source>
        <translation>town on the place-and-date line, e.g. Jombang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="49" />
        <source>Dasar kepengurusan (SK)</source>
        <translation>Board decree (SK)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="49" />
        <source>nomor dan tanggal SK pengurus</source>
        <translation>number and date of the board's decree</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="50" />
        <source>Kontak pelindungan data</source>
        <translation>Data protection contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="51" />
        <source>nama dan nomor/alamat surel yang dicetak di formulir</source>
        <translation>name and phone/email printed on the forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="52" />
        <source>Logo kop dokumen</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="55" />
        <source>Nama tingkatan</source>
        <translation>Level names</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="56" />
        <source>dari atas ke bawah, dipisah koma: PC, PAC, Ranting atau Cabang, Ranting</source>
        <translation>top to bottom, separated by commas: PC, PAC, Ranting or Cabang, Ranting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="57" />
        <source>Kabupaten/kota</source>
        <translation>District (kabupaten/kota)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="58" />
        <source>membatasi pilihan alamat; NIK dari luar wilayah ini hanya diberi peringatan</source>
        <translation>limits the address pickers; a NIK from outside it only gets a warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="61" />
        <source>Nama kantor cabang</source>
        <translation>Branch office name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="62" />
        <source>mis. BPJS Ketenagakerjaan Kantor Cabang Jombang</source>
        <translation>e.g. BPJS Ketenagakerjaan Kantor Cabang Jombang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="63" />
        <source>Kota kantor cabang</source>
        <translation>Branch office town</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="64" />
        <source>Alamat kantor cabang</source>
        <translation>Branch office address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="65" />
        <source>Nama kepala kantor cabang</source>
        <translation>Name of the branch head</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="66" />
        <source>Jabatan kepala kantor cabang</source>
        <translation>Title of the branch head</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="69" />
        <source>Nama ketua</source>
        <translation>Chair's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="70" />
        <source>Jabatan ketua</source>
        <translation>Chair's title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="71" />
        <source>Nama sekretaris</source>
        <translation>Secretary's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="72" />
        <source>Jabatan sekretaris</source>
        <translation>Secretary's title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="75" />
        <source>Segmen bawaan</source>
        <translation>Default segment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="77" />
        <source>Program bawaan</source>
        <translation>Default programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="78" />
        <source>Pembayar iuran bawaan</source>
        <translation>Default contribution payer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="79" />
        <source>Peserta sendiri</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="79" />
        <source>Organisasi/lembaga</source>
        <translation>Organisation/institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="80" />
        <source>Donatur</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="80" />
        <source>APBD (pemerintah daerah)</source>
        <translation>APBD (regional government)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="81" />
        <source>APBN (pemerintah pusat)</source>
        <translation>APBN (central government)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="82" />
        <source>Pola nomor PKS</source>
        <translation>PKS number pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="83" />
        <source>{nomor}, {bulan}, {bulan_romawi}, {tahun}; mis. {nomor}/PC-FTY/{bulan_romawi}/{tahun}</source>
        <translation>{nomor}, {bulan}, {bulan_romawi}, {tahun}; e.g. {nomor}/PC-FTY/{bulan_romawi}/{tahun}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="84" />
        <source>Letak meterai</source>
        <translation>Duty stamp position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="85" />
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="85" />
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="85" />
        <source>Keduanya</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="86" />
        <source>Nama hari ketujuh</source>
        <translation>Name of Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="90" />
        <source>Pembulatan iuran</source>
        <translation>Contribution rounding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="91" />
        <source>Setengah ke atas (umum)</source>
        <translation>Half up (usual)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="91" />
        <source>Setengah ke genap</source>
        <translation>Half to even</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="92" />
        <source>Dipotong, tanpa pembulatan</source>
        <translation>Truncate, no rounding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="93" />
        <source>Usia kerja terendah</source>
        <translation>Minimum working age</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="94" />
        <source>Usia kerja tertinggi</source>
        <translation>Maximum working age</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="95" />
        <source>Batas usia peserta BPU</source>
        <translation>BPU age limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="96" />
        <source>Panjang NSM (digit)</source>
        <translation>NSM length (digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="97" />
        <source>Lama simpan cadangan setelah penghapusan (hari)</source>
        <translation>Keep backups after an erasure for (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="98" />
        <source>Terbilang dengan Huruf Awal Kapital</source>
        <translation>Amounts in words in Title Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="101" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="102" />
        <source>Tingkatan dan wilayah</source>
        <translation>Levels and district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="103" />
        <source>Kantor cabang</source>
        <translation>Branch office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="104" />
        <source>Penanda tangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="105" />
        <source>Bawaan dan PKS</source>
        <translation>Defaults and PKS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/form.py" line="106" />
        <source>Aturan</source>
        <translation>Rules</translation>
    </message>
</context>
<context>
    <name>ProfileFiles</name>
    <message>
        <location filename="../../desktop/ui/preferences/profile_files.py" line="31" />
        <source>Ekspor profil organisasi</source>
        <translation>Export organisation profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/profile_files.py" line="33" />
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
        <location filename="../../desktop/ui/preferences/profile_files.py" line="66" />
        <source>Profil tidak diterapkan</source>
        <translation>Profile not applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/profile_files.py" line="69" />
        <source>Profil diterapkan</source>
        <translation>Profile applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/profile_files.py" line="70" />
        <source>Diterapkan: {0}.</source>
        <translation>Applied: {0}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/record_dialog.py" line="32" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/record_dialog.py" line="33" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="36" />
        <source>Belum lengkap</source>
        <translation>Not complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="36" />
        <source>Isi dulu: {0}.</source>
        <translation>Please fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="43" />
        <source>Periksa isian</source>
        <translation>Check the entries</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="40" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="52" />
        <source>Lainnya</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="77" />
        <source>Tampilan (komputer ini)</source>
        <translation>Display (this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="84" />
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="87" />
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="90" />
        <source>Salinan otomatis dibuat saat aplikasi dibuka dan ditutup, dan sebelum impor, penggabungan dan pembacaan jawaban kantor cabang; salinan lama dipangkas otomatis. Folder: {0}</source>
        <translation>Copies are made automatically when the app opens and closes, and before imports, merges and reading the branch office's answer; old copies are pruned automatically. Folder: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="94" />
        <source>Buka folder cadangan</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="100" />
        <source>Pengaturan lain</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="108" />
        <source>Layar ini belum tersedia di versi ini.</source>
        <translation>This screen is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="114" />
        <source>Profil organisasi (tanpa data pribadi)</source>
        <translation>Organisation profile (no personal data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="116" />
        <source>Pengaturan, templat dokumen, preset ekspor dan logo dalam satu berkas, untuk dibagikan ke cabang lain.</source>
        <translation>Settings, document templates, export presets and logo in one file, to hand to other branches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="119" />
        <source>Ekspor profil…</source>
        <translation>Export profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="121" />
        <source>Impor profil…</source>
        <translation>Import profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/dialog.py" line="157" />
        <source>Pengaturan belum tersimpan</source>
        <translation>Settings not saved</translation>
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
        <location filename="../../desktop/ui/roster/unit_editor.py" line="21" />
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="22" />
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="23" />
        <source>(unit puncak)</source>
        <translation>(top unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="24" />
        <source>Wilayah (kecamatan)</source>
        <translation>Area (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="26" />
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="27" />
        <source>Alamat sekretariat</source>
        <translation>Secretariat address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_editor.py" line="28" />
        <source>Kode unit</source>
        <translation>Unit code</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <location filename="../../desktop/ui/roster/unit_tree.py" line="22" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_tree.py" line="22" />
        <source>Orang</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_tree.py" line="22" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/unit_tree.py" line="40" />
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="52" />
        <source>Selamat datang di Jamsos Desk</source>
        <translation>Welcome to Jamsos Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="55" />
        <source>Sebelum mulai, isi data organisasi Anda: nama, tingkatan, kabupaten/kota, kantor cabang BPJS Ketenagakerjaan mitra, penanda tangan dan pola nomor PKS. Semuanya tercetak di formulir dan PKS, dan dapat diubah kapan saja lewat Berkas › Pengaturan.

Jika pimpinan wilayah memberi berkas profil organisasi (.json), muat dulu berkas itu; lalu sesuaikan nama dan kantor cabang Anda.</source>
        <translation>Before you start, enter your organisation's details: name, levels, district, partner BPJS Ketenagakerjaan branch office, signatories and the PKS number pattern. They are printed on the forms and the PKS and can be changed at any time in File › Settings.

If your provincial board gave you an organisation profile file (.json), load it first, then adjust your own names and branch office.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="61" />
        <source>Muat profil organisasi…</source>
        <translation>Load organisation profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences/first_run.py" line="75" />
        <source>Profil dimuat; periksa dan sesuaikan isian di halaman berikut.</source>
        <translation>Profile loaded; check and adjust the entries on the next pages.</translation>
    </message>
</context>
<context>
    <name>institutions</name>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="18" />
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../desktop/ui/feature_roster.py" line="16" />
        <source>Daftar Orang</source>
        <translation>Persons</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="23" />
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="25" />
        <source>Pengaturan &amp;awal (wizard)…</source>
        <translation>First &amp;set-up (wizard)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="27" />
        <source>Ekspor profil organisasi…</source>
        <translation>Export organisation profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="29" />
        <source>Impor profil organisasi…</source>
        <translation>Import organisation profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="39" />
        <source>&amp;Panduan pengguna</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="63" />
        <source>Tunggu sebentar</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/feature_preferences.py" line="64" />
        <source>Bahasa dapat diganti setelah pekerjaan yang berjalan selesai.</source>
        <translation>The language can be changed once the running work has finished.</translation>
    </message>
</context>
</TS>