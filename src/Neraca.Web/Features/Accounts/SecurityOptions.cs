using Neraca.Accounts;

namespace Neraca.Web.Features.Accounts;

/// <summary>Sign-in and session settings, section `Neraca:Security`.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Neraca:Security";

    /// <summary>Wrong passwords (or codes) in a row before the account is locked for 15 minutes.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>Login attempts (POST) per minute and IP address.</summary>
    public int LoginPermitsPerMinute { get; set; } = 10;

    /// <summary>API requests per minute and IP address.</summary>
    public int ApiPermitsPerMinute { get; set; } = 120;

    /// <summary>Signed out after this long without a request (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Signed out this long after signing in, however active.</summary>
    public double AbsoluteTimeoutHours { get; set; } = 8;

    /// <summary>How often a session re-checks the account (password change or disable signs it out).</summary>
    public int StampValidationSeconds { get; set; } = 60;

    /// <summary>Days the per-address/minute counts of refused anonymous requests are kept (DeniedRequestCleanup).</summary>
    public int DeniedRequestRetentionDays { get; set; } = (int)DeniedRequests.DefaultRetention.TotalDays;
}
