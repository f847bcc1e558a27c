using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Brands.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AsContentValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The content's columns keep their names and their indexes: EF Core 10 cannot declare an index over a
            // complex property's column, so the model no longer lists them, but the database keeps and uses them.

            migrationBuilder.AddColumn<string>(
                name: "Body",
                schema: "brands",
                table: "Published",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Body",
                schema: "brands",
                table: "Published");
        }
    }
}
