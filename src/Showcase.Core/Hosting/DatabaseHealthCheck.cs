using Microsoft.Extensions.Diagnostics.HealthChecks;
using Showcase.Core.Data;

namespace Showcase.Core.Hosting;

/// <summary>Healthy while the database answers a query on the connection every module context uses.</summary>
internal sealed class DatabaseHealthCheck(DbSession session) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (session.Connection.State != System.Data.ConnectionState.Open)
            {
                await session.Connection.OpenAsync(cancellationToken);
            }

            await using var command = session.Connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{session.Provider} answers.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{session.Provider} does not answer: {e.Message}", e);
        }
    }
}
