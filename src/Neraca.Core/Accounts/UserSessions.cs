using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>One signed-in browser session. The cookie carries only its id; the row decides whether it is still valid.</summary>
public sealed class UserSession
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? EndedAtUtc { get; set; }
}

/// <summary>
/// Server-side sessions (decision 0020): signing out ends the row, so a copied cookie stops working at once,
/// and a password change can end every other session while keeping the current one.
/// </summary>
public static class UserSessions
{
    /// <summary>Rows older than this are deleted when someone signs in (no session lives longer: absolute timeout).</summary>
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(2);

    public static async Task<Guid> StartAsync(NeracaDb db, string userId, CancellationToken ct = default)
    {
        var now = DateTime.UtcNow;
        var old = now - KeepFor;
        await db.UserSessions.Where(s => s.CreatedAtUtc < old).ExecuteDeleteAsync(ct);
        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedAtUtc = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    public static Task<bool> IsActiveAsync(NeracaDb db, Guid id, string userId, CancellationToken ct = default) =>
        db.UserSessions.AnyAsync(s => s.Id == id && s.UserId == userId && s.EndedAtUtc == null, ct);

    public static Task<int> EndAsync(NeracaDb db, Guid id, CancellationToken ct = default)
    {
        var now = DateTime.UtcNow;
        return db.UserSessions.Where(s => s.Id == id && s.EndedAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAtUtc, now), ct);
    }

    /// <summary>Ends every open session of the user, except <paramref name="keep"/> (the one making the change).</summary>
    public static Task<int> EndAllAsync(NeracaDb db, string userId, Guid? keep = null, CancellationToken ct = default)
    {
        var now = DateTime.UtcNow;
        return db.UserSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAtUtc, now), ct);
    }
}
