using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>ASP.NET Core Identity on the core's DbContext, cookie sign-in, lockout, permissions, the first administrator.</summary>
    public static WebApplicationBuilder AddShowcaseIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Keys in the database: every node reads the same cookies, and a restart signs nobody out. Encrypted at rest
        // with a certificate every node has, when one is configured; otherwise a start-up warning says how.
        var keyOptions = builder.Configuration.GetSection(DataProtectionKeyOptions.Section).Get<DataProtectionKeyOptions>() ?? new DataProtectionKeyOptions();
        services.AddOptions<DataProtectionKeyOptions>().BindConfiguration(DataProtectionKeyOptions.Section);
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("Showcase")
            .PersistKeysToDbContext<CoreDbContext>();
        if (!string.IsNullOrWhiteSpace(keyOptions.CertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(keyOptions.CertificatePath, keyOptions.CertificatePassword));
        }

        services.AddScoped<IStartupTask, DataProtectionKeysStartupTask>();

        services
            .AddIdentity<ShowcaseUser, Microsoft.AspNetCore.Identity.IdentityRole>(options =>
            {
                // Length over composition (NIST 800-63B): 10 characters with a letter and a digit.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CoreDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<ShowcaseClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Showcase.Identity";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // A signed-in user without the permission gets 403 at the address they asked for; the
            // status code page then explains it in the page's theme.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };

            // A lock, a new temporary password or a role change signs the user out on their next request.
            options.Events.OnValidatePrincipal = SignedInUserCheck.ValidateAsync;
        });

        // Claims of signed-in users are rebuilt from the database at most once a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(options => options.Cookie.Name = ".Showcase.Antiforgery");

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SignedInUserCheckOptions>().BindConfiguration(SignedInUserCheckOptions.Section);
        services.AddSingleton<UserAccessCache>();
        services.AddSingleton<UserAccessInvalidator>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<UserAccessInvalidator>());
        services.AddShowcasePermissions();

        // Every page under Pages/Admin, of any module, is for staff only; pages add their own permission.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Admin", CorePermissions.AccessAdmin.Name));
        services.AddScoped<IdentityStartupCheck>();
        services.AddScoped<IStartupTask, RolesStartupTask>();
        services.AddScoped<IStartupTask, FirstAdministratorStartupTask>();
        services.AddScoped<IRecipeStep, UsersRecipeStep>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IAdminMenu, UsersAdminMenu>();
        // The audit log page is read with the same sign-in and policies as the users' pages.
        services.AddScoped<IAdminMenu, Audit.AuditAdminMenu>();
        services.AddScoped<UserUnits>();
        return builder;
    }
}
