namespace Neraca.Registry;

public enum ExpiryStatus
{
    /// <summary>No expiry date (e.g. a PIRT without one recorded).</summary>
    NoExpiry,
    Valid,
    ExpiresSoon,
    Expired,
}

public static class CertificationExpiry
{
    public const int WarningDays = 90;

    /// <summary>Expired after the expiry day; "expires soon" from 90 days before it up to and including the day itself.</summary>
    public static ExpiryStatus Status(DateOnly? expiresOn, DateOnly today) => expiresOn switch
    {
        null => ExpiryStatus.NoExpiry,
        { } e when e < today => ExpiryStatus.Expired,
        { } e when e <= today.AddDays(WarningDays) => ExpiryStatus.ExpiresSoon,
        _ => ExpiryStatus.Valid,
    };
}
