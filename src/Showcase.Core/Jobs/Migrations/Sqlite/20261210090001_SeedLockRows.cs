using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Core.Jobs.Migrations.Sqlite
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
                INSERT INTO Jobs_QRTZ_LOCKS (SCHED_NAME, LOCK_NAME)
                SELECT 'Showcase', l FROM (SELECT 'TRIGGER_ACCESS' AS l UNION ALL SELECT 'STATE_ACCESS') AS wanted
                WHERE NOT EXISTS (SELECT 1 FROM Jobs_QRTZ_LOCKS t WHERE t.SCHED_NAME = 'Showcase' AND t.LOCK_NAME = wanted.l);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM Jobs_QRTZ_LOCKS WHERE SCHED_NAME = 'Showcase' AND LOCK_NAME IN ('TRIGGER_ACCESS', 'STATE_ACCESS');");
        }
    }
}
