namespace Showcase.Abstractions.Data;

/// <summary>
/// Naming of a module's tables: <see cref="TablePrefix"/> on SQLite (<c>Org</c> gives <c>Org_Units</c>),
/// <see cref="Schema"/> on PostgreSQL. Implemented by every module's DbContext, which calls
/// <see cref="ModelBuilderExtensions.UseModuleNaming{TContext}"/> at the end of <c>OnModelCreating</c>.
/// </summary>
public interface IModuleDbContext
{
    static abstract string TablePrefix { get; }

    static abstract string Schema { get; }
}
