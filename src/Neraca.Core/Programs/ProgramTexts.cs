namespace Neraca.Programs;

/// <summary>Names of kinds, focus areas, statuses and eligibility failures in Bahasa Indonesia and English (one home for the API, pages and CLI).</summary>
public static class ProgramTexts
{
    public static string Kind(ProgramKind k, bool english) => k switch
    {
        ProgramKind.Training => english ? "training" : "pelatihan",
        ProgramKind.Mentoring => english ? "mentoring" : "pendampingan",
        ProgramKind.ProductCuration => english ? "product curation" : "kurasi produk",
        ProgramKind.TradeFair => english ? "trade fair" : "pameran",
        ProgramKind.BusinessMatching => english ? "business matching" : "temu bisnis (business matching)",
        ProgramKind.TradeMission => english ? "trade mission" : "misi dagang",
        _ => english ? "certification support" : "fasilitasi sertifikasi",
    };

    public static string Focus(FocusArea f, bool english) => f switch
    {
        FocusArea.HumanResources => english ? "human resources" : "SDM",
        FocusArea.ProductQuality => english ? "product quality" : "kualitas produk",
        FocusArea.Packaging => english ? "packaging" : "kemasan",
        FocusArea.Marketing => english ? "marketing and digital" : "pemasaran dan digital",
        FocusArea.ExportProcedures => english ? "export procedures" : "prosedur ekspor",
        _ => english ? "finance" : "keuangan",
    };

    public static string Status(ProgramStatus s, bool english) => s switch
    {
        ProgramStatus.Draft => english ? "draft" : "draf",
        ProgramStatus.Open => english ? "open" : "dibuka",
        ProgramStatus.Running => english ? "running" : "berjalan",
        _ => english ? "closed" : "ditutup",
    };

    public static string Enrolment(EnrolmentStatus s, bool english) => s switch
    {
        EnrolmentStatus.Invited => english ? "invited" : "diundang",
        EnrolmentStatus.Applied => english ? "applied" : "mendaftar",
        EnrolmentStatus.Selected => english ? "selected" : "terpilih",
        EnrolmentStatus.WaitingList => english ? "waiting list" : "daftar tunggu",
        _ => english ? "declined" : "tidak dipilih",
    };

    /// <summary>The same names from the codes the program views carry (`trade-fair`, `waiting-list`).</summary>
    public static string Kind(string code, bool english) => Kind(Registry.EnumText.Parse<ProgramKind>(code), english);

    public static string Focus(string code, bool english) => Focus(Registry.EnumText.Parse<FocusArea>(code), english);

    public static string Status(string code, bool english) => Status(Registry.EnumText.Parse<ProgramStatus>(code), english);

    public static string Enrolment(string code, bool english) => Enrolment(Registry.EnumText.Parse<EnrolmentStatus>(code), english);

    public static string Failure(EligibilityFailure f, bool english) => f switch
    {
        EligibilityFailure.Province => english ? "another province" : "provinsi lain",
        EligibilityFailure.NotVerified => english ? "not verified" : "belum terverifikasi",
        EligibilityFailure.Scale => english ? "scale" : "skala usaha",
        EligibilityFailure.Kind => english ? "IKM/UMKM" : "IKM/UMKM",
        EligibilityFailure.HsChapter => english ? "HS chapter of its products" : "bab HS produknya",
        EligibilityFailure.Band => english ? "readiness band" : "tingkat kesiapan",
        _ => english ? "required certificate" : "sertifikat wajib",
    };
}
