using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Core.Jobs.Migrations.Postgres
{
    /// <summary>
    /// The two rows Quartz's clustered job store locks (SELECT … FOR UPDATE). Quartz inserts a missing one on first
    /// use, and two nodes starting together on a new database would both try; seeded here, every node finds them.
    /// </summary>
    public partial class SeedLockRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                INSERT INTO jobs.qrtz_locks (sched_name, lock_name)
                SELECT 'Showcase', l FROM (SELECT 'TRIGGER_ACCESS' AS l UNION ALL SELECT 'STATE_ACCESS') AS wanted
                WHERE NOT EXISTS (SELECT 1 FROM jobs.qrtz_locks t WHERE t.sched_name = 'Showcase' AND t.lock_name = wanted.l);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM jobs.qrtz_locks WHERE sched_name = 'Showcase' AND lock_name IN ('TRIGGER_ACCESS', 'STATE_ACCESS');");
        }
    }
}
