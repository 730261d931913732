using System.Text.Json;
using System.Text.Json.Serialization;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>
/// A non-null US$ amount in the JSON contract of docs/cli-json.md (exact, no exponent, no trailing zeros), like
/// <see cref="UsdJsonConverter"/> for nullable ones: the commodity analyses print amounts the way `balance` and `top` do.
/// </summary>
public sealed class UsdAmountJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(TradeFormat.Usd(value), skipInputValidation: true);
}
