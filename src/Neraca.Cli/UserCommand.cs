using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Cli;

/// <summary>`neraca user add|list|disable|passwd|reset|unlock` and `neraca token create`: accounts without the web app (e.g. the first admin).</summary>
internal static class UserCommand
{
    private static readonly Option<string> Email = new("--email") { Description = "the user's e-mail (also the login name)", Required = true };
    private static readonly Option<string> Role = new("--role") { Description = "admin|analyst|officer|business", Required = true };
    private static readonly Option<short?> Province = new("--province") { Description = "BPS province code (e.g. 18); omit for a national user" };
    private static readonly Option<string?> Name = new("--name") { Description = "display name" };
    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "read the password from standard input instead of prompting" };
    private static readonly Option<string> TokenName = new("--name") { Description = "what the token is for", Required = true };
    private static readonly Option<string> TokenUser = new("--user") { Description = "the user's e-mail", Required = true };

    public static Command CreateUser()
    {
        var add = new Command("add", "Create a user; the password is prompted for (or read with --password-stdin), never passed on the command line")
        {
            Email, Role, Province, Name, PasswordStdin,
        };
        add.SetAction(AddAsync);
        var list = new Command("list", "List users with role, province and status");
        list.SetAction(ListAsync);
        var disable = new Command("disable", "Disable a user (signs them out everywhere)") { Email };
        disable.SetAction(DisableAsync);
        var passwd = new Command("passwd", "Set a user's password (prompted, or --password-stdin); unlocks and signs them out everywhere") { Email, PasswordStdin };
        passwd.SetAction((r, ct) => SetPasswordAsync(r, mustChange: false, ct));
        var reset = new Command("reset", "Set a temporary password the user must change at the next sign-in; unlocks and signs them out everywhere") { Email, PasswordStdin };
        reset.SetAction((r, ct) => SetPasswordAsync(r, mustChange: true, ct));
        var unlock = new Command("unlock", "Lift a lockout after too many wrong passwords") { Email };
        unlock.SetAction(UnlockAsync);
        return new Command("user", "Manage user accounts") { add, list, disable, passwd, reset, unlock };
    }

    public static Command CreateToken()
    {
        var create = new Command("create", "Create an API token for a user; prints it once (only its hash is stored)") { TokenUser, TokenName };
        create.SetAction(TokenCreateAsync);
        return new Command("token", "Manage API tokens") { create };
    }

    private static async Task<int> AddAsync(ParseResult result, CancellationToken ct)
    {
        var password = result.GetValue(PasswordStdin) ? (await Console.In.ReadLineAsync(ct) ?? "") : Prompt();
        await using var db = await CliOptions.OpenAsync(result, ct);
        db.AuditActor = Actor;
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (user, errors) = await accounts.CreateUserAsync(result.GetValue(Email)!, result.GetValue(Role)!, result.GetValue(Province), result.GetValue(Name), password);
        if (user is null || errors.Count > 0)
        {
            foreach (var e in errors)
            {
                await Console.Error.WriteLineAsync(e);
            }

            return 1;
        }

        Console.WriteLine($"created {user.Email} ({result.GetValue(Role)}, {(user.ProvinceCode?.ToString(CultureInfo.InvariantCulture) ?? "national")})");
        if (result.GetValue(Role) == Roles.Admin)
        {
            Console.WriteLine("admins must enrol an authenticator app (TOTP) at /account/2fa-setup after the first sign-in");
        }

        return 0;
    }

    private static async Task<int> ListAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        foreach (var u in await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct))
        {
            var role = string.Join('+', roles.Where(r => r.UserId == u.Id).Select(r => r.Name));
            Console.WriteLine(string.Join('\t', u.Email, role, u.ProvinceCode?.ToString(CultureInfo.InvariantCulture) ?? "national",
                u.IsDisabled ? "disabled" : "active", u.TwoFactorEnabled ? "totp" : "no-totp", u.DisplayName));
        }

        return 0;
    }

    private static async Task<int> DisableAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        db.AuditActor = Actor;
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(result.GetValue(Email)!);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"no user {result.GetValue(Email)}");
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(user, true);
        Console.WriteLine($"disabled {user.Email}");
        return 0;
    }

    private static async Task<int> SetPasswordAsync(ParseResult result, bool mustChange, CancellationToken ct)
    {
        var password = result.GetValue(PasswordStdin) ? (await Console.In.ReadLineAsync(ct) ?? "") : Prompt();
        await using var db = await CliOptions.OpenAsync(result, ct);
        db.AuditActor = Actor;
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(result.GetValue(Email)!);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"no user {result.GetValue(Email)}");
            return 1;
        }

        var errors = await scope.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(user, password, mustChange, ct);
        foreach (var e in errors)
        {
            await Console.Error.WriteLineAsync(e.Description);
        }

        if (errors.Count > 0)
        {
            return 1;
        }

        Console.WriteLine(mustChange ? $"reset {user.Email}: must choose a new password at the next sign-in" : $"password set for {user.Email}");
        return 0;
    }

    private static async Task<int> UnlockAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        db.AuditActor = Actor;
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(result.GetValue(Email)!);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"no user {result.GetValue(Email)}");
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<AccountService>().UnlockAsync(user, ct);
        Console.WriteLine($"unlocked {user.Email}");
        return 0;
    }

    private static async Task<int> TokenCreateAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        db.AuditActor = Actor;
        await using var services = AccountSetup.BuildCliServices(db);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(result.GetValue(TokenUser)!);
        if (user is null || user.IsDisabled)
        {
            await Console.Error.WriteLineAsync($"no active user {result.GetValue(TokenUser)}");
            return 1;
        }

        var (_, secret) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateTokenAsync(user, result.GetValue(TokenName)!, ct);
        Console.WriteLine(secret);
        await Console.Error.WriteLineAsync("shown once: send it as 'Authorization: Bearer <token>'");
        return 0;
    }

    private static string Actor() => $"cli:{Environment.UserName}";

    private static string Prompt()
    {
        if (Console.IsInputRedirected)
        {
            throw new InvalidOperationException("no terminal to prompt on: use --password-stdin");
        }

        string Read(string label)
        {
            Console.Error.Write(label);
            var chars = new List<char>();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    Console.Error.WriteLine();
                    return new string([.. chars]);
                }

                if (key.Key == ConsoleKey.Backspace && chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    chars.Add(key.KeyChar);
                }
            }
        }

        var first = Read("password: ");
        var second = Read("again: ");
        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the two passwords differ");
        }

        return first;
    }
}
