using System.Text.Json;

namespace Neraca.Registry;

/// <summary>
/// The checks of a business's smaller records (certificate, export shipment, program participation, assessment):
/// each turns its input into a new record or field errors, for the API and the pages alike.
/// </summary>
public static class RecordRules
{
    public static (Certification? Record, List<RegistryError> Errors) Certification(CertificationInput input)
    {
        var errors = new List<RegistryError>();
        if (!EnumText.TryParse<CertificationType>(input.Type, out var type))
        {
            errors.Add(new RegistryError("type", "certtype", string.Join(", ", Enum.GetValues<CertificationType>().Select(EnumText.Of))));
        }

        if (input.IssuedOn > input.ExpiresOn)
        {
            errors.Add(new RegistryError("expiresOn", "expiry"));
        }

        Bounded(errors, "number", input.Number, 100);
        Bounded(errors, "issuer", input.Issuer, 200);
        return errors.Count > 0
            ? (null, errors)
            : (new Certification { Type = type, Number = input.Number?.Trim() ?? "", Issuer = input.Issuer?.Trim() ?? "", IssuedOn = input.IssuedOn, ExpiresOn = input.ExpiresOn }, errors);
    }

    public static (ExportRecord? Record, List<RegistryError> Errors) Export(ExportInput input, DateOnly today)
    {
        var errors = new List<RegistryError>();
        var hs = HsProductCode.Normalize(input.HsCode);
        var country = input.Country?.Trim().ToUpperInvariant() ?? "";
        if (input.Date is null)
        {
            errors.Add(new RegistryError("date", "required"));
        }
        else if (input.Date > today)
        {
            errors.Add(new RegistryError("date", "date.future"));
        }

        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new RegistryError("country", "country", input.Country?.Trim() ?? ""));
        }

        if (hs is null)
        {
            errors.Add(new RegistryError("hsCode", "hs", input.HsCode?.Trim() ?? ""));
        }

        if (input.ValueUsd is not > 0 || input.ValueUsd >= 10_000_000_000_000_000m)
        {
            errors.Add(new RegistryError("valueUsd", "valueusd"));
        }

        Bounded(errors, "volume", input.Volume, 100);
        Bounded(errors, "buyer", input.Buyer, 200);
        Bounded(errors, "portOfLoading", input.PortOfLoading, 200);

        // BPS names ports in capitals ("TANJUNG PRIOK"); stored the same way so the port→province table matches it.
        var port = string.IsNullOrWhiteSpace(input.PortOfLoading) ? null : input.PortOfLoading.Trim().ToUpperInvariant();
        return errors.Count > 0
            ? (null, errors)
            : (new ExportRecord
            {
                Date = input.Date!.Value,
                Country = country,
                HsCode = hs!,
                ValueUsd = input.ValueUsd!.Value,
                Volume = input.Volume?.Trim() ?? "",
                Buyer = input.Buyer?.Trim() ?? "",
                PortOfLoading = port,
            }, errors);
    }

    public static (ProgramParticipation? Record, List<RegistryError> Errors) Participation(ParticipationInput input)
    {
        var errors = new List<RegistryError>();
        if (string.IsNullOrWhiteSpace(input.ProgramName))
        {
            errors.Add(new RegistryError("programName", "required"));
        }

        Bounded(errors, "programName", input.ProgramName, 200);
        if (input.Date is null)
        {
            errors.Add(new RegistryError("date", "required"));
        }

        return errors.Count > 0 ? (null, errors) : (new ProgramParticipation { ProgramName = input.ProgramName!.Trim(), Date = input.Date!.Value }, errors);
    }

    /// <summary>Scores the questionnaire against the business's exports and certificates; an officer's answers are a verified assessment.</summary>
    public static (Assessment? Record, List<RegistryError> Errors) Assessment(Business b, AssessmentInput input, bool verified, string actor, DateOnly today)
    {
        ReadinessResult result;
        try
        {
            result = Readiness.Score(input.Answers ?? [], b.Exports.Count > 0, input.Markets, b.Certifications.Select(c => c.Type));
        }
        catch (ArgumentException ex)
        {
            return (null, [new RegistryError(ex.ParamName ?? "answers", "answers", ex.Message)]);
        }

        return (new Assessment
        {
            QuestionnaireVersion = result.Version,
            Verified = verified,
            AnswersJson = JsonSerializer.Serialize(new { answers = input.Answers ?? [], markets = input.Markets ?? [] }),
            Score = result.Score,
            Band = result.Band,
            Date = input.Date ?? today,
            By = actor,
        }, []);
    }

    private static void Bounded(List<RegistryError> errors, string field, string? value, int max)
    {
        if ((value?.Trim().Length ?? 0) > max)
        {
            errors.Add(new RegistryError(field, "toolong", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
