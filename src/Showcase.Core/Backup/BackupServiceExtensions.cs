using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;

namespace Showcase.Core.Backup;

public static class BackupServiceExtensions
{
    /// <summary>The <c>backup</c> and <c>restore</c> verbs (SQLite; on PostgreSQL they point to pg_dump/pg_restore).</summary>
    public static IServiceCollection AddShowcaseBackup(this IServiceCollection services)
    {
        services.AddScoped<ICommandVerb, BackupVerb>();
        services.AddScoped<ICommandVerb, RestoreVerb>();
        return services;
    }
}
