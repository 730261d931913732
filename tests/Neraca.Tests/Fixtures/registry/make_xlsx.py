#!/usr/bin/env python3
"""Writes the registry XLSX fixtures (no third-party modules): run from this folder, commit the .xlsx files.

lampung_umkm.xlsx: an office's list as kept in Excel: a title and a date row above the header, NIB and amounts
typed as numbers in some rows and as Indonesian-formatted text in others, a blank row in the middle.
broken.xlsx: the same layout with a bad NIB, an unknown regency, text where an amount belongs and a repeated NIB.
"""
import zipfile
from xml.sax.saxutils import escape

HEADER = ["No", "Nama Usaha", "NIB", "Bentuk Usaha", "KBLI", "Jenis", "Modal Usaha (Rp)", "Omzet per Tahun (Rp)",
          "Kabupaten/Kota", "Alamat", "Telepon/HP", "Nama Pemilik", "Jenis Kelamin", "Tenaga Kerja", "Tahun Berdiri", "Katalog"]

GOOD = [
    ["DATA IKM/UMKM BINAAN DINAS PERINDUSTRIAN DAN PERDAGANGAN PROVINSI LAMPUNG"],
    ["Keadaan: Oktober 2026"],
    HEADER,
    [1, "Kopi Bubuk Sekala Brak", 9120004000001, "CV", "10761", "IKM", 350000000, 1200000000, "Lampung Barat", "Jl. Raya Liwa 12", "081271000001", "Siti Aminah", "P", 8, 2012, "ya"],
    [2, "Keripik Pisang Mahkota", "9120004000002", "Perorangan", "10799", "IKM", "Rp 150.000.000", "Rp 900.000.000", "Kota Bandar Lampung", "Jl. Pagar Alam 45", "081271000002", "Rina Wati", "P", 15, 2008, "ya"],
    [],
    [3, "Tapis Lampung Ratu", 9120004000003, "CV", "13139", "IKM", 1500000000, 4000000000, 1871, "Jl. Teuku Umar 3", "081271000003", "Dewi Sartika", "Perempuan", 30, 2005, "tidak"],
    [4, "Lada Hitam Way Kanan", 9120004000004, "UD", "46206", "UMKM", 200000000, 2500000000, "Way Kanan", "Blambangan Umpu", "081271000004", "Budi Santoso", "L", 5, 2016, "ya"],
    [5, "Kakao Fermentasi Tanggamus", 9120004000005, "Koperasi", "10732", "IKM", 2000000000, 16000000000, "Kab. Tanggamus", "Kota Agung", "081271000005", "Wayan Sudarma", "Laki-laki", 40, 2010, "ya"],
]

BROKEN = [
    HEADER,
    [1, "Kopi Baik", 9120005000001, "CV", "10761", "IKM", 100000000, 500000000, "Metro", "", "", "Ani", "P", 3, 2018, "ya"],
    [2, "Kopi NIB Pendek", 91200050, "CV", "10761", "IKM", 100000000, 500000000, "Metro", "", "", "Ani", "P", 3, 2018, "ya"],
    [],
    [3, "Keripik Salah", 9120005000003, "CV", "10799", "PABRIK", "seratus juta", 500000000, "Palembang", "", "", "Budi", "L", 3, 2018, "ya"],
    [4, "Kopi Kembar", 9120005000001, "UD", "10761", "UMKM", 100000000, 500000000, "Metro", "", "", "Citra", "P", 2, 2019, "ya"],
]


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def write(path, rows):
    strings, index = [], {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        if not row:
            continue  # Excel leaves an empty row out of the sheet XML
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel}><sheets><sheet name="IKM Binaan" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 10, 1, 0, 0, 0)), content)


write("lampung_umkm.xlsx", GOOD)
write("broken.xlsx", BROKEN)
