using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddScorecardRoundRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RoundRevision",
                schema: "evaluations",
                table: "Scorecards",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "DefinitionRevision",
                schema: "evaluations",
                table: "Rounds",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_RoundId_RoundRevision",
                schema: "evaluations",
                table: "Scorecards",
                columns: new[] { "RoundId", "RoundRevision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scorecards_RoundId_RoundRevision",
                schema: "evaluations",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "RoundRevision",
                schema: "evaluations",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "DefinitionRevision",
                schema: "evaluations",
                table: "Rounds");
        }
    }
}
