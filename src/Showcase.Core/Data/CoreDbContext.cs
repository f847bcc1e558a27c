using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Settings;
using Showcase.Core.Api;
using Showcase.Core.Audit;
using Showcase.Core.Content;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Outbox;
using Showcase.Core.Settings;

namespace Showcase.Core.Data;

/// <summary>The core's own tables: identity, site settings, content versions, audit log, API keys, data-protection keys.</summary>
public abstract class CoreDbContext(DbContextOptions options)
    : IdentityDbContext<ShowcaseUser, IdentityRole, string>(options), IModuleDbContext, IDataProtectionKeyContext
{
    public static string TablePrefix => "Core";

    public static string Schema => "core";

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ShowcaseUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.UnitCode).HasMaxLength(64);
        });
        builder.Entity<SiteSettings>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.SiteName).HasMaxLength(200);
            e.Property(s => s.DefaultTheme).HasMaxLength(200);
            e.Property(s => s.ContactLine).HasMaxLength(500);
            e.Property(s => s.Organiser).HasMaxLength(200);
            e.Property(s => s.IcpNumber).HasMaxLength(100);
        });
        builder.Entity<ContentVersion>(e =>
        {
            e.HasKey(v => v.Id);
            e.Property(v => v.ContentType).HasMaxLength(64);
            e.Property(v => v.ContentId).HasMaxLength(128);
            e.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
            e.Property(v => v.Author).HasMaxLength(256);
            e.HasIndex(v => new { v.ContentType, v.ContentId, v.Number }).IsUnique();
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(128);
            e.Property(a => a.Target).HasMaxLength(256);
            e.HasIndex(a => a.AtUtc);
        });
        builder.Entity<ApiKey>(e =>
        {
            e.HasKey(k => k.Id);
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.Scopes).HasMaxLength(500);
            e.HasIndex(k => k.Hash).IsUnique();
            e.HasIndex(k => k.Name).IsUnique();
        });
        builder.Entity<OutboxMessage>(e =>
        {
            e.HasKey(m => m.Id);
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(m => m.Type).HasMaxLength(400);
            e.Property(m => m.ClaimedBy).HasMaxLength(200);
            e.HasIndex(m => m.ClaimedUntil);
        });
        builder.UseModuleNaming<CoreDbContext>(Database);
    }
}

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options);

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options);
