using Neraca.Programs;
using Neraca.Registry;

namespace Neraca.Tests.Programs;

public class ProgramRulesTests
{
    [Fact]
    public void Apply_DatesReversed_EndDateErrorInBothLanguages()
    {
        var p = new TrainingProgram { ProvinceCode = 18 };

        var errors = ProgramRules.Apply(p, ProgramSamples.Input(start: new DateOnly(2025, 5, 1), end: new DateOnly(2025, 4, 1)));

        var e = Assert.Single(errors);
        Assert.Equal("endDate", e.Field);
        Assert.Equal("the end date is before the start date", e.Reason);
        Assert.Equal("tanggal selesai sebelum tanggal mulai", e.Text(System.Globalization.CultureInfo.GetCultureInfo("id")));
        Assert.Equal("", p.Name);
    }

    [Fact]
    public void Apply_QuotaZero_QuotaError()
    {
        var errors = ProgramRules.Apply(new TrainingProgram { ProvinceCode = 18 }, ProgramSamples.Input(quota: 0));

        Assert.Equal("quota", Assert.Single(errors).Field);
    }

    [Fact]
    public void Apply_UnknownKindAndRegencyOfAnotherProvince_BothNamed()
    {
        var errors = ProgramRules.Apply(new TrainingProgram { ProvinceCode = 18 }, ProgramSamples.Input(kind: "party", regency: 3171));

        Assert.Equal(["kind", "regencyCode"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("trade-fair", errors.Single(e => e.Field == "kind").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NoPlaceNotOnline_PlaceError()
    {
        var errors = ProgramRules.Apply(new TrainingProgram { ProvinceCode = 18 }, ProgramSamples.Input(regency: null, online: false));

        Assert.Equal("regencyCode", Assert.Single(errors).Field);
    }

    [Fact]
    public void Apply_ValidInput_FieldsSetAndDefaultCompletionRule()
    {
        var p = new TrainingProgram { ProvinceCode = 18 };

        var errors = ProgramRules.Apply(p, ProgramSamples.Input(kind: "Trade-Fair"));

        Assert.Empty(errors);
        Assert.Equal(ProgramKind.TradeFair, p.Kind);
        Assert.Equal("packaging", p.FocusAreas);
        Assert.Equal(75m, p.CompletionAttendancePercent);
        Assert.True(p.CompletionNeedsPostTest);
    }

    [Fact]
    public void Messages_EveryCode_HasIndonesianAndEnglish()
    {
        var id = System.Globalization.CultureInfo.GetCultureInfo("id");
        foreach (var code in ProgramMessages.Codes)
        {
            var args = new[] { "1", "2" };
            Assert.NotEqual(ProgramMessages.Format(code, args, id), ProgramMessages.Format(code, args, RegistryMessages.English));
        }
    }

    [Fact]
    public void Status_SkipOrBackwards_RefusedOneStepAllowed()
    {
        var p = ProgramSamples.Program();
        p.Status = ProgramStatus.Draft;

        Assert.Single(ProgramStatusRules.Move(p, ProgramStatus.Running, new DateOnly(2025, 2, 1)));
        Assert.Empty(ProgramStatusRules.Move(p, ProgramStatus.Open, new DateOnly(2025, 2, 1)));
        Assert.Equal(new DateOnly(2025, 2, 1), p.OpenedOn);
        Assert.Single(ProgramStatusRules.Move(p, ProgramStatus.Draft, new DateOnly(2025, 2, 2)));
    }
}
