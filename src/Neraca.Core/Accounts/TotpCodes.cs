using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using OtpNet;

namespace Neraca.Accounts;

/// <summary>The last TOTP time step a user signed in with: a code is accepted only for a later step.</summary>
public sealed class TotpStep
{
    public string UserId { get; set; } = "";
    public long LastTimeStep { get; set; }
}

/// <summary>
/// TOTP (RFC 6238: 6 digits, 30 s, one step of clock drift either way) with replay protection: each code works
/// once, because the matched time step must be later than the last one used, checked and stored in one statement.
/// </summary>
public static class TotpCodes
{
    /// <summary>The time step the code matches for this Base32 key, or null.</summary>
    public static long? Match(string base32Key, string code, DateTime utcNow)
    {
        var digits = new string([.. (code ?? "").Where(char.IsAsciiDigit)]);
        if (digits.Length != 6 || string.IsNullOrEmpty(base32Key))
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        return totp.VerifyTotp(utcNow, digits, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    /// <summary>Records the step as used; false when it (or a later one) was used already.</summary>
    public static async Task<bool> TryUseAsync(NeracaDb db, string userId, long step, CancellationToken ct = default)
    {
        var updated = await db.TotpSteps.Where(t => t.UserId == userId && t.LastTimeStep < step)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastTimeStep, step), ct);
        if (updated == 1)
        {
            return true;
        }

        if (await db.TotpSteps.AnyAsync(t => t.UserId == userId, ct))
        {
            return false;
        }

        // First code of this user. Two requests racing here: the primary key lets only one insert win.
        try
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO totp_step (user_id, last_time_step) VALUES ({userId}, {step})", ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }
}
