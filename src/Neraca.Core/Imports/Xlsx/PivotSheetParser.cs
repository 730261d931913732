using System.Globalization;
using Neraca.Common;

namespace Neraca.Imports.Xlsx;

/// <summary>
/// The state machine over the rows of a BPS pivot sheet. Rows 1-5 are headers (kept in memory: three rows of
/// up to ~15,000 labels); rows 6.. are data rows until the row labelled "Totals".
/// Cell accounting: <see cref="ReadContext.CellsRead"/> counts every cell of the data region, rows 6..Totals
/// and columns D..Totals, present or empty. Header rows and the label columns A-C are not counted: they are
/// structure, not data. Each counted cell is either a fact or skipped with a reason, so
/// CellsRead == FactsEmitted + SkippedTotal.
/// </summary>
internal sealed class PivotSheetParser(ReadContext context, string sheet)
{
    public const string SkipEmpty = "skip.empty";
    public const string SkipRowTotal = "skip.rowtotal";
    public const string SkipColumnTotal = "skip.columntotal";
    public const string SkipGrandTotal = "skip.grandtotal";
    public const string SkipInvalidValue = "skip.invalidvalue";
    public const string SkipInvalidKey = "skip.invalidkey";

    private const int FirstDataRow = 6;
    private const string TotalsLabel = "Totals";

    private readonly Dictionary<int, string>[] _headerRows = [[], [], []];
    private readonly Dictionary<(string Hs, short Year), int> _rowKeys = [];
    private PivotTitle? _title;
    private Flow? _flow;
    private PivotColumns? _columns;
    private PivotReconciler? _reconciler;
    private string? _currentHs;
    private int _lastRow;
    private bool _totalsSeen;
    private bool _dataSeen;

    public IEnumerable<RawFact> AcceptRow(int row, IReadOnlyList<SheetCell> cells)
    {
        _lastRow = row;
        if (row < FirstDataRow)
        {
            AcceptHeaderRow(row, cells);
            return [];
        }

        if (_columns is null)
        {
            BuildColumns();
        }

        if (_totalsSeen)
        {
            if (cells.Any(c => c.Kind != CellKind.Empty))
            {
                context.Error(At(row), null, ImportMessage.Of("pivot.afterTotals"));
            }

            return [];
        }

        if (Text(cells, 1) is { } label && string.Equals(label, TotalsLabel, StringComparison.OrdinalIgnoreCase))
        {
            AcceptTotalsRow(row, cells);
            return [];
        }

        _dataSeen = true;
        return AcceptDataRow(row, cells);
    }

    public void Finish()
    {
        if (_columns is null)
        {
            BuildColumns();
        }

        if (!_dataSeen)
        {
            context.Error(At(_lastRow), null, ImportMessage.Of("pivot.nodata"));
        }

        if (!_totalsSeen)
        {
            context.Error(At(_lastRow), null, ImportMessage.Of("pivot.nototalsrow"));
        }
    }

    private void AcceptHeaderRow(int row, IReadOnlyList<SheetCell> cells)
    {
        switch (row)
        {
            case 1:
                _title = PivotTitle.Parse(Text(cells, 1));
                _flow = ResolveFlow(_title);
                break;
            case >= 2 and <= 4:
                foreach (var cell in cells.Where(c => c.Column >= PivotColumns.FirstValueColumn && c.Kind != CellKind.Empty))
                {
                    _headerRows[row - 2][cell.Column] = cell.Text;
                }

                ExpectLabel(cells, row, 3, row switch { 2 => "Negara", 3 => "Pelabuhan", _ => "Bulan" });
                break;
            default:
                ExpectLabel(cells, row, 1, "Kode HS");
                ExpectLabel(cells, row, 2, "Tahun");
                break;
        }
    }

    private Flow? ResolveFlow(PivotTitle title)
    {
        var position = context.At(1, "A", sheet);
        if (title.FlowAmbiguous)
        {
            context.Error(position, null, ImportMessage.Of("pivot.bothflows"));
            return null;
        }

        if (title.Flow is { } flow && context.FlowOverride is { } stated && flow != stated)
        {
            context.Error(position, null, ImportMessage.Of("pivot.flowmismatch", ImportMessages.Flow(flow), ImportMessages.Flow(stated)));
            return null;
        }

        var result = title.Flow ?? context.FlowOverride;
        if (result is null)
        {
            context.Error(position, null, ImportMessage.Of("pivot.noflow"));
        }

        if (title.Years.Count == 0)
        {
            context.Error(position, null, ImportMessage.Of("pivot.noyear"));
        }

        return result;
    }

    private void BuildColumns()
    {
        if (_title is null)
        {
            context.Error(context.At(1, "A", sheet), null, ImportMessage.Of("pivot.notitle"));
            _title = PivotTitle.Parse(null);
            _flow = ResolveFlow(_title);
        }

        _columns = PivotColumns.Build(_headerRows[0], _headerRows[1], _headerRows[2], context, sheet);
        _reconciler = new PivotReconciler(_columns, context, sheet);
    }

    private IEnumerable<RawFact> AcceptDataRow(int row, IReadOnlyList<SheetCell> cells)
    {
        var columns = _columns!;
        var reconciler = _reconciler!;
        var key = RowKey(row, cells);
        decimal sum = 0;
        decimal? stated = 0;
        int count = 0, present = 0;
        var rowTotalPresent = false;
        foreach (var cell in cells)
        {
            if (cell.Column < PivotColumns.FirstValueColumn)
            {
                continue;
            }

            if (cell.Column > columns.LastColumn)
            {
                ReportOutside(row, cell);
                continue;
            }

            context.CellsRead++;
            present++;
            if (cell.Column == columns.TotalsColumn)
            {
                stated = ParseTotal(row, cell);
                rowTotalPresent = true;
                context.Skip(SkipRowTotal);
                continue;
            }

            if (cell.Kind == CellKind.Empty)
            {
                context.Skip(SkipEmpty);
                continue;
            }

            var valid = CellValue.TryParse(cell, out var value, out var reason);
            if (valid || CellValue.IsNumber(cell, out value))
            {
                // A number the file states counts toward its totals even when refused (negative, too many
                // decimals), so the refusal is the only error reported for it.
                sum += value;
                count++;
                reconciler.AddCell(cell.Column, value);
            }

            if (!valid)
            {
                context.Error(At(row, cell.Column), cell.Text, ImportMessage.Of(reason));
                context.Skip(SkipInvalidValue);
                continue;
            }

            var column = columns[cell.Column];
            if (key is not { } k || !column.Valid || _flow is not { } flow)
            {
                context.Skip(SkipInvalidKey);
                continue;
            }

            context.FactsEmitted++;
            yield return new RawFact(flow, k.Year, column.Month, Basis.Detail, k.Hs, column.Country, column.Port, null, value, null, row, cell.Column);
        }

        AccountMissingCells(present, isTotalsRow: false, rowTotalPresent);
        reconciler.CheckRow(row, key is { } rk ? (rk.Hs, rk.Year) : null, stated, sum, count);
    }

    /// <summary>HS code (column A, or the row above when blank) and year (column B); null when either is invalid.</summary>
    private (string Hs, short Year)? RowKey(int row, IReadOnlyList<SheetCell> cells)
    {
        var hs = ReadHs(row, Text(cells, 1));
        var year = ReadYear(row, Text(cells, 2));
        if (Text(cells, 3) is { } stray)
        {
            context.Error(At(row, 3), stray, ImportMessage.Of("pivot.strayC"));
        }

        if (hs is null || year is null)
        {
            return null;
        }

        if (!_rowKeys.TryAdd((hs, year.Value), row))
        {
            context.Error(At(row, 1), hs, ImportMessage.Of("pivot.duplicate", hs, year, _rowKeys[(hs, year.Value)]));
            return null;
        }

        return (hs, year.Value);
    }

    private string? ReadHs(int row, string? label)
    {
        if (label is null)
        {
            if (_currentHs is null)
            {
                context.Error(At(row, 1), null, ImportMessage.Of("pivot.nolabel"));
            }

            return _currentHs;
        }

        if (!HsLabel.TryParse(label, out var code, out var description))
        {
            context.Error(At(row, 1), label, ImportMessage.Of("pivot.label"));
            _currentHs = null;
            return null;
        }

        _currentHs = code;
        if (description.Length > 0)
        {
            context.HsLabels[(code, HsLabel.DetectLanguage(description))] = description;
        }

        return code;
    }

    private short? ReadYear(int row, string? text)
    {
        if (!short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            context.Error(At(row, 2), text, ImportMessage.Of("pivot.year"));
            return null;
        }

        if (_title is { Years.Count: > 0 } title && !title.Years.Contains(year))
        {
            context.Error(At(row, 2), text, ImportMessage.Of("pivot.yearnotintitle", string.Join(",", title.Years.Order())));
            return null;
        }

        return year;
    }

    private void AcceptTotalsRow(int row, IReadOnlyList<SheetCell> cells)
    {
        _totalsSeen = true;
        var columns = _columns!;
        var stated = new Dictionary<int, decimal?>();
        decimal? grand = null;
        var present = 0;
        foreach (var cell in cells.Where(c => c.Column >= PivotColumns.FirstValueColumn))
        {
            if (cell.Column > columns.LastColumn)
            {
                ReportOutside(row, cell);
                continue;
            }

            context.CellsRead++;
            present++;
            var isGrand = cell.Column == columns.TotalsColumn;
            context.Skip(isGrand ? SkipGrandTotal : SkipColumnTotal);
            var value = ParseTotal(row, cell);
            if (isGrand)
            {
                grand = value;
            }
            else
            {
                stated[cell.Column] = value;
            }
        }

        AccountMissingCells(present, isTotalsRow: true, rowTotalPresent: false);
        _reconciler!.CheckTotalsRow(row, stated, grand);
    }

    /// <summary>
    /// Cells of the data region absent from the XML: empty values, or an absent total (stated as zero),
    /// which is counted under the total's reason.
    /// </summary>
    private void AccountMissingCells(int present, bool isTotalsRow, bool rowTotalPresent)
    {
        var columns = _columns!;
        var missing = columns.LastColumn - PivotColumns.FirstValueColumn + 1 - present;
        if (missing <= 0)
        {
            return;
        }

        context.CellsRead += missing;
        if (isTotalsRow)
        {
            context.Skip(SkipColumnTotal, missing);
            return;
        }

        var totalsMissing = columns.TotalsColumn is not null && !rowTotalPresent ? 1 : 0;
        context.Skip(SkipEmpty, missing - totalsMissing);
        if (totalsMissing > 0)
        {
            context.Skip(SkipRowTotal, totalsMissing);
        }
    }

    /// <summary>
    /// A stated total: any number (totals are compared, not stored, so the fact rules on sign and decimals do
    /// not apply); empty = 0; null when unreadable (reported once, and its check is skipped).
    /// </summary>
    private decimal? ParseTotal(int row, SheetCell cell)
    {
        if (cell.Kind == CellKind.Empty)
        {
            return 0;
        }

        if (CellValue.IsNumber(cell, out var value))
        {
            return value;
        }

        context.Error(At(row, cell.Column), cell.Text, ImportMessage.Of("pivot.total.nan"));
        return null;
    }

    private void ReportOutside(int row, SheetCell cell)
    {
        if (cell.Kind != CellKind.Empty)
        {
            context.Error(At(row, cell.Column), cell.Text, ImportMessage.Of("pivot.rightoftotals"));
        }
    }

    private void ExpectLabel(IReadOnlyList<SheetCell> cells, int row, int column, string expected)
    {
        var actual = Text(cells, column);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            context.Error(At(row, column), actual, ImportMessage.Of("pivot.header", expected));
        }
    }

    private SourcePosition At(int row, int? column = null) =>
        context.At(row, column is { } c ? ColumnName.ToLetters(c) : null, sheet);

    private static string? Text(IReadOnlyList<SheetCell> cells, int column)
    {
        foreach (var cell in cells)
        {
            if (cell.Column == column)
            {
                return cell.Kind == CellKind.Empty ? null : cell.Text;
            }

            if (cell.Column > column)
            {
                break;
            }
        }

        return null;
    }
}
