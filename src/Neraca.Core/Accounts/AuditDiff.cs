using System.Text.Json;

namespace Neraca.Accounts;

/// <summary>One line of an audit row in words: a field and its value before and after (either may be absent).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>
/// Turns an audit row's before/after JSON into the fields that changed, for people reading the audit page: an
/// update lists only the fields whose value differs, a create the fields that have a value, a delete what was
/// removed, an event (sign-in, refusal...) its details.
/// </summary>
public static class AuditDiff
{
    public static IReadOnlyList<AuditChange> Changes(string? beforeJson, string? afterJson)
    {
        var before = Parse(beforeJson);
        var after = Parse(afterJson);
        var fields = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var old = before.GetValueOrDefault(field);
            var now = after.GetValueOrDefault(field);
            if (string.Equals(old, now, StringComparison.Ordinal) || (old is null && now is null))
            {
                continue;
            }

            changes.Add(new AuditChange(field, old, now));
        }

        return changes;
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                values["value"] = Text(document.RootElement);
                return values;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = Text(property.Value);
            }
        }
        catch (JsonException)
        {
            values["value"] = json; // not JSON (older rows): shown as it is
        }

        return values;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };

    /// <summary>For display: a long value is cut with an ellipsis (the CSV export keeps everything).</summary>
    public static string Short(string? value, int max = 120) =>
        value is null ? "—" : value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
