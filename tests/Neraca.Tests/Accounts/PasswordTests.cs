using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

public class PasswordTests
{
    [Fact]
    public async Task PasswordHash_IsIdentityPbkdf2V3()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var user = await factory.CreateUserAsync(Roles.Analyst);

        await using var db = factory.Database.NewContext();
        var hash = db.Users.Single(u => u.Id == user.Id).PasswordHash!;

        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        Assert.DoesNotContain(NeracaWebFactory.Password, hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short pass", false)] // 10 characters
    [InlineData("password1234", false)] // blocklisted
    [InlineData("qwertyuiop123", false)]
    [InlineData("bismillah2024", false)]
    [InlineData("123456789012", false)]
    [InlineData("lampung coffee harbour sunrise", true)] // no composition rules: lower case and spaces are fine
    [InlineData("kopi robusta dari lampung barat enak sekali rasanya di pagi hari", true)] // 64 characters
    public async Task CreateUser_PasswordRules_FollowAsvs(string password, bool accepted)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var (user, errors) = await accounts.CreateUserAsync($"p{Guid.NewGuid():N}@test.go.id", Roles.Analyst, 18, null, password);

        Assert.Equal(accepted, user is not null && errors.Count == 0);
    }

    [Fact]
    public void Passphrase_Of64Characters_IsLongEnoughForTheTest()
    {
        Assert.Equal(64, "kopi robusta dari lampung barat enak sekali rasanya di pagi hari".Length);
        Assert.True(PasswordRules.BlocklistSize > 5_000);
        Assert.True(PasswordRules.MaxLength >= 64);
    }

    [Fact]
    public async Task PasswordValidator_RejectsOverTheMaximum()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var result = await new NeracaPasswordValidator().ValidateAsync(users, new AppUser { Email = "x@test.go.id" }, new string('k', PasswordRules.MaxLength + 1));

        Assert.False(result.Succeeded);
    }
}
