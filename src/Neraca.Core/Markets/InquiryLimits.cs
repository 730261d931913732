namespace Neraca.Markets;

/// <summary>Size limits of the public inquiry form: the form, the validation and the columns use the same numbers.</summary>
public static class InquiryLimits
{
    public const int ProductText = 500;
    public const int Short = 200;
    public const int Email = 254;
    public const int Note = 1000;

    /// <summary>The whole form body: anything larger is refused before it is read.</summary>
    public const int RequestBytes = 16 * 1024;

    /// <summary>How long the e-mailed confirmation link works.</summary>
    public static readonly TimeSpan ConfirmFor = TimeSpan.FromHours(48);

    /// <summary>Inquiries without an officer's action for this many days need follow-up.</summary>
    public const int IdleDays = 14;
}
