using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Settings;
using Showcase.Core.Data;

namespace Showcase.Core.Settings;

/// <summary>
/// Reads the one <see cref="SiteSettings"/> row for every page (layouts show the site name, the theme
/// selection needs the default theme), so it keeps a copy. Saving here replaces the copy at once; a
/// change saved by another node shows after at most <see cref="CacheLifetime"/>.
/// </summary>
public sealed class SiteSettingsStore(IServiceScopeFactory scopes, TimeProvider clock) : ISiteSettings, IDisposable
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Cached? _cached;

    /// <summary>The current settings (a copy: changing it changes nothing until <see cref="SaveAsync"/>).</summary>
    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var cached = _cached;
        if (cached is not null && cached.Until > clock.GetUtcNow())
        {
            return Copy(cached.Settings);
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            cached = _cached;
            if (cached is null || cached.Until <= clock.GetUtcNow())
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
                var settings = await ReadAsync(db, cancellationToken) ?? new SiteSettings();
                cached = new Cached(settings, clock.GetUtcNow() + CacheLifetime);
                _cached = cached;
            }

            return Copy(cached.Settings);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The row as every page's settings are read (EntityFrameworkWarmUp compiles this very query at start).</summary>
    internal static Task<SiteSettings?> ReadAsync(CoreDbContext db, CancellationToken cancellationToken) =>
        db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);

    /// <summary>Stores <paramref name="settings"/> with the audit line as one command, and serves the new values from now on.</summary>
    public async Task SaveAsync(SiteSettings settings, string actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CoreDbContext>();
        var saved = await services.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Id == 1, ct);
            if (row is null)
            {
                row = new SiteSettings { Id = 1 };
                db.SiteSettings.Add(row);
            }

            var changes = Describe(row, settings);
            row.SiteName = settings.SiteName;
            row.DefaultTheme = settings.DefaultTheme;
            row.ContactLine = settings.ContactLine;
            row.Organiser = settings.Organiser;
            row.IcpNumber = settings.IcpNumber;
            await services.GetRequiredService<IAuditLog>().WriteAsync(actor, "settings.update", "site", changes, ct);
            services.GetRequiredService<IUnitOfWork>().Raise(new SiteSettingsChanged());
            return Copy(row);
        }, cancellationToken);
        _cached = new Cached(saved, clock.GetUtcNow() + CacheLifetime);
    }

    /// <summary>Reads the settings again at the next request (another node, or a recipe, changed them).</summary>
    public void Invalidate() => _cached = null;

    private static string Describe(SiteSettings before, SiteSettings after)
    {
        var changed = new List<string>();
        if (before.SiteName != after.SiteName)
        {
            changed.Add($"siteName: {before.SiteName} -> {after.SiteName}");
        }

        if (before.DefaultTheme != after.DefaultTheme)
        {
            changed.Add($"defaultTheme: {before.DefaultTheme} -> {after.DefaultTheme}");
        }

        if (before.ContactLine != after.ContactLine)
        {
            changed.Add($"contactLine: {before.ContactLine} -> {after.ContactLine}");
        }

        if (before.Organiser != after.Organiser)
        {
            changed.Add($"organiser: {before.Organiser} -> {after.Organiser}");
        }

        if (before.IcpNumber != after.IcpNumber)
        {
            changed.Add($"icpNumber: {before.IcpNumber} -> {after.IcpNumber}");
        }

        return string.Join("; ", changed);
    }

    public void Dispose() => _loading.Dispose();

    private static SiteSettings Copy(SiteSettings s) => new() { Id = s.Id, SiteName = s.SiteName, DefaultTheme = s.DefaultTheme, ContactLine = s.ContactLine, Organiser = s.Organiser, IcpNumber = s.IcpNumber };

    private sealed record Cached(SiteSettings Settings, DateTimeOffset Until);
}
