using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Neraca.Common;
using Neraca.Markets;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca markets --hs 090111 --province 18 --year 2024 [--n 20] [--date YYYY-MM-DD] [--lang id|en]
/// [--format table|json|json-full]`: candidate markets for a product with the score and its parts (docs/decisions/0023).
/// </summary>
internal static class MarketsCommand
{
    private static readonly Option<string?> Hs = new("--hs") { Description = "HS code of 4, 6 or 8 digits, e.g. 090111" };
    private static readonly Option<string?> Province = TradeCli.Province();
    private static readonly Option<int> Year = new("--year") { Description = "year of the world and trade data, e.g. 2024", DefaultValueFactory = _ => DateTime.UtcNow.Year - 1 };
    private static readonly Option<int> N = new("--n") { Description = "how many markets (default 20)", DefaultValueFactory = _ => MarketCalculator.DefaultN };
    private static readonly Option<string?> Date = new("--date") { Description = "date agreements and certifications are checked on, YYYY-MM-DD (default today)" };
    private static readonly Option<string> Lang = new("--lang") { Description = "label language: id|en", DefaultValueFactory = _ => "id" };
    private static readonly Option<string> Format = new("--format") { Description = "table|json (array of markets)|json-full (with supply, weights and notes)", DefaultValueFactory = _ => "table" };

    public static Command Create()
    {
        var command = new Command("markets", "Candidate export markets for a product of the province, with a score and its visible parts")
        {
            Hs, Province, Year, N, Date, Lang, Format,
        };
        command.Subcommands.Add(MatchCommand());
        command.SetAction((result, ct) => TradeCli.GuardAsync(async () =>
        {
            var format = Parameters.Choice(result.GetValue(Format), "--format", "table", "json", "json-full");
            var language = Parameters.Language(result.GetValue(Lang), "--lang");
            var date = Parameters.Date(result.GetValue(Date), "--date", DateOnly.FromDateTime(DateTime.UtcNow));
            await using var db = await CliOptions.OpenAsync(result, ct);
            var ranking = await new MarketAnalysis(db).RankAsync(result.GetValue(Hs), result.GetValue(Province), result.GetValue(Year), result.GetValue(N), date, language, ct);
            switch (format)
            {
                case "json":
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(ranking.Markets, TradeFormat.Json));
                    break;
                case "json-full":
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(ranking, TradeFormat.Json));
                    break;
                default:
                    Write(ranking);
                    break;
            }

            return 0;
        }));
        return command;
    }

    private static readonly Option<string?> Country = new("--country") { Description = "destination market, ISO alpha-2 (e.g. US)" };
    private static readonly Option<string?> Text = new("--text") { Description = "product words when there is no HS code" };
    private static readonly Option<decimal?> Quantity = new("--quantity") { Description = "quantity asked" };
    private static readonly Option<string> Unit = new("--unit") { Description = "unit of the quantity (kg, ton, ...)", DefaultValueFactory = _ => "kg" };
    private static readonly Option<string?> Certifications = new("--certifications") { Description = "required certifications, comma-separated (halal,haccp,organic,fda-food-facility,...)" };
    private static readonly Option<string?> MatchHs = new("--hs") { Description = "HS code asked (2 to 10 digits)" };

    /// <summary>`neraca markets match`: the registered, consenting businesses that can serve a buyer's inquiry, ranked with reasons.</summary>
    private static Command MatchCommand()
    {
        var command = new Command("match", "Registered, consenting businesses that can serve a buyer's inquiry, ranked with reasons (JSON)")
        {
            MatchHs, Text, Country, Quantity, Unit, Certifications, Province, Date,
        };
        command.SetAction((result, ct) => TradeCli.GuardAsync(async () =>
        {
            var hs = (result.GetValue(MatchHs) ?? "").Trim();
            if (hs.Length > 0 && (hs.Length is < 2 or > 10 || !hs.All(char.IsAsciiDigit)))
            {
                throw new TradeArgumentException("--hs", $"--hs must be an HS code of 2 to 10 digits, not '{hs}'") { ReasonId = $"--hs harus kode HS 2 sampai 10 digit, bukan '{hs}'" };
            }

            var certifications = new List<Neraca.Registry.CertificationType>();
            foreach (var c in (result.GetValue(Certifications) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                certifications.Add(Neraca.Registry.EnumText.TryParse<Neraca.Registry.CertificationType>(c, out var type)
                    ? type
                    : throw new TradeArgumentException("--certifications", $"'{c}' is not a certification type") { ReasonId = $"'{c}' bukan jenis sertifikasi" });
            }

            var need = new InquiryNeed
            {
                Hs = hs,
                ProductText = result.GetValue(Text) ?? "",
                Country = (result.GetValue(Country) ?? "").Trim().ToUpperInvariant(),
                Quantity = result.GetValue(Quantity),
                Unit = result.GetValue(Unit) ?? "",
                Certifications = certifications,
                Date = Parameters.Date(result.GetValue(Date), "--date", DateOnly.FromDateTime(DateTime.UtcNow)),
            };
            await using var db = await CliOptions.OpenAsync(result, ct);
            var ranking = await InquiryMatching.RankAsync(db, need, Parameters.Province(result.GetValue(Province), "--province"), ct);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(ranking, TradeFormat.Json));
            return 0;
        }));
        return command;
    }

    private static void Write(MarketRanking ranking)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape($"{ranking.Hs} {ranking.Product} — province {ranking.Province}, {ranking.Year}")) };
        foreach (var h in new[] { "country", "score", "demand US$", "share %", "growth %", "Indonesia US$", "province US$", "agreements", "requirements met" })
        {
            table.AddColumn(h);
        }

        foreach (var m in ranking.Markets)
        {
            table.AddRow(
                Markup.Escape($"{m.Country} {m.Label}"), m.Score.ToString("0.00", CultureInfo.InvariantCulture), TradeCli.Usd(m.DemandUsd), TradeCli.Pct(m.DemandSharePct),
                TradeCli.Pct(m.DemandGrowthPct), TradeCli.Usd(m.IndonesiaExportsUsd), TradeCli.Usd(m.ProvinceExportsUsd), Markup.Escape(string.Join(", ", m.Agreements)),
                string.Create(CultureInfo.InvariantCulture, $"{m.Requirements.Count(r => r.Met)}/{m.Requirements.Count}"));
        }

        var supply = ranking.Supply;
        var caption = string.Create(CultureInfo.InvariantCulture,
            $"supply: province exports {TradeCli.Usd(supply.ProvinceExportsUsd)} US$, change {TradeCli.Pct(supply.ChangePct)}, RCA {supply.Rca?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, RCA world {supply.RcaWorld?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, {supply.Businesses} registered businesses");
        var weights = string.Join(", ", MarketScore.Order.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p} {MarketScore.Weights[p]}")));
        table.Caption = new TableTitle(Markup.Escape(string.Join("\n", new[] { caption, "weights: " + weights }.Concat(ranking.Notes).Concat(supply.Notes))));
        TradeCli.Write(table);
    }
}
