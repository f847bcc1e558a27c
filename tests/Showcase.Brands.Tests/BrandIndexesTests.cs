using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Brands.Data;
using Showcase.Brands.Pages.Admin.Brands;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>
/// The indexes written by hand (EF Core 10 cannot declare one over a complex property's column, so no model check
/// would notice one missing): the admin list's year filter reads the founding-year index on both providers.
/// </summary>
public sealed class BrandIndexesTests
{
    [Fact]
    public async Task On_sqlite_the_admin_lists_years_come_from_the_founding_year_index_not_a_table_scan()
    {
        await using var host = await ShowcaseTestHost.StartAsync();

        var plan = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BrandsDbContext>();
            var sql = IndexModel.FoundingYears(db.Brands.AsNoTracking()).ToQueryString();
            return await ReadAsync(db, "EXPLAIN QUERY PLAN " + sql, column: 3);
        });

        string.Join(" / ", plan).ShouldContain("COVERING INDEX IX_Brand_Brands_YearFounded");
    }

    [SkippableFact]
    public async Task On_postgres_the_founding_year_is_indexed()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var host = await ShowcaseTestHost.StartAsync(settings: database.HostSettings);

        var definitions = await host.InScopeAsync(sp => ReadAsync(
            sp.GetRequiredService<BrandsDbContext>(),
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'brands' AND tablename = 'Brands'",
            column: 0));

        definitions.ShouldContain(d => d.Contains("IX_Brands_YearFounded") && d.Contains("(\"YearFounded\")"));
    }

    private static async Task<List<string>> ReadAsync(DbContext db, string sql, int column)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetValue(column).ToString()!);
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
