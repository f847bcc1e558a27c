using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FooterSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IcpNumber",
                table: "Core_SiteSettings",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Organiser",
                table: "Core_SiteSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IcpNumber",
                table: "Core_SiteSettings");

            migrationBuilder.DropColumn(
                name: "Organiser",
                table: "Core_SiteSettings");
        }
    }
}
