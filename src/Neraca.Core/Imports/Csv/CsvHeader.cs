namespace Neraca.Imports.Csv;

/// <summary>
/// The header line: which field index holds which column. Problems (unknown, duplicate or missing columns) are
/// all reported at once as errors on line 1; a header with errors stops the read, since no row can be trusted.
/// </summary>
internal sealed class CsvHeader
{
    private readonly int[] indexes = Enumerable.Repeat(-1, Enum.GetValues<CsvColumn>().Length).ToArray();
    private readonly string[] names;

    private CsvHeader(string[] names) => this.names = names;

    public int FieldCount => names.Length;

    public int IndexOf(CsvColumn column) => indexes[(int)column];

    public bool Has(CsvColumn column) => indexes[(int)column] >= 0;

    /// <summary>The name of the field at <paramref name="index"/> as the file writes it.</summary>
    public string NameAt(int index) => names[index];

    /// <summary>The column's name as the file writes it, for messages.</summary>
    public string NameOf(CsvColumn column) => names[indexes[(int)column]];

    /// <summary>Splits the header line on <paramref name="separator"/> and checks it; null when it has errors.</summary>
    public static CsvHeader? Parse(string line, char separator, ReadContext context)
    {
        var names = line.Split(separator).Select(n => n.Trim().Trim('"').Trim()).ToArray();
        var header = new CsvHeader(names);
        var errors = context.ErrorCount;
        for (var i = 0; i < names.Length; i++)
        {
            header.Map(i, context);
        }

        header.CheckRequired(context);
        return context.ErrorCount == errors ? header : null;
    }

    private void Map(int index, ReadContext context)
    {
        var name = names[index];
        if (!CsvColumnNames.TryFind(name, out var column))
        {
            context.Error(context.At(1, name), name, ImportMessage.Of("csv.unknowncolumn", CsvColumnNames.Known));
        }
        else if (indexes[(int)column] >= 0)
        {
            context.Error(context.At(1, name), name, ImportMessage.Of("csv.twice", names[indexes[(int)column]]));
        }
        else
        {
            indexes[(int)column] = index;
        }
    }

    private void CheckRequired(ReadContext context)
    {
        if (!Has(CsvColumn.Period))
        {
            context.Error(context.At(1), null, ImportMessage.Of("csv.noperiod"));
        }

        if (!Has(CsvColumn.Flow) && context.FlowOverride is null)
        {
            context.Error(context.At(1), null, ImportMessage.Of("csv.noflow"));
        }

        if (Has(CsvColumn.ValueUsd) == Has(CsvColumn.ValueMusd))
        {
            context.Error(context.At(1), null, ImportMessage.Of("csv.novalue"));
        }
    }
}
