using Neraca.Programs;
using Neraca.Registry;

namespace Neraca.Tests.Programs;

public class EligibilityTests
{
    private static readonly DateOnly Today = new(2025, 2, 1);

    [Fact]
    public void Check_NoRestrictions_VerifiedBusinessOfProvinceEligible() =>
        Assert.Empty(Eligibility.Check(ProgramSamples.Program(), ProgramSamples.Business(1), Today));

    [Fact]
    public void Check_EveryRestrictionFailed_EveryFailureListed()
    {
        var p = ProgramSamples.Program();
        p.EligibleScales = "small";
        p.EligibleKinds = "umkm";
        p.EligibleHsChapters = "09";
        p.EligibleBands = "potensial";
        p.RequiredCertifications = "halal";
        var b = ProgramSamples.Business(1, "leg_nib"); // micro (capital 100 M), IKM, no products, belum siap, no certificate
        b.ProvinceCode = 31;
        b.Verification = Verification.Pending;

        var failures = Eligibility.Check(p, b, Today);

        Assert.Equal(Enum.GetValues<EligibilityFailure>(), failures);
    }

    [Fact]
    public void Check_HalalRequiredButExpired_NotEligible()
    {
        var p = ProgramSamples.Program();
        p.RequiredCertifications = "halal";
        var b = ProgramSamples.Business(1);
        b.Certifications.Add(new Certification { Type = CertificationType.Halal, ExpiresOn = Today.AddDays(-1) });

        Assert.Equal([EligibilityFailure.Certification], Eligibility.Check(p, b, Today));

        b.Certifications[0].ExpiresOn = Today.AddYears(1);
        Assert.Empty(Eligibility.Check(p, b, Today));
    }

    [Fact]
    public void Check_ProductInChapter_Eligible()
    {
        var p = ProgramSamples.Program();
        p.EligibleHsChapters = "09,20";
        var b = ProgramSamples.Business(1);
        b.Products.Add(new Product { HsCode = "20089990" });

        Assert.Empty(Eligibility.Check(p, b, Today));
    }
}
