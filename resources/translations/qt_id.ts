<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own buttons and dialogs in Bahasa Indonesia: Qt ships no Indonesian translation, so the
     app carries this small one (compiled to qt_id.qm by run.py and the build recipe). -->
<TS version="2.1" language="id_ID">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>&amp;OK</source><translation>&amp;OK</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>Save All</source><translation>Simpan Semua</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>Yes</source><translation>Ya</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ya untuk &amp;Semua</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
    <message><source>No</source><translation>Tidak</translation></message>
    <message><source>N&amp;o to All</source><translation>T&amp;idak untuk Semua</translation></message>
    <message><source>Abort</source><translation>Hentikan</translation></message>
    <message><source>Retry</source><translation>Coba Lagi</translation></message>
    <message><source>Ignore</source><translation>Abaikan</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>&amp;Close</source><translation>&amp;Tutup</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Batal</translation></message>
    <message><source>Discard</source><translation>Buang</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Reset</source><translation>Atur Ulang</translation></message>
    <message><source>Restore Defaults</source><translation>Kembalikan Bawaan</translation></message>
    <message><source>Close without Saving</source><translation>Tutup tanpa Menyimpan</translation></message>
    <message><source>Show Details...</source><translation>Tampilkan Rincian...</translation></message>
    <message><source>Hide Details...</source><translation>Sembunyikan Rincian...</translation></message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>&amp;OK</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Batal</translation></message>
    <message><source>&amp;Close</source><translation>&amp;Tutup</translation></message>
    <message><source>Close without Saving</source><translation>Tutup tanpa Menyimpan</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Tampilkan Rincian...</translation></message>
    <message><source>Hide Details...</source><translation>Sembunyikan Rincian...</translation></message>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>About Qt</source><translation>Tentang Qt</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Kembali</translation></message>
    <message><source>Go Back</source><translation>Kembali</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Lanjut &gt;</translation></message>
    <message><source>&amp;Next</source><translation>&amp;Lanjut</translation></message>
    <message><source>Continue</source><translation>Lanjut</translation></message>
    <message><source>Commit</source><translation>Simpan</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Selesai</translation></message>
    <message><source>Done</source><translation>Selesai</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Bantuan</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Cari di:</translation></message>
    <message><source>&amp;Look in:</source><translation>&amp;Cari di:</translation></message>
    <message><source>Files of &amp;type:</source><translation>&amp;Jenis berkas:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Nama berkas:</translation></message>
    <message><source>Files of type:</source><translation>Jenis berkas:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Buka</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Pilih</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>Save As</source><translation>Simpan Sebagai</translation></message>
    <message><source>Find Directory</source><translation>Pilih Folder</translation></message>
    <message><source>Directory:</source><translation>Folder:</translation></message>
    <message><source>Back</source><translation>Mundur</translation></message>
    <message><source>Forward</source><translation>Maju</translation></message>
    <message><source>Parent Directory</source><translation>Folder Induk</translation></message>
    <message><source>Go back</source><translation>Mundur</translation></message>
    <message><source>Go forward</source><translation>Maju</translation></message>
    <message><source>Go to the parent directory</source><translation>Ke folder induk</translation></message>
    <message><source>Create New Folder</source><translation>Buat Folder Baru</translation></message>
    <message><source>Create a New Folder</source><translation>Buat folder baru</translation></message>
    <message><source>New Folder</source><translation>Folder Baru</translation></message>
    <message><source>&amp;New Folder</source><translation>Folder &amp;Baru</translation></message>
    <message><source>List View</source><translation>Tampilan Daftar</translation></message>
    <message><source>Change to list view mode</source><translation>Ganti ke tampilan daftar</translation></message>
    <message><source>Detail View</source><translation>Tampilan Rinci</translation></message>
    <message><source>Change to detail view mode</source><translation>Ganti ke tampilan rinci</translation></message>
    <message><source>Sidebar</source><translation>Bilah Samping</translation></message>
    <message><source>List of places and bookmarks</source><translation>Daftar tempat dan penanda</translation></message>
    <message><source>Files</source><translation>Berkas</translation></message>
    <message><source>All Files (*)</source><translation>Semua Berkas (*)</translation></message>
    <message><source>All Files (*.*)</source><translation>Semua Berkas (*.*)</translation></message>
    <message><source>Directories</source><translation>Folder</translation></message>
    <message><source>My Computer</source><translation>Komputer Saya</translation></message>
    <message><source>Computer</source><translation>Komputer</translation></message>
    <message><source>Recent Places</source><translation>Tempat Terakhir</translation></message>
    <message><source>&amp;Rename</source><translation>&amp;Ganti Nama</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Hapus</translation></message>
    <message><source>Show &amp;hidden files</source><translation>Tampilkan berkas &amp;tersembunyi</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Are you sure you want to delete &apos;%1&apos;?</source><translation>Yakin ingin menghapus &apos;%1&apos;?</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 sudah ada.
Timpa berkas itu?</translation></message>
    <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation></message>
    <message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation></message>
    <message><source>Could not delete directory.</source><translation>Folder tidak dapat dihapus.</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Nama</translation></message>
    <message><source>Size</source><translation>Ukuran</translation></message>
    <message><source>Type</source><translation>Jenis</translation></message>
    <message><source>Kind</source><comment>Match OS X Finder</comment><translation>Jenis</translation></message>
    <message><source>Type</source><comment>All other platforms</comment><translation>Jenis</translation></message>
    <message><source>Date Modified</source><translation>Tanggal Diubah</translation></message>
    <message><source>My Computer</source><translation>Komputer Saya</translation></message>
    <message><source>Computer</source><translation>Komputer</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>Po&amp;tong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Salin &amp;Alamat Tautan</translation></message>
</context>
<context>
    <name>QProgressDialog</name>
    <message><source>Cancel</source><translation>Batal</translation></message>
</context>
<context>
    <name>QColorDialog</name>
    <message><source>Select Color</source><translation>Pilih Warna</translation></message>
</context>
<!-- Qt's print and page-setup dialogs (issue 17: they were English apart from Batal) -->
<context>
    <name>QPrintDialog</name>
    <message><source>Print</source><translation>Cetak</translation></message>
    <message><source>All Pages</source><translation>Semua halaman</translation></message>
    <message><source>Odd Pages</source><translation>Halaman ganjil</translation></message>
    <message><source>Even Pages</source><translation>Halaman genap</translation></message>
    <message><source>&amp;Options &gt;&gt;</source><translation>&amp;Pilihan &gt;&gt;</translation></message>
    <message><source>&amp;Options &lt;&lt;</source><translation>&amp;Pilihan &lt;&lt;</translation></message>
    <message><source>&amp;Print</source><translation>&amp;Cetak</translation></message>
    <message><source>Print to File (PDF)</source><translation>Cetak ke berkas (PDF)</translation></message>
    <message><source>Local file</source><translation>Berkas lokal</translation></message>
    <message><source>Write PDF file</source><translation>Tulis berkas PDF</translation></message>
    <message><source>Print To File ...</source><translation>Cetak ke berkas ...</translation></message>
    <message><source>File %1 is not writable.
Please choose a different file name.</source><translation>Berkas %1 tidak dapat ditulis.
Pilih nama berkas lain.</translation></message>
    <message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 sudah ada.
Timpa berkas itu?</translation></message>
    <message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 adalah folder.
Pilih nama berkas lain.</translation></message>
    <message><source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source><translation>Nilai &apos;Dari&apos; tidak boleh lebih besar dari nilai &apos;Sampai&apos;.</translation></message>
    <message><source>Automatic</source><translation>Otomatis</translation></message>
</context>
<context>
    <name>QPrintWidget</name>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Printer</source><translation>Pencetak</translation></message>
    <message><source>&amp;Name:</source><translation>&amp;Nama:</translation></message>
    <message><source>P&amp;roperties</source><translation>&amp;Properti</translation></message>
    <message><source>Location:</source><translation>Lokasi:</translation></message>
    <message><source>Preview</source><translation>Pratinjau</translation></message>
    <message><source>Type:</source><translation>Jenis:</translation></message>
    <message><source>Output &amp;file:</source><translation>&amp;Berkas keluaran:</translation></message>
    <message><source>...</source><translation>...</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Print range</source><translation>Halaman yang dicetak</translation></message>
    <message><source>Print all</source><translation>Cetak semua</translation></message>
    <message><source>Pages from</source><translation>Halaman dari</translation></message>
    <message><source>to</source><translation>sampai</translation></message>
    <message><source>Pages</source><translation>Halaman</translation></message>
    <message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>Tulis halaman atau rentang dipisah koma; rentang ditulis dua angka dengan tanda hubung. Mis. 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation></message>
    <message><source>Current Page</source><translation>Halaman ini</translation></message>
    <message><source>Selection</source><translation>Pilihan</translation></message>
    <message><source>Page &amp;Set:</source><translation>&amp;Kumpulan halaman:</translation></message>
    <message><source>Output Settings</source><translation>Pengaturan keluaran</translation></message>
    <message><source>Copies:</source><translation>Rangkap:</translation></message>
    <message><source>Collate</source><translation>Susun per rangkap</translation></message>
    <message><source>Reverse</source><translation>Urutan terbalik</translation></message>
    <message><source>Copies</source><translation>Rangkap</translation></message>
    <message><source>Color Mode</source><translation>Warna</translation></message>
    <message><source>Color</source><translation>Berwarna</translation></message>
    <message><source>Grayscale</source><translation>Hitam putih</translation></message>
    <message><source>Double Sided Printing</source><translation>Cetak bolak-balik</translation></message>
    <message><source>Off</source><translation>Tidak</translation></message>
    <message><source>Long side binding</source><translation>Jilid sisi panjang</translation></message>
    <message><source>Short side binding</source><translation>Jilid sisi pendek</translation></message>
    <message><source>Options</source><translation>Pilihan</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Paper</source><translation>Kertas</translation></message>
    <message><source>Page size:</source><translation>Ukuran kertas:</translation></message>
    <message><source>Width:</source><translation>Lebar:</translation></message>
    <message><source>Height:</source><translation>Tinggi:</translation></message>
    <message><source>Paper source:</source><translation>Sumber kertas:</translation></message>
    <message><source>Orientation</source><translation>Arah kertas</translation></message>
    <message><source>Portrait</source><translation>Tegak</translation></message>
    <message><source>Landscape</source><translation>Mendatar</translation></message>
    <message><source>Reverse landscape</source><translation>Mendatar terbalik</translation></message>
    <message><source>Reverse portrait</source><translation>Tegak terbalik</translation></message>
    <message><source>Margins</source><translation>Margin</translation></message>
    <message><source>top margin</source><translation>margin atas</translation></message>
    <message><source>left margin</source><translation>margin kiri</translation></message>
    <message><source>right margin</source><translation>margin kanan</translation></message>
    <message><source>bottom margin</source><translation>margin bawah</translation></message>
    <message><source>Page Layout</source><translation>Tata letak halaman</translation></message>
    <message><source>Page &amp;order:</source><translation>&amp;Urutan halaman:</translation></message>
    <message><source>Pages &amp;per sheet:</source><translation>Halaman &amp;per lembar:</translation></message>
    <message><source>Millimeters (mm)</source><translation>Milimeter (mm)</translation></message>
    <message><source>Inches (in)</source><translation>Inci (in)</translation></message>
    <message><source>Points (pt)</source><translation>Poin (pt)</translation></message>
    <message><source>Custom</source><translation>Ukuran sendiri</translation></message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message><source>Printer Properties</source><translation>Properti pencetak</translation></message>
    <message><source>Job Options</source><translation>Pilihan pekerjaan</translation></message>
    <message><source>Page Setup</source><translation>Pengaturan halaman</translation></message>
    <message><source>Advanced</source><translation>Lanjutan</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>Page Setup</source><translation>Pengaturan halaman</translation></message>
    <message><source>Print Preview</source><translation>Pratinjau cetak</translation></message>
    <message><source>Print</source><translation>Cetak</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
</context>
<context>
    <name>QPageSetupDialog</name>
    <message><source>Page Setup</source><translation>Pengaturan halaman</translation></message>
</context>
</TS>
