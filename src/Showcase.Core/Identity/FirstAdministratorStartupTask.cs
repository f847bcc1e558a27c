using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Security;
using Showcase.Core.Hosting;

namespace Showcase.Core.Identity;

/// <summary>
/// When no administrator exists, creates <c>admin</c> with a random password, prints it once and
/// writes it to <c>{DataDir}/admin-password.txt</c>. The first sign-in must change it. There is no
/// default password anywhere.
/// </summary>
internal sealed class FirstAdministratorStartupTask(
    IdentityStartupCheck check,
    IServiceProvider services,
    IOptions<IdentityOptions> identity,
    IOptions<ShowcaseOptions> showcase,
    IAuditLog? audit = null) : IStartupTask
{
    public const string UserName = "admin";

    public const string PasswordFileName = "admin-password.txt";

    public int Order => -900;

    public static string PasswordFile(ShowcaseOptions options) => Path.Combine(Path.GetFullPath(options.DataDir), PasswordFileName);

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (context.PreparingDemoData)
        {
            return;
        }

        // On every restart an administrator exists: the shared check answers it, and the user manager is only made when not.
        if (await check.RoleHasUsersAsync(Roles.Administrator, cancellationToken))
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<ShowcaseUser>>();
        var password = TemporaryPassword.Generate(identity.Value.Password);
        var user = await users.FindByNameAsync(UserName);
        var verb = "created";
        if (user is null)
        {
            user = new ShowcaseUser { UserName = UserName, DisplayName = "系统管理员", MustChangePassword = true };
            IdentityResults.ThrowIfFailed(await users.CreateAsync(user, password), "create the first administrator");
        }
        else
        {
            // A user called admin without the role (every administrator was removed): give the site back an administrator.
            verb = "restored";
            user.MustChangePassword = true;
            IdentityResults.ThrowIfFailed(await users.RemovePasswordAsync(user), "reset the administrator's password");
            IdentityResults.ThrowIfFailed(await users.AddPasswordAsync(user, password), "reset the administrator's password");
            await users.SetLockoutEndDateAsync(user, null);
        }

        IdentityResults.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.Administrator), "make admin an administrator");
        check.Forget();

        var file = PasswordFile(showcase.Value);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, password + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await context.Output.WriteLineAsync($"Administrator '{UserName}' {verb}. Password: {password} (also in {file}; you must change it at first sign-in)");
        await context.Output.FlushAsync(cancellationToken);
        if (audit is not null)
        {
            await audit.WriteAsync("system", $"user.admin-{verb}", $"user/{UserName}", "", cancellationToken);
        }
    }
}
