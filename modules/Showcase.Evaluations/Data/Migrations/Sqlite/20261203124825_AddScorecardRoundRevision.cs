using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddScorecardRoundRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RoundRevision",
                table: "Eval_Scorecards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "DefinitionRevision",
                table: "Eval_Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Scorecards_RoundId_RoundRevision",
                table: "Eval_Scorecards",
                columns: new[] { "RoundId", "RoundRevision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Eval_Scorecards_RoundId_RoundRevision",
                table: "Eval_Scorecards");

            migrationBuilder.DropColumn(
                name: "RoundRevision",
                table: "Eval_Scorecards");

            migrationBuilder.DropColumn(
                name: "DefinitionRevision",
                table: "Eval_Rounds");
        }
    }
}
