using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Core.Data;

namespace Showcase.Core.Identity;

/// <summary>
/// One plain SQL query, shared by the roles and first-administrator startup tasks, answers what both ask on every
/// restart: which roles exist and which of them has a user. Identity's managers (and a LINQ query each, compiled
/// on the start's critical path) are only brought in by the tasks when something is missing.
/// </summary>
internal sealed class IdentityStartupCheck(CoreDbContext db, DbSession session, ILookupNormalizer normalizer)
{
    private Dictionary<string, bool>? _roles;

    /// <summary>Whether the role named <paramref name="role"/> (not normalized) exists.</summary>
    public async Task<bool> RoleExistsAsync(string role, CancellationToken cancellationToken) =>
        (await RolesAsync(cancellationToken)).ContainsKey(Normalize(role));

    /// <summary>Whether at least one user has the role named <paramref name="role"/>.</summary>
    public async Task<bool> RoleHasUsersAsync(string role, CancellationToken cancellationToken) =>
        (await RolesAsync(cancellationToken)).TryGetValue(Normalize(role), out var hasUsers) && hasUsers;

    /// <summary>Forgets the answer after roles or role members were changed, so that the next question reads again.</summary>
    public void Forget() => _roles = null;

    private string Normalize(string role) => normalizer.NormalizeName(role) ?? role;

    private async Task<Dictionary<string, bool>> RolesAsync(CancellationToken cancellationToken)
    {
        if (_roles is { } known)
        {
            return known;
        }

        // Names from the model, so that the module naming of each provider (a prefix on SQLite, a schema on
        // PostgreSQL) and Identity's own column names stay the single source.
        var roles = StoreNames.Of<IdentityRole>(db);
        var members = StoreNames.Of<IdentityUserRole<string>>(db);

        if (session.Connection.State != System.Data.ConnectionState.Open)
        {
            await session.Connection.OpenAsync(cancellationToken);
        }

        await using DbCommand command = session.Connection.CreateCommand();
        command.Transaction = session.Transaction;
        command.CommandText =
            $"SELECT r.{roles.Column(nameof(IdentityRole.NormalizedName))}, " +
            $"CASE WHEN EXISTS (SELECT 1 FROM {members.Table} m " +
            $"WHERE m.{members.Column(nameof(IdentityUserRole<string>.RoleId))} = r.{roles.Column(nameof(IdentityRole.Id))}) THEN 1 ELSE 0 END " +
            $"FROM {roles.Table} r";
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.IsDBNull(0))
                {
                    result[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) != 0;
                }
            }
        }

        _roles = result;
        return result;
    }
}
