using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FooterSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IcpNumber",
                schema: "core",
                table: "SiteSettings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Organiser",
                schema: "core",
                table: "SiteSettings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IcpNumber",
                schema: "core",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "Organiser",
                schema: "core",
                table: "SiteSettings");
        }
    }
}
