using Microsoft.EntityFrameworkCore;

namespace Showcase.Benchmarks.StackApp;

public sealed class StackDbContext(DbContextOptions<StackDbContext> options) : DbContext(options)
{
    public DbSet<Thing> Things => Set<Thing>();
}
