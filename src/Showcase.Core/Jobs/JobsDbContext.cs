using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Core.Data;

namespace Showcase.Core.Jobs;

/// <summary>
/// Owns the Quartz job store's tables (<c>Jobs_QRTZ_*</c> on SQLite, schema <c>jobs</c> on PostgreSQL).
/// It maps no entities: Quartz reads and writes the tables itself; this context exists so that the
/// tables are created and upgraded by our migrations, in module order, like every other table.
/// </summary>
public abstract class JobsDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "Jobs";

    public static string Schema => "jobs";

    /// <summary>Quartz's table prefix for the provider: the module prefix/schema, then Quartz's own <c>QRTZ_</c>.</summary>
    internal static string QuartzTablePrefix(bool postgres) => postgres ? $"{Schema}.qrtz_" : $"{TablePrefix}_QRTZ_";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleNaming<JobsDbContext>(Database);
    }
}

public sealed class SqliteJobsDbContext(DbContextOptions<SqliteJobsDbContext> options) : JobsDbContext(options);

public sealed class PostgresJobsDbContext(DbContextOptions<PostgresJobsDbContext> options) : JobsDbContext(options);
