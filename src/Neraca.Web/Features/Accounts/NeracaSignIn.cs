using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Neraca.Accounts;

namespace Neraca.Web.Features.Accounts;

/// <summary>Claims every session carries: province scope, display name, whether TOTP is on.</summary>
public sealed class NeracaClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "neraca:name";
    public const string TwoFactorClaim = "neraca:2fa";
    public const string AuthTimeClaim = "neraca:auth_time";
    public const string TokenClaim = "neraca:token";
    public const string MustChangePasswordClaim = "neraca:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ProvinceCode is short code)
        {
            identity.AddClaim(new Claim(ProvinceScope.ClaimType, code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        identity.AddClaim(new Claim(MustChangePasswordClaim, user.MustChangePassword ? "true" : "false"));
        return identity;
    }
}

/// <summary>A disabled account cannot sign in, and its open sessions end at the next stamp check.</summary>
public sealed class NeracaSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
