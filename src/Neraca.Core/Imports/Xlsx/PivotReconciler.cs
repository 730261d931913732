using System.Globalization;

namespace Neraca.Imports.Xlsx;

/// <summary>
/// Checks the file's own Totals against the cells read. BPS rounds every cell to the cent but computes
/// Totals from unrounded values, so each summed cell may be off by up to half a cent: the tolerance is
/// US$0.005 × (number of non-empty cells summed). Real files stay well inside it (rows differ by up to
/// US$0.20, columns by US$0.03). A column holds few cells, so a changed cell fails its column check even
/// where its row (thousands of cells) absorbs the change; the column error then names the row whose own
/// difference is largest, which is where such a change shows.
/// Every check is kept in <see cref="ReadContext.Reconciliation"/> (about one per column, ~15,000 small
/// records per file), so a report can show the largest difference without re-reading the file.
/// </summary>
internal sealed class PivotReconciler(PivotColumns columns, ReadContext context, string sheet)
{
    public const decimal HalfCent = 0.005m;

    private readonly decimal[] _columnSums = new decimal[columns.LastValueColumn + 1];
    private readonly int[] _columnCounts = new int[columns.LastValueColumn + 1];
    private readonly List<(int Row, string Label, decimal Difference)> _rows = [];
    private decimal _cellSum;
    private long _cellCount;
    private decimal _rowTotalsSum;

    public void AddCell(int column, decimal value)
    {
        _columnSums[column] += value;
        _columnCounts[column]++;
        _cellSum += value;
        _cellCount++;
    }

    /// <summary>Checks a data row; an unreadable total (null, already reported) is skipped.</summary>
    public void CheckRow(int row, (string Hs, short Year)? key, decimal? statedTotal, decimal summed, int count)
    {
        if (statedTotal is not { } stated)
        {
            return;
        }

        _rowTotalsSum += stated;
        // Labels are nested messages (ImportMessages.Nested), so they read in the language of the message around them.
        var label = key is { } k ? ImportMessages.Nested("label.hsyear", k.Hs, k.Year) : ImportMessages.Nested("label.hsyear.invalid");
        var check = Add("row", key is { } r ? ImportMessages.Nested("label.row", row, r.Hs, r.Year) : ImportMessages.Nested("label.row.invalid", row), stated, summed, count);
        _rows.Add((row, label, check.Difference));
        if (!check.Ok && columns.TotalsColumn is { } totals)
        {
            context.Error(context.At(row, ColumnName.ToLetters(totals), sheet), Format(stated),
                ImportMessage.Of("pivot.rowtotal", label, Format(stated), Format(summed), Format(check.Difference), Format(check.Tolerance)));
        }
    }

    /// <summary>
    /// Checks every column and the grand total against the Totals row: stated values by column (absent = 0,
    /// null = unreadable and already reported, so not checked).
    /// </summary>
    public void CheckTotalsRow(int row, IReadOnlyDictionary<int, decimal?> stated, decimal? grandTotal)
    {
        decimal columnTotalsSum = 0;
        var columnCount = 0;
        for (var column = PivotColumns.FirstValueColumn; column <= columns.LastValueColumn; column++)
        {
            var value = stated.TryGetValue(column, out var given) ? given : 0;
            if (value is { } total)
            {
                columnTotalsSum += total;
                columnCount++;
                CheckColumn(row, column, total);
            }
        }

        if (grandTotal is not { } grand)
        {
            return;
        }

        CheckGrand(row, ImportMessages.Nested("label.grand.cells"), "pivot.grand.cells", grand, _cellSum, _cellCount);
        CheckGrand(row, ImportMessages.Nested("label.grand.rows"), "pivot.grand.rows", grand, _rowTotalsSum, _rows.Count);
        CheckGrand(row, ImportMessages.Nested("label.grand.columns"), "pivot.grand.columns", grand, columnTotalsSum, columnCount);
    }

    private void CheckColumn(int row, int column, decimal stated)
    {
        var key = columns[column];
        var check = Add("column", key.Describe(column), stated, _columnSums[column], _columnCounts[column]);
        if (check.Ok)
        {
            return;
        }

        object[] args = [key.Describe(column), Format(stated), Format(check.Summed), Format(check.Difference), Format(check.Tolerance)];
        var worst = _rows.Count == 0 ? default : _rows.MaxBy(r => Math.Abs(r.Difference));
        context.Error(context.At(row, ColumnName.ToLetters(column), sheet), Format(stated), worst.Difference == 0
            ? ImportMessage.Of("pivot.columntotal", args)
            : ImportMessage.Of("pivot.columntotal.suspect", [.. args, worst.Row, worst.Label, Format(worst.Difference)]));
    }

    private void CheckGrand(int row, string label, string code, decimal stated, decimal summed, long count)
    {
        var check = Add("grand", label, stated, summed, count);
        if (!check.Ok && columns.TotalsColumn is { } totals)
        {
            context.Error(context.At(row, ColumnName.ToLetters(totals), sheet), Format(stated),
                ImportMessage.Of(code, Format(stated), Format(summed), Format(check.Difference), Format(check.Tolerance)));
        }
    }

    private ReconciliationCheck Add(string kind, string label, decimal stated, decimal summed, long count)
    {
        var check = new ReconciliationCheck(kind, label, stated, summed, HalfCent * count);
        context.Reconciliation.Add(check);
        return check;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
