using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRoundBlindMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BlindMode",
                table: "Eval_Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlindMode",
                table: "Eval_Rounds");
        }
    }
}
