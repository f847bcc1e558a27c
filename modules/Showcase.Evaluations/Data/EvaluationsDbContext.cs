using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Data;

public abstract class EvaluationsDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "Eval";

    public static string Schema => "evaluations";

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<Stage> Stages => Set<Stage>();

    public DbSet<StageCriterion> Criteria => Set<StageCriterion>();

    public DbSet<StageJudge> StageJudges => Set<StageJudge>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<PanelSeat> Seats => Set<PanelSeat>();

    public DbSet<EntryConflict> Conflicts => Set<EntryConflict>();

    public DbSet<JudgeScorecard> Scorecards => Set<JudgeScorecard>();

    public DbSet<LedgerRow> Ledger => Set<LedgerRow>();

    public DbSet<RecordedDecision> Decisions => Set<RecordedDecision>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<SubmissionReceipt> Receipts => Set<SubmissionReceipt>();

    public DbSet<RoundTransition> Transitions => Set<RoundTransition>();

    public DbSet<PublishedResults> Results => Set<PublishedResults>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Round>(e =>
        {
            e.ToTable("Rounds");
            e.Property(r => r.Code).HasMaxLength(64);
            e.HasIndex(r => r.Code).IsUnique();
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(24);
            e.Property(r => r.OpenStage).HasMaxLength(64);
            e.Property(r => r.BandsJson).HasMaxLength(4000);
            e.Property(r => r.LedgerHash).HasMaxLength(64);
            e.Ignore(r => r.Schedule);
        });
        modelBuilder.Entity<Stage>(e =>
        {
            e.ToTable("Stages");
            e.Property(s => s.Key).HasMaxLength(64);
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Method).HasConversion<string>().HasMaxLength(24);
            e.Property(s => s.PanelMode).HasConversion<string>().HasMaxLength(24);
            e.Property(s => s.BandsJson).HasMaxLength(4000);
            e.HasIndex(s => new { s.RoundId, s.Key }).IsUnique();
            e.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.StageId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Judges).WithOne().HasForeignKey(j => j.StageId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Round>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StageCriterion>(e =>
        {
            e.ToTable("Criteria");
            e.Property(c => c.Key).HasMaxLength(64);
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.Description).HasMaxLength(2000);
            e.HasIndex(c => new { c.StageId, c.Key }).IsUnique();
        });
        modelBuilder.Entity<StageJudge>(e =>
        {
            e.ToTable("StageJudges");
            e.Property(j => j.Judge).HasMaxLength(256);
            e.HasIndex(j => new { j.StageId, j.Judge }).IsUnique();
        });
        modelBuilder.Entity<Entry>(e =>
        {
            e.ToTable("Entries");
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.BrandCode).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.CommunityCode).HasMaxLength(64);
            e.Property(x => x.DistrictCode).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.StatusReason).HasMaxLength(2000);
            e.Property(x => x.AppliedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.RoundId, x.Code }).IsUnique();
            // One entry per brand per round.
            e.HasIndex(x => new { x.RoundId, x.BrandCode }).IsUnique();
            e.HasOne<Round>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PanelSeat>(e =>
        {
            e.ToTable("Seats");
            e.Property(s => s.EntryCode).HasMaxLength(64);
            e.Property(s => s.Judge).HasMaxLength(256);
            e.HasIndex(s => new { s.StageId, s.EntryCode, s.Judge }).IsUnique();
            e.HasIndex(s => new { s.StageId, s.Judge });
            e.HasOne<Stage>().WithMany().HasForeignKey(s => s.StageId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EntryConflict>(e =>
        {
            e.ToTable("Conflicts");
            e.Property(c => c.Judge).HasMaxLength(256);
            e.Property(c => c.EntryCode).HasMaxLength(64);
            e.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Reason).HasMaxLength(1000);
            e.Property(c => c.RecordedBy).HasMaxLength(256);
            e.HasIndex(c => new { c.RoundId, c.Judge, c.EntryCode, c.Source }).IsUnique();
            e.HasOne<Round>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<JudgeScorecard>(e =>
        {
            e.ToTable("Scorecards");
            e.Property(s => s.StageKey).HasMaxLength(64);
            e.Property(s => s.EntryCode).HasMaxLength(64);
            e.Property(s => s.Judge).HasMaxLength(256);
            e.Property(s => s.SubmittedJson).HasMaxLength(4000);
            e.Property(s => s.DraftJson).HasMaxLength(4000);
            e.Property(s => s.Comment).HasMaxLength(4000);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.HasIndex(s => new { s.RoundId, s.StageKey, s.EntryCode, s.Judge }).IsUnique();
            e.HasIndex(s => new { s.RoundId, s.Judge });
            // Standings carried forward read the scorecards changed since a revision.
            e.HasIndex(s => new { s.RoundId, s.RoundRevision });
            e.HasOne<Round>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LedgerRow>(e =>
        {
            e.ToTable("Ledger");
            e.Property(l => l.Hash).HasMaxLength(64);
            // The chain has no gaps and no second event at a sequence, whatever runs at once.
            e.HasIndex(l => new { l.RoundId, l.Sequence }).IsUnique();
            e.HasOne<Round>().WithMany().HasForeignKey(l => l.RoundId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RecordedDecision>(e =>
        {
            e.ToTable("Decisions");
            e.Property(d => d.Band).HasMaxLength(64);
            e.Property(d => d.Order).HasMaxLength(2000);
            e.Property(d => d.Reason).HasMaxLength(2000);
            e.Property(d => d.DecidedBy).HasMaxLength(256);
            e.HasIndex(d => new { d.RoundId, d.Band }).IsUnique();
            e.HasOne<Round>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Objection>(e =>
        {
            e.ToTable("Objections");
            e.Property(o => o.Reference).HasMaxLength(80);
            e.HasIndex(o => o.Reference).IsUnique();
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.Contact).HasMaxLength(200);
            e.Property(o => o.Text).HasMaxLength(4000);
            e.Property(o => o.StageKey).HasMaxLength(64);
            e.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.Resolution).HasMaxLength(2000);
            e.Property(o => o.ResolvedBy).HasMaxLength(256);
            e.HasIndex(o => new { o.RoundId, o.State });
            e.HasOne<Round>().WithMany().HasForeignKey(o => o.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SubmissionReceipt>(e =>
        {
            e.ToTable("Receipts");
            e.Property(r => r.Key).HasMaxLength(100);
            e.HasIndex(r => new { r.Judge, r.Key }).IsUnique();
            e.Property(r => r.StageKey).HasMaxLength(64);
            e.Property(r => r.EntryCode).HasMaxLength(64);
            e.Property(r => r.Judge).HasMaxLength(256);
            e.Property(r => r.ScoresJson).HasMaxLength(4000);
            e.HasOne<Round>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RoundTransition>(e =>
        {
            e.ToTable("Transitions");
            e.Property(t => t.From).HasConversion<string>().HasMaxLength(24);
            e.Property(t => t.To).HasConversion<string>().HasMaxLength(24);
            e.Property(t => t.Stage).HasMaxLength(64);
            e.Property(t => t.Reason).HasMaxLength(2000);
            e.Property(t => t.Actor).HasMaxLength(256);
            e.HasIndex(t => t.RoundId);
            e.HasOne<Round>().WithMany().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PublishedResults>(e =>
        {
            e.ToTable("Results");
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(24);
            e.Property(r => r.Digest).HasMaxLength(64);
            e.Property(r => r.LedgerHash).HasMaxLength(64);
            e.HasIndex(r => r.RoundId);
            e.HasOne<Round>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.UseModuleNaming<EvaluationsDbContext>(Database);
    }
}

public sealed class SqliteEvaluationsDbContext(DbContextOptions<SqliteEvaluationsDbContext> options) : EvaluationsDbContext(options);

public sealed class PostgresEvaluationsDbContext(DbContextOptions<PostgresEvaluationsDbContext> options) : EvaluationsDbContext(options);
