using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Brands.Data.Migrations.Sqlite
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
                table: "Brand_Published",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Body",
                table: "Brand_Published");
        }
    }
}
