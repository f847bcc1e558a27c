using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddRoundBlindMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BlindMode",
                schema: "evaluations",
                table: "Rounds",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlindMode",
                schema: "evaluations",
                table: "Rounds");
        }
    }
}
