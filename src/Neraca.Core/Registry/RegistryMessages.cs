using System.Globalization;

namespace Neraca.Registry;

/// <summary>
/// Every registry validation message in Bahasa Indonesia and English, by code ({0}, {1}: the error's arguments).
/// Kept in Core beside the rules that raise them, so the API, the pages and the bulk import say the same thing;
/// a test checks both languages are present for every code (docs/decisions/0019-registry-rules-in-core.md).
/// </summary>
public static class RegistryMessages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly Dictionary<string, (string Id, string En)> Table = new(StringComparer.Ordinal)
    {
        ["required"] = ("wajib diisi", "is required"),
        ["toolong"] = ("paling banyak {0} karakter", "at most {0} characters"),
        ["nib"] = ("'{0}' bukan NIB 13 angka", "'{0}' is not a 13-digit NIB"),
        ["nib.duplicate"] = ("NIB {0} sudah terdaftar dan terverifikasi (usaha #{1})", "a business with NIB {0} is already registered and verified (#{1})"),
        ["nib.elsewhere"] = ("NIB {0} sudah terverifikasi di provinsi lain: hubungi dinas provinsi tersebut", "NIB {0} is already verified outside your province: contact that province's office"),
        ["nib.repeats"] = ("NIB {0} sama dengan baris {1}", "NIB {0} repeats row {1}"),
        ["kind"] = ("'{0}' bukan IKM atau UMKM", "'{0}' is not IKM or UMKM"),
        ["province"] = ("'{0}' bukan kode provinsi BPS (misalnya 18)", "'{0}' is not a BPS province code (such as 18)"),
        ["province.scope"] = ("Anda tidak dapat mendaftarkan usaha provinsi lain", "you cannot register businesses of another province"),
        ["province.national"] = ("pengguna nasional harus memilih provinsi daftar ini", "national users must say which province the list belongs to"),
        ["regency"] = ("'{0}' bukan kabupaten/kota provinsi {1} (kode BPS seperti 1871 atau nama seperti Bandar Lampung)", "'{0}' is not a regency/city of province {1} (BPS code such as 1871 or a name such as Bandar Lampung)"),
        ["amount"] = ("'{0}' bukan jumlah rupiah (misalnya Rp 1.500.000.000)", "'{0}' is not an amount in Rupiah (e.g. 1.500.000.000)"),
        ["whole"] = ("'{0}' bukan bilangan bulat dari {1} sampai {2}", "'{0}' is not a whole number from {1} to {2}"),
        ["gender"] = ("'{0}' bukan jenis kelamin (P/L)", "'{0}' is not a gender (P/L, F/M)"),
        ["kbli"] = ("'{0}': kode KBLI masing-masing lima angka", "'{0}': KBLI codes are five digits each"),
        ["consent"] = ("'{0}' bukan ya/tidak", "'{0}' is not ya/tidak (yes/no)"),
        ["owneraccount"] = ("tidak ada akun usaha dengan surel {0}", "no business account with e-mail {0}"),
        ["hs"] = ("'{0}' bukan kode HS 2, 4, 6, 8 atau 10 angka dalam bab HS yang dikenal", "'{0}' is not an HS code of 2, 4, 6, 8 or 10 digits in a known HS chapter"),
        ["hs.unknown"] = ("'{0}' tidak ada dalam nomenklatur HS atau BTKI yang dimuat", "'{0}' is not in the loaded HS nomenclature or BTKI tariff book"),
        ["price"] = ("harga, kapasitas dan masa simpan tidak boleh negatif dan harga terendah tidak boleh melebihi harga tertinggi", "prices, capacity and shelf life cannot be negative and the minimum price cannot exceed the maximum"),
        ["unreadable"] = ("'{0}' tidak dapat dibaca: periksa format angka atau tanggal", "'{0}' cannot be read: check the number or date format"),
        ["number"] = ("'{0}' bukan angka", "'{0}' is not a number"),
        ["date"] = ("'{0}' bukan tanggal (tttt-bb-hh)", "'{0}' is not a date (yyyy-mm-dd)"),
        ["date.future"] = ("tanggal tidak boleh di masa depan", "the date cannot be in the future"),
        ["oneof"] = ("{0} harus salah satu dari {1}", "{0} must be one of {1}"),
        ["regency.code"] = ("'{0}' bukan kode kabupaten/kota BPS seperti 1871", "'{0}' is not a BPS regency/city code such as 1871"),
        ["certtype"] = ("jenis sertifikat harus salah satu dari {0}", "type must be one of {0}"),
        ["expiry"] = ("tanggal berlaku sampai sebelum tanggal terbit", "the expiry date is before the issue date"),
        ["country"] = ("'{0}' bukan kode negara ISO 3166-1 dua huruf (misalnya JP)", "'{0}' is not an ISO 3166-1 alpha-2 country code such as JP"),
        ["valueusd"] = ("nilai US$ harus lebih dari nol", "value in US$ must be more than zero"),
        ["item"] = ("data tidak ditemukan", "no such record"),
        ["answers"] = ("jawaban tidak sah: {0}", "invalid answers: {0}"),
        ["verify.duplicate"] = ("usaha lain dengan NIB {0} sudah terverifikasi", "another verified business has NIB {0}"),
        ["import.rows"] = ("lebih dari {0} baris: pecah berkasnya", "more than {0} rows: split the file"),
        ["import.mapped"] = ("kolom '{0}' yang dipetakan untuk {1} tidak ada di judul", "mapped column '{0}' for {1} is not in the header"),
        ["import.field"] = ("bidang '{0}' tidak dikenal dalam pemetaan (bidang: {1})", "unknown field '{0}' in the mapping (fields: {1})"),
        ["import.mapping"] = ("'{0}' bukan bidang=Judul", "'{0}' is not field=Header"),
        ["import.nocolumn"] = ("tidak ada kolom untuk {0} (judul yang diterima: {1})", "no column for {0} (accepted headers: {1})"),
        ["import.noheader"] = ("tidak ada baris judul kolom (misalnya Nama Usaha, NIB, Jenis, Kabupaten/Kota) dalam 20 baris pertama lembar pertama", "no header row naming the columns (e.g. Nama Usaha, NIB, Jenis, Kabupaten/Kota) in the first 20 rows of the first sheet"),
        ["import.xlsx"] = ("bukan buku kerja XLSX yang dapat dibaca: {0}", "not a readable XLSX workbook: {0}"),
        ["import.file"] = ("kirim tepat satu berkas XLSX atau CSV paling besar {0} bait", "send exactly one XLSX or CSV file of at most {0} bytes"),
        ["import.province"] = ("provinsi harus kode provinsi BPS dalam wilayah Anda", "province must be a BPS province code within your scope"),
        ["photo.count"] = ("satu produk paling banyak {0} foto: hapus satu dulu", "a product has at most {0} photos: delete one first"),
        ["photo.business"] = ("satu usaha paling banyak {0} foto: hapus satu dulu", "a business has at most {0} photos: delete one first"),
        ["photo.size"] = ("foto lebih besar dari {0} MB", "the photo is larger than {0} MB"),
        ["photo.notimage"] = ("berkas ini bukan gambar (JPEG, PNG atau WebP), apa pun namanya", "the file is not an image (JPEG, PNG or WebP), whatever its name says"),
        ["photo.format"] = ("gambar {0} tidak diterima: kirim JPEG, PNG atau WebP", "{0} images are not accepted: send JPEG, PNG or WebP"),
        ["photo.pixels"] = ("gambar berukuran {0} piksel; paling banyak {1} megapiksel", "the image has {0} pixels; at most {1} megapixels are accepted"),
        ["photo.decodelimit"] = ("gambar {1} berukuran {0} piksel; di atas {2} megapiksel tidak diterima: kirim JPEG atau gambar yang lebih kecil", "the image has {0} pixels; a {1} above {2} megapixels is not accepted: send a JPEG or a smaller image"),
        ["photo.decode"] = ("gambar tidak dapat dibaca ({0})", "the image cannot be decoded ({0})"),
        ["photo.choose"] = ("pilih foto (JPEG, PNG atau WebP)", "choose a photo (JPEG, PNG or WebP)"),
    };

    public static IEnumerable<string> Codes => Table.Keys;

    public static bool IsEnglish(CultureInfo culture) => string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    public static string Format(string code, IReadOnlyList<string> args, CultureInfo culture)
    {
        if (!Table.TryGetValue(code, out var text))
        {
            return code;
        }

        return string.Format(CultureInfo.InvariantCulture, IsEnglish(culture) ? text.En : text.Id, [.. args]);
    }

    /// <summary>Field → messages in the given language (several per field when several rules fail).</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<RegistryError> errors, CultureInfo culture) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Text(culture)).ToArray(), StringComparer.Ordinal);
}
