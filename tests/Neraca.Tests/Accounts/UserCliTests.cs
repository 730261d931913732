using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Accounts;

/// <summary>`neraca user add|list|disable` and `neraca token create`, in-process with the console redirected.</summary>
[Collection(ConsoleCollection.Name)]
public class UserCliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string? stdin, params string[] args)
    {
        var (input, stdout, stderr) = (Console.In, Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetIn(new StringReader(stdin ?? ""));
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await Neraca.Cli.Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UserAddListDisable_AndTokenCreate_Work(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var add = await RunAsync("tapis lampung motif kapal emas\n", "user", "add", "--email", "first@lampung.go.id", "--role", "admin",
            "--name", "Admin Pertama", "--password-stdin", "--db", database.ConnectionString);
        var weak = await RunAsync("password1234\n", "user", "add", "--email", "weak@lampung.go.id", "--role", "analyst",
            "--province", "18", "--password-stdin", "--db", database.ConnectionString);
        var token = await RunAsync(null, "token", "create", "--user", "first@lampung.go.id", "--name", "ci", "--db", database.ConnectionString);
        var disable = await RunAsync(null, "user", "disable", "--email", "first@lampung.go.id", "--db", database.ConnectionString);
        var list = await RunAsync(null, "user", "list", "--db", database.ConnectionString);

        Assert.True(add.Exit == 0, add.Err);
        Assert.Equal(1, weak.Exit);
        Assert.Contains("too common", weak.Err, StringComparison.Ordinal);
        Assert.Equal(0, token.Exit);
        Assert.StartsWith(AccountService.TokenPrefix, token.Out.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, disable.Exit);
        Assert.Contains("first@lampung.go.id\tadmin\tnational\tdisabled", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("weak@", list.Out, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(AccountService.HashToken(token.Out.Trim()), (await db.ApiTokens.SingleAsync()).Hash);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor.StartsWith("cli:") && a.Entity == "app_user" && a.Action == AuditActions.Create));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UserPasswdResetUnlock_Work_AndAreAudited(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var db1 = database.ConnectionString;
        Assert.Equal(0, (await RunAsync("tapis lampung motif kapal emas\n", "user", "add", "--email", "u@lampung.go.id", "--role", "analyst", "--password-stdin", "--db", db1)).Exit);
        await using (var db = database.NewContext())
        {
            var u = await db.Users.SingleAsync();
            u.AccessFailedCount = 5;
            u.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        }

        var unlock = await RunAsync(null, "user", "unlock", "--email", "u@lampung.go.id", "--db", db1);
        await using (var db = database.NewContext())
        {
            Assert.Null((await db.Users.SingleAsync()).LockoutEnd);
        }

        var weak = await RunAsync("password1234\n", "user", "reset", "--email", "u@lampung.go.id", "--password-stdin", "--db", db1);
        var reset = await RunAsync("kopi robusta dari way kanan\n", "user", "reset", "--email", "u@lampung.go.id", "--password-stdin", "--db", db1);
        await using (var db = database.NewContext())
        {
            Assert.True((await db.Users.SingleAsync()).MustChangePassword);
        }

        var passwd = await RunAsync("lada hitam dari lampung timur\n", "user", "passwd", "--email", "u@lampung.go.id", "--password-stdin", "--db", db1);
        var missing = await RunAsync(null, "user", "unlock", "--email", "nobody@lampung.go.id", "--db", db1);

        Assert.True(unlock.Exit == 0, unlock.Err);
        Assert.Equal(1, weak.Exit);
        Assert.True(reset.Exit == 0, reset.Err);
        Assert.True(passwd.Exit == 0, passwd.Err);
        Assert.Equal(1, missing.Exit);
        await using (var db = database.NewContext())
        {
            var user = await db.Users.SingleAsync();
            Assert.False(user.MustChangePassword);
            var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<AppUser>();
            Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, "lada hitam dari lampung timur"));
            var actions = await db.AuditEntries.Where(a => a.Actor.StartsWith("cli:") && a.EntityId == user.Id).Select(a => a.Action).ToListAsync();
            Assert.Contains(AuditActions.Unlock, actions);
            Assert.Equal(2, actions.Count(a => a == AuditActions.PasswordReset));
        }
    }
}
