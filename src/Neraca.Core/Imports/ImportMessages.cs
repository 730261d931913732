using System.Globalization;

namespace Neraca.Imports;

/// <summary>
/// Every trade-import error, warning, skip reason and outcome line in Bahasa Indonesia and English, by code ({0}, {1}:
/// the message's arguments). One table beside the readers, as <see cref="Registry.RegistryMessages"/> is for the
/// registry, so the web page, the API and the CLI say the same thing in the reader's language; a test checks both
/// languages for every code and that every code the importer raises is here (docs/decisions/0032-import-messages.md).
/// </summary>
public static class ImportMessages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    private static readonly Dictionary<string, (string Id, string En)> Table = new(StringComparer.Ordinal)
    {
        // where (SourcePosition, ImportIssue)
        ["at.sheet"] = ("lembar '{0}'", "sheet '{0}'"),
        ["at.row"] = ("baris {0}", "row {0}"),
        ["at.column"] = ("kolom {0}", "column {0}"),
        ["at.value"] = ("(nilai '{0}')", "(value '{0}')"),

        // words used as arguments (Word)
        ["word.flow.Export"] = ("ekspor", "export"),
        ["word.flow.Import"] = ("impor", "import"),
        ["word.basis.Detail"] = ("rincian", "detail"),
        ["word.basis.PublishedTotal"] = ("total terbitan", "published total"),
        ["word.hs.all"] = ("semua", "all"),
        ["label.hsyear"] = ("HS {0}, tahun {1}", "HS {0}, year {1}"),
        ["label.hsyear.invalid"] = ("HS/tahun tidak sah", "invalid HS/year"),
        ["label.row"] = ("baris {0} (HS {1}, tahun {2})", "row {0} (HS {1}, year {2})"),
        ["label.row.invalid"] = ("baris {0} (HS/tahun tidak sah)", "row {0} (invalid HS/year)"),
        ["label.column"] = ("kolom {0} ({1} / {2} / bulan {3})", "column {0} ({1} / {2} / month {3})"),
        ["label.column.nocountry"] = ("kolom {0} ((tanpa negara) / {1} / bulan {2})", "column {0} ((no country) / {1} / month {2})"),
        ["label.column.noport"] = ("kolom {0} ({1} / (tanpa pelabuhan) / bulan {2})", "column {0} ({1} / (no port) / month {2})"),
        ["label.column.neither"] = ("kolom {0} ((tanpa negara) / (tanpa pelabuhan) / bulan {1})", "column {0} ((no country) / (no port) / month {1})"),
        ["label.grand.cells"] = ("total keseluruhan vs semua sel", "grand total vs all cells"),
        ["label.grand.rows"] = ("total keseluruhan vs total baris", "grand total vs row totals"),
        ["label.grand.columns"] = ("total keseluruhan vs total kolom", "grand total vs column totals"),

        // the CLI's summary labels (the web page has its own in texts.tsv)
        ["label.outcome.Imported"] = ("berhasil diimpor", "imported"),
        ["label.outcome.AlreadyImported"] = ("sudah pernah diimpor", "already imported"),
        ["label.outcome.DryRunPassed"] = ("uji coba lolos", "dry run passed"),
        ["label.outcome.Rejected"] = ("ditolak", "rejected"),
        ["label.what"] = ("apa", "what"),
        ["label.count"] = ("jumlah", "count"),
        ["label.read"] = ("sel/baris dibaca", "cells/rows read"),
        ["label.facts"] = ("fakta", "facts"),
        ["label.skipped"] = ("dilewati: {0}", "skipped: {0}"),
        ["label.reconciliation"] = ("pemeriksaan total berkas (gagal)", "reconciliation checks (failed)"),
        ["label.largest"] = ("selisih terbesar terhadap total berkas", "largest difference vs file totals"),
        ["label.elapsed"] = ("waktu proses", "elapsed"),
        ["label.flow"] = ("arus", "flow"),
        ["label.period"] = ("periode", "period"),
        ["label.basis"] = ("jenis", "basis"),
        ["label.unknowncountries"] = ("negara tak dikenal (disimpan apa adanya)", "unknown countries (kept verbatim)"),
        ["label.portsnoprovince"] = ("pelabuhan tanpa provinsi (disimpan sebagai tidak dirinci)", "ports without a province (stored as unspecified)"),
        ["label.warnings"] = ("peringatan", "warnings"),
        ["label.province"] = ("provinsi", "province"),

        // outcome lines (ImportSummary.Message)
        ["result.rejected"] = ("ditolak: {0} kesalahan, tidak ada yang ditulis", "rejected: {0} error(s), nothing was written"),
        ["result.dryrun"] = ("uji coba: berkas sah; tidak ada yang ditulis", "dry run: the file is valid; nothing was written"),
        ["result.imported"] = ("diimpor sebagai batch {0}", "imported as batch {0}"),
        ["result.already"] = ("sudah diimpor sebagai batch {0}", "already imported as batch {0}"),
        ["result.already.concurrent"] = ("sudah diimpor sebagai batch {0} (oleh impor yang berjalan bersamaan)", "already imported as batch {0} (by an import that ran at the same time)"),
        ["result.concurrent"] = ("impor lain sedang menulis data yang sama pada saat yang sama; tidak ada yang ditulis, coba lagi", "another import was writing the same data at the same time; nothing was written, try again"),
        ["result.notfound"] = ("berkas tidak ditemukan: {0}", "file not found: {0}"),

        // skipped cells/rows (ImportSummary.Skipped keys)
        ["skip.empty"] = ("sel kosong (tidak ada perdagangan)", "empty cell (no trade)"),
        ["skip.rowtotal"] = ("total baris (direkonsiliasi)", "row total (reconciled)"),
        ["skip.columntotal"] = ("total kolom (direkonsiliasi)", "column total (reconciled)"),
        ["skip.grandtotal"] = ("total keseluruhan (direkonsiliasi)", "grand total (reconciled)"),
        ["skip.invalidvalue"] = ("nilai tidak sah (kesalahan dilaporkan)", "invalid value (error reported)"),
        ["skip.invalidkey"] = ("sel dengan kunci tidak sah (kesalahan dilaporkan)", "cell with invalid key (error reported)"),
        ["skip.emptyline"] = ("baris kosong", "empty line"),
        ["skip.rowerrors"] = ("baris dengan kesalahan", "row with errors"),

        // the file as a whole
        ["file.empty"] = ("berkas kosong (0 bait)", "the file is empty (0 bytes)"),
        ["file.format"] = ("format berkas tidak dikenal (diharapkan XLSX BPS, JSON WebAPI BPS atau CSV datar)", "unrecognised file format (expected a BPS XLSX, a BPS WebAPI JSON or a flat CSV)"),
        ["file.notxlsx"] = ("bukan berkas XLSX yang sah (XLSX adalah arsip ZIP; berkas ini tidak berawal seperti itu)", "not a valid XLSX file (an XLSX is a ZIP archive; this file does not start like one)"),
        ["value.negative"] = ("nilai negatif", "negative value"),
        ["value.toolarge"] = ("value_usd {0} di atas 10^12 US$ per baris, lebih dari arus perdagangan nyata mana pun; periksa satuannya (US$, bukan rupiah atau perseribu)", "value_usd {0} is above 1,000,000,000,000 US$ per row, more than any real trade flow; check the unit (US$, not rupiah or thousandths)"),
        ["value.decimals"] = ("lebih dari 3 desimal US$", "more than 3 decimals of a US$"),
        ["weight.toolarge"] = ("netweight_kg {0} di atas 10^12 kg per baris, lebih dari arus perdagangan nyata mana pun", "netweight_kg {0} is above 1,000,000,000,000 kg per row, more than any real trade flow"),
        ["weight.invalid"] = ("berat bersih harus ≥ 0 kg dengan paling banyak 3 desimal", "net weight must be ≥ 0 kg with at most 3 decimals"),
        ["sum.toolarge"] = ("jumlah dalam berkas ini terlalu besar untuk disimpan (di atas 9,2 × 10^15 US$ per bulan dan provinsi); tidak ada yang ditulis", "the sums of this file are too large to store (above 9.2 × 10^15 US$ per month and province); nothing was written"),
        ["accounting"] = ("kesalahan hitung internal: {0} sel dibaca tetapi {1} fakta + {2} dilewati", "internal accounting error: {0} cells read but {1} facts + {2} skipped"),
        ["duplicate.key"] = ("kunci ganda: {0} {1} HS '{2}' negara '{3}' pelabuhan '{4}' muncul {5} kali", "duplicate key: {0} {1} HS '{2}' country '{3}' port '{4}' occurs {5} times"),
        ["conflict.batch"] = ("{0} {1} provinsi {2} HS {3} ({4}) sudah dimuat oleh batch {5} ({6}); impor dengan pilihan ganti (--replace) untuk menggantikannya (revisi BPS)", "{0} {1} province {2} HS {3} ({4}) is already loaded by batch {5} ({6}); import with --replace to supersede it (a BPS revision)"),
        ["conflict.national"] = ("{0} {1} provinsi {2} HS {3} ({4}) sudah dicakup oleh berkas nasional (provinsi ini bernilai nol di sana); impor dengan pilihan ganti (--replace) untuk menggantikannya (revisi BPS)", "{0} {1} province {2} HS {3} ({4}) is already covered by a national file (the province traded zero there); import with --replace to supersede it (a BPS revision)"),

        // XLSX package
        ["xlsx.empty"] = ("berkas kosong (0 bait), bukan buku kerja XLSX", "the file is empty (0 bytes), not an XLSX workbook"),
        ["xlsx.unreadable"] = ("bukan berkas XLSX (ZIP) yang dapat dibaca; mungkin terpotong atau berjenis lain: {0}", "not a readable XLSX (ZIP) file, it may be truncated or of another type: {0}"),
        ["xlsx.damaged"] = ("XLSX rusak (data ZIP terpotong atau rusak): {0}", "the XLSX is damaged (truncated or corrupt ZIP data): {0}"),
        ["xlsx.xml"] = ("XLSX berisi XML yang rusak atau terpotong: {0}", "the XLSX holds malformed or truncated XML: {0}"),
        ["xlsx.norel"] = ("buku kerja menyebut lembar '{0}' tetapi relasinya '{1}' tidak ada", "the workbook names sheet '{0}' but its relationship '{1}' is missing"),
        ["xlsx.nosheetpart"] = ("lembar '{0}' ({1}) tidak ada dalam berkas", "sheet '{0}' ({1}) is missing from the file"),
        ["xlsx.nopart"] = ("bagian '{0}' tidak ada dalam berkas", "part '{0}' is missing from the file"),
        ["xlsx.entries"] = ("ditolak: ZIP berisi {0} entri, lebih dari {1} yang diizinkan", "rejected: the ZIP holds {0} entries, more than the {1} allowed"),
        ["xlsx.bomb.total"] = ("ditolak karena mungkin bom ZIP: ukuran terurai yang dinyatakan melebihi {0} bait", "rejected as a possible ZIP bomb: declared uncompressed size exceeds {0} bytes"),
        ["xlsx.bomb.ratio"] = ("ditolak karena mungkin bom ZIP: entri '{0}' mengembang {1}:1 menjadi {2} bait", "rejected as a possible ZIP bomb: entry '{0}' expands {1}:1 to {2} bytes"),
        ["xlsx.bomb.budget"] = ("ditolak karena mungkin bom ZIP: entri '{0}' membuat total terurai melewati {1} bait", "rejected as a possible ZIP bomb: entry '{0}' takes the decompressed total past {1} bytes"),
        ["xlsx.bomb.declared"] = ("ditolak karena mungkin bom ZIP: entri '{0}' terurai lebih dari {1} bait yang dinyatakan", "rejected as a possible ZIP bomb: entry '{0}' decompresses to more than its declared {1} bytes"),
        ["xlsx.toolarge"] = ("ditolak: berkas lebih besar dari {0} bait", "rejected: the file is larger than {0} bytes"),
        ["xlsx.sheetnoid"] = ("lembar '{0}' dalam buku kerja tidak memiliki id relasi", "sheet '{0}' in the workbook has no relationship id"),
        ["xlsx.nosheet"] = ("buku kerja tidak berisi lembar", "the workbook lists no sheet"),
        ["xlsx.roworder"] = ("baris {0} muncul setelah baris {1}; baris harus berurutan", "row {0} appears after row {1}; rows must be in order"),
        ["xlsx.cellref"] = ("rujukan sel '{0}' tidak sah pada baris {1}", "cell reference '{0}' is not valid in row {1}"),
        ["xlsx.cellorder"] = ("sel {0} tidak berurutan", "cell {0} appears out of order"),
        ["xlsx.sharedstring"] = ("sel {0} merujuk teks bersama '{1}' yang tidak ada dalam berkas", "cell {0} refers to shared string '{1}', which the file does not have"),
        ["xlsx.number.row"] = ("nomor baris '{0}' tidak sah", "row number '{0}' is not valid"),

        // XLSX pivot layout (BPS)
        ["pivot.afterTotals"] = ("ada data setelah baris Totals", "data after the Totals row"),
        ["pivot.nodata"] = ("tidak ada baris data (baris kode HS mulai baris 6)", "no data rows (HS code rows from row 6)"),
        ["pivot.nototalsrow"] = ("tidak ada baris 'Totals' di akhir lembar; berkas mungkin terpotong dan tidak dapat direkonsiliasi", "no 'Totals' row at the end of the sheet; the file may be cut short and cannot be reconciled"),
        ["pivot.bothflows"] = ("judul menyebut ekspor dan impor sekaligus", "the title names both export and import"),
        ["pivot.flowmismatch"] = ("judul menyebut {0} tetapi arus yang diberikan untuk berkas adalah {1}", "the title says {0} but the flow given for the file is {1}"),
        ["pivot.noflow"] = ("judul tidak menyebut arus (Ekspor/Impor) dan tidak ada arus yang diberikan untuk berkas", "the title names no flow (Ekspor/Impor) and no flow was given for the file"),
        ["pivot.noyear"] = ("judul tidak menyebut tahun ('... Tahun 2025')", "the title names no year ('... Tahun 2025')"),
        ["pivot.notitle"] = ("tidak ada baris judul", "no title row"),
        ["pivot.strayC"] = ("nilai tak terduga di kolom C (seharusnya kosong di samping tahun)", "unexpected value in column C (expected empty beside the year)"),
        ["pivot.duplicate"] = ("kunci ganda: HS {0} tahun {1} sudah ada di baris {2}", "duplicate key: HS {0} year {1} already in row {2}"),
        ["pivot.nolabel"] = ("label HS ('[84] ...') tidak ada pada baris data pertama", "missing HS label ('[84] ...') on the first data row"),
        ["pivot.label"] = ("label HS tidak seperti '[84] Uraian'", "HS label not like '[84] Description'"),
        ["pivot.year"] = ("tahun kosong atau bukan bilangan bulat", "year missing or not a whole number"),
        ["pivot.yearnotintitle"] = ("tahun tidak termasuk tahun dalam judul ({0})", "year not in the title's years ({0})"),
        ["pivot.total.nan"] = ("total bukan angka", "total is not a number"),
        ["pivot.rightoftotals"] = ("ada nilai di kanan kolom Totals", "value right of the Totals column"),
        ["pivot.header"] = ("diharapkan judul kolom '{0}'; ini bukan tata letak pivot BPS", "expected the header '{0}'; this is not a BPS pivot layout"),
        ["pivot.nototalscolumn"] = ("tidak ada judul kolom 'Totals' di baris 2; total baris tidak dapat direkonsiliasi", "no 'Totals' column header in row 2; the row totals cannot be reconciled"),
        ["pivot.duplicatecolumn"] = ("kunci ganda: negara '{0}', pelabuhan '{1}', bulan {2} sudah menjadi judul kolom {3}", "duplicate key: country '{0}', port '{1}', month {2} already heads column {3}"),
        ["pivot.month.range"] = ("bulan di luar 1..12", "month out of range 1..12"),
        ["pivot.month.label"] = ("label bulan kosong atau tidak seperti '[01] Januari'", "month label missing or not like '[01] Januari'"),
        ["pivot.cell.text"] = ("teks di sel nilai", "text in a value cell"),
        ["pivot.cell.boolean"] = ("TRUE/FALSE di sel nilai", "TRUE/FALSE in a value cell"),
        ["pivot.cell.error"] = ("nilai galat lembar kerja di sel nilai", "spreadsheet error value in a value cell"),
        ["pivot.cell.nan"] = ("bukan angka", "not a number"),
        ["pivot.cell.decimals"] = ("lebih dari 3 desimal (US$ disimpan dalam perseribu)", "more than 3 decimals (US$ are stored in thousandths)"),
        ["pivot.rowtotal"] = ("total baris tidak sama dengan selnya: {0}: tertulis {1}, jumlah sel {2} (selisih {3}, toleransi {4})", "row total does not match its cells: {0}: stated {1}, cells sum to {2} (difference {3}, tolerance {4})"),
        ["pivot.columntotal"] = ("total kolom tidak sama dengan selnya: {0}: tertulis {1}, jumlah sel {2} (selisih {3}, toleransi {4})", "column total does not match its cells: {0}: stated {1}, cells sum to {2} (difference {3}, tolerance {4})"),
        ["pivot.columntotal.suspect"] = ("total kolom tidak sama dengan selnya: {0}: tertulis {1}, jumlah sel {2} (selisih {3}, toleransi {4}); baris yang selnya paling jauh dari totalnya adalah baris {5} ({6}, selisih {7})", "column total does not match its cells: {0}: stated {1}, cells sum to {2} (difference {3}, tolerance {4}); the row whose cells miss its total most is row {5} ({6}, off by {7})"),
        ["pivot.grand.cells"] = ("total keseluruhan tidak sama dengan jumlah semua sel: tertulis {0}, jumlah {1} (selisih {2}, toleransi {3})", "grand total vs all cells does not match: stated {0}, sum {1} (difference {2}, tolerance {3})"),
        ["pivot.grand.rows"] = ("total keseluruhan tidak sama dengan jumlah total baris: tertulis {0}, jumlah {1} (selisih {2}, toleransi {3})", "grand total vs row totals does not match: stated {0}, sum {1} (difference {2}, tolerance {3})"),
        ["pivot.grand.columns"] = ("total keseluruhan tidak sama dengan jumlah total kolom: tertulis {0}, jumlah {1} (selisih {2}, toleransi {3})", "grand total vs column totals does not match: stated {0}, sum {1} (difference {2}, tolerance {3})"),

        // flat CSV
        ["csv.empty"] = ("berkas kosong (tidak ada baris judul)", "empty file (no header line)"),
        ["csv.longline"] = ("baris {0} lebih panjang dari {1} karakter; bukan CSV perdagangan", "line {0} is longer than {1} characters; not a trade CSV"),
        ["csv.unknowncolumn"] = ("kolom tidak dikenal; kolom yang dikenal: {0}", "unknown column; known columns are {0}"),
        ["csv.twice"] = ("kolom ditulis dua kali (juga sebagai '{0}')", "column given twice (also as '{0}')"),
        ["csv.noperiod"] = ("judul tidak memuat kolom wajib 'period' (atau 'periode')", "header lacks the required column 'period' (or 'periode')"),
        ["csv.noflow"] = ("judul tidak memuat kolom 'flow' (atau 'arus'/'aliran'); tambahkan atau pilih arus (--flow)", "header lacks the column 'flow' (or 'arus'/'aliran'); add it or pass --flow"),
        ["csv.novalue"] = ("judul harus memuat tepat satu kolom nilai: 'value_usd' (atau 'nilai_usd') atau 'value_musd' (atau 'nilai_juta_usd')", "header needs exactly one value column: 'value_usd' (or 'nilai_usd') or 'value_musd' (or 'nilai_juta_usd')"),
        ["csv.fieldcount"] = ("baris ini memiliki {0} ruas tetapi judul memiliki {1}", "the line has {0} fields but the header has {1}"),
        ["csv.longfield"] = ("ruas sepanjang {0} karakter; paling banyak {1} diterima", "a field of {0} characters; at most {1} are accepted"),
        ["csv.unclosedquote"] = ("ruas berkutip yang mulai di karakter {0} tidak memiliki kutip penutup", "the quoted field starting at character {0} has no closing quote"),
        ["csv.afterquote"] = ("ada teks setelah kutip penutup di karakter {0}; kutip seluruh ruas", "text after the closing quote at character {0}; quote the whole field"),
        ["csv.month"] = ("bulan {0} bukan 1-12", "month {0} is not 1-12"),
        ["csv.period"] = ("bukan periode TTTT-BB atau TTTT (tahun 1900-2100)", "not a period YYYY-MM or YYYY (year 1900-2100)"),
        ["csv.flow"] = ("arus tidak dikenal; gunakan ekspor/impor, export/import atau X/M", "unknown flow; use export/import, ekspor/impor or X/M"),
        ["csv.flowmismatch"] = ("baris menyebut {0} tetapi arus yang dipilih (--flow) adalah {1}", "the row says {0} but --flow says {1}"),
        ["csv.province"] = ("bukan kode provinsi BPS (angka, misalnya 18 untuk Lampung)", "not a BPS province code (digits, e.g. 18 for Lampung)"),
        ["csv.province.unknown"] = ("kode provinsi BPS tidak dikenal", "unknown BPS province code"),
        ["csv.hs"] = ("bukan kode HS 2-10 angka", "not an HS code of 2-10 digits"),
        ["csv.missing"] = ("nilai kosong", "missing value"),
        ["csv.decimals"] = ("lebih dari 3 desimal (US$ atau kg) tidak dapat disimpan dengan tepat", "more than 3 decimals (of a US$ or kg) cannot be stored exactly"),
        ["csv.nan"] = ("bukan angka", "not a number"),
        ["csv.separator.comma"] = ("koma desimal terdeteksi: '{0}' dibaca sebagai pemisah desimal di seluruh berkas ini", "decimal comma detected: '{0}' is read as the decimal separator in this whole file"),
        ["csv.separator.point"] = ("titik desimal terdeteksi: '{0}' dibaca sebagai pemisah desimal di seluruh berkas ini", "decimal point detected: '{0}' is read as the decimal separator in this whole file"),
        ["csv.separator.twice"] = ("'{0}' adalah pemisah desimal berkas ini tetapi muncul {1} kali", "'{0}' is this file's decimal separator but appears {1} times"),
        ["csv.separator.ambiguous"] = ("meragukan: pemisah desimal berkas ini '{0}', jadi satu '{1}' bisa pemisah ribuan atau salah ketik; tulis angka tanpa pemisah ribuan", "ambiguous: this file's decimal separator is '{0}', so a single '{1}' could be a thousands separator or a mistake; write the number without thousands separators"),
        ["csv.separator.after"] = ("'{0}' setelah pemisah desimal '{1}'", "'{0}' after the decimal separator '{1}'"),
        ["csv.separator.grouping"] = ("'{0}' tidak mengelompokkan ribuan per tiga angka", "'{0}' does not group thousands in threes"),
        ["csv.digits"] = ("lebih dari {0} angka bermakna", "more than {0} significant digits"),

        // BPS WebAPI JSON
        ["json.empty"] = ("berkas kosong", "empty file"),
        ["json.html"] = ("halaman HTML (misalnya halaman blokir firewall), bukan data API", "an HTML page (e.g. a firewall block page), not API data"),
        ["json.html.http"] = ("halaman HTML (misalnya halaman blokir firewall), bukan data API (HTTP {0})", "an HTML page (e.g. a firewall block page), not API data (HTTP {0})"),
        ["json.html.titled"] = ("halaman HTML (misalnya halaman blokir firewall), bukan data API, berjudul '{0}'", "an HTML page (e.g. a firewall block page), not API data, titled '{0}'"),
        ["json.html.http.titled"] = ("halaman HTML (misalnya halaman blokir firewall), bukan data API (HTTP {0}), berjudul '{1}'", "an HTML page (e.g. a firewall block page), not API data (HTTP {0}), titled '{1}'"),
        ["json.invalid"] = ("bukan JSON yang sah di sekitar bait {0} (berkas terpotong atau rusak): {1}", "not valid JSON near byte {0} (truncated or damaged file): {1}"),
        ["json.invalid.row"] = ("bukan JSON yang sah di sekitar bait {0}, pada baris data {1} (berkas terpotong atau rusak): {2}", "not valid JSON near byte {0}, in data row {1} (truncated or damaged file): {2}"),
        ["json.toolarge"] = ("satu nilai JSON lebih besar dari {0} MB; bukan data API", "a single JSON value is larger than {0} MB; not API data"),
        ["json.scalar"] = ("satu {0} JSON saja, bukan jawaban WebAPI BPS", "a single JSON {0}, not a BPS WebAPI response"),
        ["json.body"] = ("'body' berupa {0} JSON, bukan jawaban API", "'body' is a JSON {0}, not an API response"),
        ["json.bodytext"] = ("'body' berupa teks, bukan data API: \"{0}\"", "'body' is text, not API data: \"{0}\""),
        ["json.data"] = ("'data' berupa {0} JSON, bukan daftar baris", "'data' is a JSON {0}, not a list of rows"),
        ["json.row"] = ("baris berupa {0} JSON, bukan objek", "row is a JSON {0}, not an object"),
        ["json.sumber"] = ("parameter permintaan sumber='{0}' bukan 1 (ekspor) atau 2 (impor)", "request parameter sumber='{0}' is neither 1 (exports) nor 2 (imports)"),
        ["json.flowmismatch"] = ("permintaan yang direkam untuk {0} (sumber={1}) tetapi arus yang dipilih (--flow) adalah {2}", "the recorded request is for {0} (sumber={1}) but --flow says {2}"),
        ["json.noflow"] = ("arus tidak diketahui: pilih arus (--flow)", "flow unknown: pass --flow"),
        ["json.nostatus"] = ("tidak ada ruas 'status': bukan jawaban WebAPI BPS", "no 'status' field: not a BPS WebAPI response"),
        ["json.nodata"] = ("jawaban tidak memiliki ruas 'data'", "the response has no 'data' field"),
        ["json.norows"] = ("jawaban OK tetapi tidak berisi baris; tidak dibaca sebagai 'tidak ada perdagangan'", "the response is OK but holds no rows; it is not read as 'no trade'"),
        ["json.http"] = ("status HTTP yang direkam {0}, jawaban galat, bukan data API", "the recorded HTTP status is {0}, an error response, not API data"),
        ["json.http.message"] = ("status HTTP yang direkam {0}, jawaban galat, bukan data API: \"{1}\"", "the recorded HTTP status is {0}, an error response, not API data: \"{1}\""),
        ["json.status"] = ("API BPS menjawab dengan galat (status '{0}'): \"{1}\"", "the BPS API answered with an error (status '{0}'): \"{1}\""),
        ["json.availability"] = ("BPS tidak memiliki data untuk permintaan ini (data-availability '{0}')", "BPS has no data for this request (data-availability '{0}')"),
        ["json.text"] = ("diharapkan teks, ditemukan {0} JSON", "expected text, found a JSON {0}"),
        ["json.nan"] = ("bukan angka", "not a number"),
        ["json.range"] = ("angka di luar jangkauan desimal", "number out of range for a decimal"),
        ["json.decimals"] = ("lebih dari 3 desimal tidak dapat disimpan dengan tepat", "more than 3 decimals cannot be stored exactly"),
        ["json.novalue"] = ("nilai kosong", "missing value"),
        ["json.duplicate"] = ("baris ganda: tahun {0}, bulan {1}, kodehs {2}, pod '{3}', ctr '{4}' sama dengan baris sebelumnya", "duplicate row: same tahun {0}, bulan {1}, kodehs {2}, pod '{3}', ctr '{4}' as an earlier row"),
        ["json.noyear"] = ("tahun (tahun) kosong", "missing tahun (year)"),
        ["json.year"] = ("bukan tahun antara 1900 dan 2100", "not a year between 1900 and 2100"),
        ["json.month"] = ("bukan bulan 1-12 (diharapkan misalnya '[11] November')", "not a month 1-12 (expected e.g. '[11] November')"),
        ["json.nohs"] = ("kodehs (kode HS) kosong", "missing kodehs (HS code)"),
        ["json.hs"] = ("bukan kode HS 2-10 angka (diharapkan misalnya '[03] Ikan, ...')", "not an HS code of 2-10 digits (expected e.g. '[03] Fish, ...')"),
    };

    public static IEnumerable<string> Codes => Table.Keys;

    public static bool IsEnglish(CultureInfo culture) => string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    /// <summary>The culture of a language choice from <see cref="Common.Parameters.Language"/> ("id" or "en").</summary>
    public static CultureInfo Of(string language) => string.Equals(language, "en", StringComparison.Ordinal) ? English : Indonesian;

    /// <summary>The code's text in the culture's language; an unknown code is shown as itself (a test keeps the table complete).</summary>
    public static string Format(string code, IReadOnlyList<string> args, CultureInfo culture)
    {
        if (!Table.TryGetValue(code, out var text))
        {
            return code;
        }

        return string.Format(CultureInfo.InvariantCulture, IsEnglish(culture) ? text.En : text.Id, [.. args.Select(a => Translate(a, culture))]);
    }

    /// <summary>An argument that is itself a word of the table (<see cref="Word"/>: a flow, a basis), so it follows the language too.</summary>
    public static string Word(string code) => WordMark + code;

    /// <summary>
    /// An argument that is itself a message of the table with its own arguments (one level: a reconciliation label such as
    /// "row 6 (HS 84, year 2025)"), rendered in the language of the message around it.
    /// </summary>
    public static string Nested(string code, params object?[] args) =>
        WordMark + string.Join(ArgSeparator, [code, .. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    /// <summary>A <see cref="Nested"/> argument as a message of its own (e.g. the summary's largest difference).</summary>
    public static ImportMessage Message(string nested)
    {
        var parts = nested.StartsWith(WordMark, StringComparison.Ordinal) ? nested[WordMark.Length..].Split(ArgSeparator) : [nested];
        return new ImportMessage(parts[0], parts[1..]);
    }

    public static string Flow(Common.Flow flow) => Word("word.flow." + flow);

    public static string Basis(Common.Basis basis) => Word("word.basis." + basis);

    private const string WordMark = "§";

    private const char ArgSeparator = '\u001F';

    private static string Translate(string arg, CultureInfo culture)
    {
        if (!arg.StartsWith(WordMark, StringComparison.Ordinal))
        {
            return arg;
        }

        var parts = arg[WordMark.Length..].Split(ArgSeparator);
        return Table.TryGetValue(parts[0], out var text)
            ? string.Format(CultureInfo.InvariantCulture, IsEnglish(culture) ? text.En : text.Id, [.. parts[1..]])
            : arg;
    }

    public static (string Id, string En) Texts(string code) => Table[code];
}
